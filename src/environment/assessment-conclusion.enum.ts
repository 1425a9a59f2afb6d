import { registerEnumType } from 'type-graphql';
import { AssessmentStage } from './assessment-stage.enum';

/** What a report concludes; which conclusions a stage may reach is fixed (CONCLUSIONS_OF). */
export enum AssessmentConclusion {
  NOT_POLLUTED = 'not_polluted',
  POLLUTED = 'polluted',
  RISK_ACCEPTABLE = 'risk_acceptable',
  RISK_UNACCEPTABLE = 'risk_unacceptable',
  TARGET_MET = 'target_met',
  TARGET_NOT_MET = 'target_not_met',
}

export const CONCLUSIONS_OF: Record<AssessmentStage, AssessmentConclusion[]> = {
  [AssessmentStage.INITIAL_INVESTIGATION]: [AssessmentConclusion.NOT_POLLUTED, AssessmentConclusion.POLLUTED],
  [AssessmentStage.DETAILED_INVESTIGATION]: [AssessmentConclusion.NOT_POLLUTED, AssessmentConclusion.POLLUTED],
  [AssessmentStage.RISK_ASSESSMENT]: [AssessmentConclusion.RISK_ACCEPTABLE, AssessmentConclusion.RISK_UNACCEPTABLE],
  [AssessmentStage.EFFECT_EVALUATION]: [AssessmentConclusion.TARGET_MET, AssessmentConclusion.TARGET_NOT_MET],
};

export const CONCLUSION_LABEL: Record<AssessmentConclusion, string> = {
  [AssessmentConclusion.NOT_POLLUTED]: '未超过筛选值，不属于污染地块',
  [AssessmentConclusion.POLLUTED]: '超过筛选值，须进一步调查或风险评估',
  [AssessmentConclusion.RISK_ACCEPTABLE]: '风险可接受',
  [AssessmentConclusion.RISK_UNACCEPTABLE]: '风险不可接受，须风险管控或治理修复',
  [AssessmentConclusion.TARGET_MET]: '达到风险管控或修复目标',
  [AssessmentConclusion.TARGET_NOT_MET]: '未达到风险管控或修复目标',
};

registerEnumType(AssessmentConclusion, {
  name: 'AssessmentConclusion',
  description: '调查评估报告的结论（对所注明的用地类别）',
  valuesConfig: {
    NOT_POLLUTED: { description: '未超过筛选值，不属于污染地块（初步或详细调查）' },
    POLLUTED: { description: '超过筛选值（初步或详细调查）' },
    RISK_ACCEPTABLE: { description: '风险可接受（风险评估）' },
    RISK_UNACCEPTABLE: { description: '风险不可接受（风险评估）' },
    TARGET_MET: { description: '达到风险管控或修复目标（效果评估）' },
    TARGET_NOT_MET: { description: '未达到风险管控或修复目标（效果评估）' },
  },
});
