import { registerEnumType } from 'type-graphql';

export enum TransactionStatus {
  PENDING = 'pending',
  APPROVED = 'approved',
  COMPLETED = 'completed',
  REJECTED = 'rejected',
}

registerEnumType(TransactionStatus, {
  name: 'TransactionStatus',
  description: '办理状态',
  valuesConfig: {
    PENDING: { description: '待审批' },
    APPROVED: { description: '已批准' },
    COMPLETED: { description: '已办结' },
    REJECTED: { description: '不予批准' },
  },
});
