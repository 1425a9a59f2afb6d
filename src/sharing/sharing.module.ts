import type { HubModule } from '../registry/hub-module';
import { CatalogItemEntity } from './catalog/catalog-item.entity';
import { CatalogResourceEntity } from './catalog/catalog-resource.entity';
import { CatalogVersionEntity } from './catalog/catalog-version.entity';
import { CatalogItemResolver, CatalogResolver } from './catalog/catalog.resolver';
import { AccessGrantEntity } from './grants/access-grant.entity';
import { AccessRequestEntity } from './grants/access-request.entity';
import { AccessGrantResolver, AccessRequestResolver } from './grants/access-request.resolver';
import { CalendarDayEntity } from './grants/calendar-day.entity';
import { CalendarResolver } from './grants/calendar.resolver';
import { RequestEventEntity } from './grants/request-event.entity';
import { ApiKeyEntity } from './identity/api-key.entity';
import { ApiKeyResolver } from './identity/api-key.resolver';
import { ErrorVocabularyResolver } from './policy/error-vocabulary.resolver';
import { PushDeliveryEntity } from './push/push-delivery.entity';
import { PushSubscriberEntity } from './push/push-subscriber.entity';
import { PushResolver } from './push/push.resolver';
import { AccessMethodsResolver } from './download/access-methods.resolver';

/** 共享：目录、申请与授权、身份. */
export const sharingModule: HubModule = {
  name: 'sharing',
  entities: [
    ApiKeyEntity,
    CatalogResourceEntity,
    CatalogItemEntity,
    CatalogVersionEntity,
    AccessRequestEntity,
    AccessGrantEntity,
    RequestEventEntity,
    CalendarDayEntity,
    PushSubscriberEntity,
    PushDeliveryEntity,
  ],
  resolvers: [
    CatalogResolver,
    CatalogItemResolver,
    AccessMethodsResolver,
    PushResolver,
    AccessRequestResolver,
    AccessGrantResolver,
    CalendarResolver,
    ApiKeyResolver,
    ErrorVocabularyResolver,
  ],
  publicQueries: ['errorVocabulary'],
};
