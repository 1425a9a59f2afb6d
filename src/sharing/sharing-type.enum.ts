import { registerEnumType } from 'type-graphql';

/** 共享类型 of a data item (政务信息资源共享管理暂行办法). */
export enum SharingType {
  UNCONDITIONAL = 'unconditional',
  CONDITIONAL = 'conditional',
  NOT_SHARED = 'not_shared',
}

registerEnumType(SharingType, {
  name: 'SharingType',
  description: '共享类型',
  valuesConfig: {
    UNCONDITIONAL: { description: '无条件共享：所有政务部门均可使用' },
    CONDITIONAL: { description: '有条件共享：经提供部门审批授权后使用' },
    NOT_SHARED: { description: '不予共享：仅提供部门使用，须有法律法规依据' },
  },
});
