import { registerEnumType } from 'type-graphql';

export enum ApprovalReasonCode {
  SUSPECTED_SITE = 'suspected_site',
  ON_REGISTER = 'on_register',
  CONTROL_AREA = 'control_area',
  NEGATIVE_LIST = 'negative_list',
  SITE_INVESTIGATED = 'site_investigated',
  REMOVED_FROM_REGISTER = 'removed_from_register',
  SOIL_EXCEEDS_SCREENING = 'soil_exceeds_screening',
  SOIL_EXCEEDS_INTERVENTION = 'soil_exceeds_intervention',
  SOIL_MEETS_USE = 'soil_meets_use',
  INVESTIGATION_REQUIRED = 'investigation_required',
  NO_SOIL_DATA = 'no_soil_data',
  PLANNED_USE = 'planned_use',
}

registerEnumType(ApprovalReasonCode, {
  name: 'ApprovalReasonCode',
  description: '审批把关理由的类别',
  valuesConfig: {
    SUSPECTED_SITE: { description: '疑似污染地块，未完成调查评估（阻止）' },
    ON_REGISTER: { description: '列入污染地块名录且未移出（阻止）' },
    CONTROL_AREA: { description: '位于污染地块管控区域（阻止）' },
    NEGATIVE_LIST: { description: '规划用途在污染地块开发利用负面清单中（阻止）' },
    SITE_INVESTIGATED: { description: '已完成初步调查，未列入名录（说明）' },
    REMOVED_FROM_REGISTER: { description: '已移出污染地块名录（说明）' },
    SOIL_EXCEEDS_SCREENING: { description: '土壤超过规划用途的筛选值（阻止）' },
    SOIL_EXCEEDS_INTERVENTION: { description: '土壤超过规划用途的管制值（阻止）' },
    SOIL_MEETS_USE: { description: '土壤符合规划用途要求（说明）' },
    INVESTIGATION_REQUIRED: { description: '工业用地拟改为第一类用地，须先开展调查评估（阻止）' },
    NO_SOIL_DATA: { description: '没有土壤监测数据（说明）' },
    PLANNED_USE: { description: '所依据的规划用途和用地类别（说明）' },
  },
});
