import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../graphql/context';
import { list } from '../graphql/list';
import { byId } from '../graphql/relations/by-id.loader';
import { residentRelation } from '../graphql/relations/resident-relations';
import { relationColumns } from '../graphql/relations/selected-columns';
import { analyteIdOf } from '../reference/analyte-key';
import { AnalyteEntity } from '../reference/analyte.entity';
import { Analyte, toAnalyte } from '../reference/analyte.type';
import { countyIdOf } from '../reference/county-key';
import { MeasurementOrder, MeasurementsArgs } from './environment.args';
import { MeasurementConnection } from './measurement.connection';
import { MeasurementEntity } from './measurement.entity';
import { Measurement, toMeasurement } from './measurement.type';
import { SoilSampleEntity } from './soil-sample.entity';
import { SoilSample, toSample } from './soil-sample.type';

// What the relations below read of a measurement's row: a page that selects them fetches only those columns.
relationColumns(MeasurementEntity, { analyte: ['analyteId'], sample: ['sampleId'] });
residentRelation(Measurement, 'analyte', { key: 'analyteId', target: AnalyteEntity, toNode: toAnalyte });

@Resolver(() => Measurement)
export class MeasurementResolver {
  @Query(() => MeasurementConnection, { description: '一个监测项目的测定值列表，可按数值下限和县筛选（缺省按数值降序）' })
  async measurements(@Args() args: MeasurementsArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<MeasurementConnection> {
    const analyteId = await analyteIdOf(ctx, args.analyte);
    const countyId = args.county ? await countyIdOf(ctx, args.county) : undefined;
    const direction = args.orderBy === MeasurementOrder.VALUE_ASC ? ('ASC' as const) : ('DESC' as const);
    return list(ctx, MeasurementEntity, args, {
      filter: (qb, a) => {
        qb.andWhere('e.analyte_id = :analyteId', { analyteId });
        if (a.valueAbove !== null && a.valueAbove !== undefined) qb.andWhere('e.value > :valueAbove', { valueAbove: a.valueAbove });
        if (countyId) {
          qb.andWhere('e.sample_id IN (SELECT s.id FROM soil_sample s JOIN monitoring_point p ON p.id = s.point_id WHERE p.county_id = :countyId)', {
            countyId,
          });
        }
      },
      sort: [{ expr: 'e.value', value: (r) => r.value, direction }],
      toNode: toMeasurement,
      info,
      make: () => new MeasurementConnection(),
    });
  }

  @FieldResolver(() => Analyte, { nullable: true, description: '监测项目' })
  analyte(@Root() m: Measurement, @Ctx() ctx: HubContext): Promise<Analyte | null> {
    return byId(ctx, AnalyteEntity, toAnalyte).load(m.analyteId);
  }

  @FieldResolver(() => SoilSample, { nullable: true, description: '所属样品' })
  sample(@Root() m: Measurement, @Ctx() ctx: HubContext): Promise<SoilSample | null> {
    return byId(ctx, SoilSampleEntity, toSample).load(m.sampleId);
  }
}
