import { DesignatedCountyFigureEntity } from '../agriculture/designated-county-figure.entity';
import { DesignatedCountyEntity } from '../agriculture/designated-county.entity';
import { FarmlandUnitEntity } from '../agriculture/farmland-unit.entity';
import { ContaminatedSiteEntity } from '../environment/contaminated-site.entity';
import { HazardousWasteFacilityEntity } from '../environment/hazardous-waste-facility.entity';
import { IndustrialParkEntity } from '../environment/industrial-park.entity';
import { KeyEnterpriseEntity } from '../environment/key-enterprise.entity';
import { MeasurementEntity } from '../environment/measurement.entity';
import { MonitoringPointEntity } from '../environment/monitoring-point.entity';
import { SoilSampleEntity } from '../environment/soil-sample.entity';
import { LandParcelEntity } from '../land/land-parcel.entity';
import { PlanTargetEntity } from '../plan/plan-target.entity';
import { PlanTaskDepartmentEntity } from '../plan/plan-task-department.entity';
import { PlanTaskEntity } from '../plan/plan-task.entity';
import { PlannedLandUseEntity } from '../planning/planned-land-use.entity';
import { AnalyteEntity } from '../reference/analyte.entity';
import { CountyEntity } from '../reference/county.entity';
import { DepartmentEntity } from '../reference/department.entity';
import { Gb15618ThresholdEntity } from '../reference/gb15618-threshold.entity';
import { Gb36600ThresholdEntity } from '../reference/gb36600-threshold.entity';

/** Every stored entity; TypeORM is given this list, never a glob. */
export const entities = [
  CountyEntity,
  DepartmentEntity,
  AnalyteEntity,
  Gb15618ThresholdEntity,
  Gb36600ThresholdEntity,
  IndustrialParkEntity,
  HazardousWasteFacilityEntity,
  KeyEnterpriseEntity,
  ContaminatedSiteEntity,
  MonitoringPointEntity,
  SoilSampleEntity,
  MeasurementEntity,
  FarmlandUnitEntity,
  DesignatedCountyEntity,
  DesignatedCountyFigureEntity,
  LandParcelEntity,
  PlannedLandUseEntity,
  PlanTargetEntity,
  PlanTaskEntity,
  PlanTaskDepartmentEntity,
];
