import { registerEnumType } from 'type-graphql';

/** A yearly assessment's life: drafted from the data, reviewed, then published (方案第（四十）条). */
export enum AssessmentStatus {
  DRAFT = 'draft',
  REVIEWED = 'reviewed',
  PUBLISHED = 'published',
}

registerEnumType(AssessmentStatus, {
  name: 'AssessmentStatus',
  description: '年度考核的状态',
  valuesConfig: { DRAFT: { description: '草稿' }, REVIEWED: { description: '已审核' }, PUBLISHED: { description: '已公开' } },
});
