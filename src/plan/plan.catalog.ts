import { each, PUBLIC, shared, type ArgumentItems, type ResourceDeclaration } from '../sharing/catalog/catalog-declaration';
import { PlanTargetEntity } from './plan-target.entity';
import { CountyAssessmentEntity } from './assessment/county-assessment.entity';
import { PlanTaskEntity } from './plan-task.entity';
import { TaskProgressReportEntity } from './task-progress-report.entity';

const base = { domain: 'plan' as const, provider: 'environment', classification: '工作方案/目标责任' };

export const planCatalog: ResourceDeclaration[] = [
  {
    ...base,
    typeName: 'PlanTarget',
    entity: PlanTargetEntity,
    code: 'LF.06.0001',
    name: '土壤污染防治主要指标',
    abstract: '附表1 的 11 项指标及 2020 年目标。',
    updateCycle: '按需',
    items: each('id seq indicator targetText comparison targetValue unit tolerance deadline otherText discrepancy progress', shared(PUBLIC.FULL)),
  },
  {
    ...base,
    typeName: 'TargetProgress',
    entity: PlanTargetEntity,
    derived: true,
    code: 'LF.06.0005',
    name: '主要指标完成情况',
    abstract: '附表1 指标按年度、全市或分县由平台数据计算的数值、完成情况、公式和所用记录（方案第（三十七）、（四十二）条：考核结果向社会公开）。',
    updateCycle: '实时（按调用计算）',
    related: ['LF.06.0001'],
    // Rates and areas over whole counties: aggregates, like the soil-quality summary.
    items: each('county year value status statusByOtherText formula numerator denominator records evidence note', shared(PUBLIC.FULL)),
  },
  {
    ...base,
    typeName: 'SoilIndicator',
    entity: PlanTargetEntity,
    derived: true,
    code: 'LF.06.0009',
    name: '土壤环境统计指标',
    abstract:
      '由平台数据按年度计算的统计指标：优先保护类耕地面积及较首次记录的变化、耕地单元监测覆盖率、监测点位数、重点监管企业自行监测报送率和公开率，附计算公式。',
    updateCycle: '实时（按调用计算）',
    related: ['LF.06.0005'],
    items: each('code name value unit formula numerator denominator', shared(PUBLIC.FULL)),
  },
  {
    ...base,
    typeName: 'CountyAssessment',
    entity: CountyAssessmentEntity,
    code: 'LF.06.0007',
    name: '县（市、区）年度考核',
    abstract:
      '各县（市、区）人民政府按目标责任书的年度考核：各项指标的目标、计算值和完成情况，得分和是否合格；公开后向社会公开（方案第（三十七）、（四十）、（四十二）条）。',
    updateCycle: '每年',
    related: ['LF.06.0001', 'LF.06.0006'],
    countySql: 'e.county_id',
    countyField: 'countyId',
    publicRowsSql: "e.status = 'published'",
    items: each('id year status items score passMark passed countyReports draftedAt reviewedAt publishedAt source county', shared(PUBLIC.FULL)),
  },
  {
    ...base,
    typeName: 'AssessmentItem',
    entity: CountyAssessmentEntity,
    derived: true,
    code: 'LF.06.0008',
    name: '年度考核指标项',
    abstract: '年度考核的一项指标：目标值、计算值、完成情况、权重和公式。',
    updateCycle: '每年',
    related: ['LF.06.0007'],
    items: each('seq indicator target value status weight formula', shared(PUBLIC.FULL)),
  },
  {
    ...base,
    typeName: 'PlanTask',
    entity: PlanTaskEntity,
    code: 'LF.06.0002',
    name: '工作任务分工',
    abstract: '附表6 工作任务分工表：任务、牵头和参与部门、工作要求、完成时限。',
    updateCycle: '按需',
    related: ['LF.06.0003'],
    items: each(
      'id rowNo taskNo taskNoImplied section work requirement leadText participantsText responsibleText deadlineText deadline ongoing sourceLine departments progressReports',
      shared(PUBLIC.FULL),
    ),
  },
  {
    ...base,
    typeName: 'TaskProgressReport',
    entity: TaskProgressReportEntity,
    code: 'LF.06.0003',
    name: '任务进展报告',
    abstract: '各部门对附表6 任务的进展报告，用于年度考核。',
    updateCycle: '每年',
    items: each('id period reportedOn status percentDone summary source task department', shared(PUBLIC.FULL)),
  },
];

export const planArguments: ArgumentItems = {
  'Query.soilIndicators': { year: ['SoilIndicator.value'], county: ['SoilIndicator.value'] },
  'Query.countyAssessments': { year: ['CountyAssessment.year'], county: ['CountyAssessment.county'] },
  'PlanTarget.progress': { county: ['TargetProgress.county'], year: ['TargetProgress.year'] },
  'Query.planTasks': {
    department: ['PlanTask.departments'],
    role: ['PlanTask.departments'],
    section: ['PlanTask.section'],
    taskNo: ['PlanTask.taskNo'],
    deadlineBefore: ['PlanTask.deadline'],
    ongoing: ['PlanTask.ongoing'],
  },
  'Query.planTask': { id: ['PlanTask.id'], rowNo: ['PlanTask.rowNo'] },
  'PlanTask.departments': { role: ['PlanTask.departments'] },
  'Department.tasks': { role: ['PlanTask.departments'] },
};
