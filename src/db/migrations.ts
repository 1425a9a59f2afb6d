import { CreateReferenceTables1795910249899 } from '../../migrations/1795910249899-create-reference-tables';
import { SeedReferenceData1795910300000 } from '../../migrations/1795910300000-seed-reference-data';
import { CreateDomainTables1795910824234 } from '../../migrations/1795910824234-create-domain-tables';
import { SeedPlanAndStandards1795911000000 } from '../../migrations/1795911000000-seed-plan-and-standards';
import { CreateReportsAndApprovals1795911890646 } from '../../migrations/1795911890646-create-reports-and-approvals';
import { CreateSharingTables1795912291149 } from '../../migrations/1795912291149-create-sharing-tables';
import { SeedPlatformAdministrator1795912400000 } from '../../migrations/1795912400000-seed-platform-administrator';
import { AddSiteRemovalDate1795913764688 } from '../../migrations/1795913764688-add-site-removal-date';
import { TrackDataChanges1795913800000 } from '../../migrations/1795913800000-track-data-changes';
import { CreateAuditRecords1795914295331 } from '../../migrations/1795914295331-create-audit-records';
import { ProtectAuditRecords1795914300000 } from '../../migrations/1795914300000-protect-audit-records';
import { CreateChangeFeed1795914928517 } from '../../migrations/1795914928517-create-change-feed';
import { AddDecisionSupport1795918965275 } from '../../migrations/1795918965275-add-decision-support';
import { FollowHubClock1796160000000 } from '../../migrations/1796160000000-follow-hub-clock';
import { SealAuditRecords1796170000000 } from '../../migrations/1796170000000-seal-audit-records';
import { AnnounceKeyChanges1796180000000 } from '../../migrations/1796180000000-announce-key-changes';
import { OneSuccessorPerAuditRecord1796190000000 } from '../../migrations/1796190000000-one-successor-per-audit-record';
import { GateOnCurrentState1796200000000 } from '../../migrations/1796200000000-gate-on-current-state';
import { MaintainBaseData1796210000000 } from '../../migrations/1796210000000-maintain-base-data';
import { NotifyInvestigations1796220000000 } from '../../migrations/1796220000000-notify-investigations';
import { TargetsAsNumbers1796230000000 } from '../../migrations/1796230000000-targets-as-numbers';
import { ReviewDataQuality1796240000000 } from '../../migrations/1796240000000-review-data-quality';
import { RestrictCounties1796250000000 } from '../../migrations/1796250000000-restrict-counties';
import { AssessCounties1796260000000 } from '../../migrations/1796260000000-assess-counties';
import { WatchSoilQuality1796270000000 } from '../../migrations/1796270000000-watch-soil-quality';
import { ReportIndicators1796280000000 } from '../../migrations/1796280000000-report-indicators';
import { PushChanges1796290000000 } from '../../migrations/1796290000000-push-changes';
import { RecordCalendarSource1796300000000 } from '../../migrations/1796300000000-record-calendar-source';
import { ShareLimitsAndSchedules1796310000000 } from '../../migrations/1796310000000-share-limits-and-schedules';
import { AnnounceCatalogChanges1796320000000 } from '../../migrations/1796320000000-announce-catalog-changes';
import { AuditChainPerHub1796330000000 } from '../../migrations/1796330000000-audit-chain-per-hub';
import { TallySoilQuality1796340000000 } from '../../migrations/1796340000000-tally-soil-quality';

/** Every migration in order; a test checks this list against the files in migrations/. */
export const migrations = [
  CreateReferenceTables1795910249899,
  SeedReferenceData1795910300000,
  CreateDomainTables1795910824234,
  SeedPlanAndStandards1795911000000,
  CreateReportsAndApprovals1795911890646,
  CreateSharingTables1795912291149,
  SeedPlatformAdministrator1795912400000,
  AddSiteRemovalDate1795913764688,
  TrackDataChanges1795913800000,
  CreateAuditRecords1795914295331,
  ProtectAuditRecords1795914300000,
  CreateChangeFeed1795914928517,
  AddDecisionSupport1795918965275,
  FollowHubClock1796160000000,
  SealAuditRecords1796170000000,
  AnnounceKeyChanges1796180000000,
  OneSuccessorPerAuditRecord1796190000000,
  GateOnCurrentState1796200000000,
  MaintainBaseData1796210000000,
  NotifyInvestigations1796220000000,
  TargetsAsNumbers1796230000000,
  ReviewDataQuality1796240000000,
  RestrictCounties1796250000000,
  AssessCounties1796260000000,
  WatchSoilQuality1796270000000,
  ReportIndicators1796280000000,
  PushChanges1796290000000,
  RecordCalendarSource1796300000000,
  ShareLimitsAndSchedules1796310000000,
  AnnounceCatalogChanges1796320000000,
  AuditChainPerHub1796330000000,
  TallySoilQuality1796340000000,
];
