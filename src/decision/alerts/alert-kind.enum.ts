import { registerEnumType } from 'type-graphql';

/** The warnings the plan asks for. */
export enum AlertKind {
  PRIORITY_AREA_DECREASE = 'priority_area_decrease',
  SITE_SENSITIVE_USE = 'site_sensitive_use',
  MISSING_SELF_MONITORING = 'missing_self_monitoring',
  INVESTIGATION_OVERDUE = 'investigation_overdue',
  SOIL_QUALITY_DECLINE = 'soil_quality_decline',
}

registerEnumType(AlertKind, {
  name: 'AlertKind',
  description: '预警类别',
  valuesConfig: {
    PRIORITY_AREA_DECREASE: { description: '县（市、区）优先保护类耕地面积比年初减少（方案第（十三）条预警提醒）' },
    SITE_SENSITIVE_USE: { description: '名录内污染地块的规划用途为居住等第一类用地（方案第（十九）、（二十一）条）' },
    MISSING_SELF_MONITORING: { description: '土壤环境重点监管企业本年度未报送自行监测报告（方案第（九）条）' },
    SOIL_QUALITY_DECLINE: { description: '县（市、区）受污染耕地（安全利用类和严格管控类）面积比首次记录增加，土壤环境质量下降（方案第（十三）条预警提醒）' },
    INVESTIGATION_OVERDUE: { description: '疑似污染地块书面通知后六个月内未报送初步调查报告（方案第（六）条）' },
  },
});
