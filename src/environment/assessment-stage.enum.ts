import { registerEnumType } from 'type-graphql';

/** The life cycle of a construction-land site's reports (方案第（十七）（十九）条；《土壤污染防治法》第五十九条至第六十六条). */
export enum AssessmentStage {
  INITIAL_INVESTIGATION = 'initial_investigation',
  DETAILED_INVESTIGATION = 'detailed_investigation',
  RISK_ASSESSMENT = 'risk_assessment',
  EFFECT_EVALUATION = 'effect_evaluation',
}

export const STAGE_LABEL: Record<AssessmentStage, string> = {
  [AssessmentStage.INITIAL_INVESTIGATION]: '初步调查',
  [AssessmentStage.DETAILED_INVESTIGATION]: '详细调查',
  [AssessmentStage.RISK_ASSESSMENT]: '风险评估',
  [AssessmentStage.EFFECT_EVALUATION]: '效果评估',
};

registerEnumType(AssessmentStage, {
  name: 'AssessmentStage',
  description: '调查评估报告的阶段',
  valuesConfig: {
    INITIAL_INVESTIGATION: { description: '土壤污染状况初步调查' },
    DETAILED_INVESTIGATION: { description: '土壤污染状况详细调查' },
    RISK_ASSESSMENT: { description: '土壤污染风险评估' },
    EFFECT_EVALUATION: { description: '风险管控或治理修复效果评估' },
  },
});
