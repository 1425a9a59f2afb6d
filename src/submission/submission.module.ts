import type { HubModule } from '../registry/hub-module';
import { ChangeEventEntity } from './change-event.entity';
import { ChangeFeedResolver } from './change-feed.resolver';
import { SubmissionEntity } from './submission.entity';

/** 报送与变更订阅. */
export const submissionModule: HubModule = {
  name: 'submission',
  entities: [ChangeEventEntity, SubmissionEntity],
  resolvers: [ChangeFeedResolver],
};
