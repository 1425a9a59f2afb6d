import { registerEnumType } from 'type-graphql';

export enum ProjectPhase {
  PLANNED = 'planned',
  PERMITTED = 'permitted',
  UNDER_CONSTRUCTION = 'under_construction',
  COMPLETED = 'completed',
}

registerEnumType(ProjectPhase, {
  name: 'ProjectPhase',
  description: '建设项目阶段',
  valuesConfig: {
    PLANNED: { description: '拟建' },
    PERMITTED: { description: '已取得许可' },
    UNDER_CONSTRUCTION: { description: '在建' },
    COMPLETED: { description: '已竣工' },
  },
});
