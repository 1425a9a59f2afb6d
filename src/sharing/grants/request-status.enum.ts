import { registerEnumType } from 'type-graphql';

export enum RequestStatus {
  PENDING = 'pending',
  APPROVED = 'approved',
  REJECTED = 'rejected',
  WITHDRAWN = 'withdrawn',
}

registerEnumType(RequestStatus, {
  name: 'RequestStatus',
  description: '共享申请状态',
  valuesConfig: {
    PENDING: { description: '待审批' },
    APPROVED: { description: '已批准' },
    REJECTED: { description: '不予批准' },
    WITHDRAWN: { description: '申请部门已撤回' },
  },
});
