import { registerEnumType } from 'type-graphql';

export enum RemediationKind {
  REMEDIATION = 'remediation',
  RISK_CONTROL = 'risk_control',
}

registerEnumType(RemediationKind, {
  name: 'RemediationKind',
  description: '项目类型',
  valuesConfig: { REMEDIATION: { description: '治理与修复' }, RISK_CONTROL: { description: '风险管控' } },
});
