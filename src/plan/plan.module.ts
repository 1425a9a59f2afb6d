import type { HubModule } from '../registry/hub-module';
import { DepartmentTasksResolver } from './department-tasks.resolver';
import { PlanTargetEntity } from './plan-target.entity';
import { PlanTargetResolver } from './plan-target.resolver';
import { SoilIndicatorsResolver } from './soil-indicators.resolver';
import { IndicatorReportEntity } from './indicator-report.entity';
import { CountyAssessmentEntity } from './assessment/county-assessment.entity';
import { CountyAssessmentResolver } from './assessment/county-assessment.resolver';
import { CountyTargetEntity } from './assessment/county-target.entity';
import { PlanTaskDepartmentEntity } from './plan-task-department.entity';
import { PlanTaskEntity } from './plan-task.entity';
import { PlanTaskResolver } from './plan-task.resolver';
import { planArguments, planCatalog } from './plan.catalog';
import { TaskProgressReportEntity } from './task-progress-report.entity';
import { PlanTaskProgressResolver, TaskProgressResolver } from './task-progress.resolver';
import { TaskProgressSubmissionResolver } from './task-progress.submission';

/** 方案：指标、任务分工和进展. */
export const planModule: HubModule = {
  name: 'plan',
  entities: [
    PlanTargetEntity,
    PlanTaskEntity,
    PlanTaskDepartmentEntity,
    TaskProgressReportEntity,
    CountyTargetEntity,
    CountyAssessmentEntity,
    IndicatorReportEntity,
  ],
  resolvers: [
    PlanTaskResolver,
    DepartmentTasksResolver,
    PlanTaskProgressResolver,
    TaskProgressResolver,
    TaskProgressSubmissionResolver,
    PlanTargetResolver,
    CountyAssessmentResolver,
    SoilIndicatorsResolver,
  ],
  resources: planCatalog,
  argumentItems: planArguments,
  locators: {
    PlanTarget: { query: 'planTargets { %s }', path: [0] },
    CountyAssessment: { query: 'countyAssessments { %s }', path: [0] },
    AssessmentItem: { query: 'countyAssessments { items { %s } }', path: [0, 'items', 0] },
    SoilIndicator: { query: 'soilIndicators(year: 2020) { %s }', path: [0] },
    TargetProgress: { query: 'planTargets { progress(year: 2020) { %s } }', path: [0, 'progress'] },
    PlanTask: { query: 'planTask(rowNo: 1) { %s }', path: [] },
    TaskProgressReport: { query: 'planTask(rowNo: 1) { progressReports { %s } }', path: ['progressReports', 0] },
  },
  publicQueries: ['planTargets', 'planTasks', 'planTask', 'countyAssessments', 'soilIndicators'],
};
