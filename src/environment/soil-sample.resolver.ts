import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { CodeLookupArgs } from '../graphql/code-lookup.args';
import type { HubContext } from '../graphql/context';
import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';
import { findOne, list } from '../graphql/list';
import { lookupKey, parseId } from '../graphql/lookup-key';
import { byId } from '../graphql/relations/by-id.loader';
import { children } from '../graphql/relations/children.loader';
import { relationColumns } from '../graphql/relations/selected-columns';
import { analyteIdOf } from '../reference/analyte-key';
import { countyIdOf } from '../reference/county-key';
import { NestedMeasurementsArgs, SoilSamplesArgs } from './environment.args';
import { MeasurementConnection } from './measurement.connection';
import { MeasurementEntity } from './measurement.entity';
import { toMeasurement } from './measurement.type';
import { sampleFilter, sampleSort } from './monitoring-point.resolver';
import { MonitoringPointEntity } from './monitoring-point.entity';
import { MonitoringPoint, toPoint } from './monitoring-point.type';
import { SoilSampleConnection } from './soil-sample.connection';
import { SoilSampleEntity } from './soil-sample.entity';
import { SoilSample, toSample } from './soil-sample.type';

// What the relations below read of a sample's row: a page that selects them fetches only those columns.
relationColumns(SoilSampleEntity, { point: ['pointId'], measurements: [] });

@Resolver(() => SoilSample)
export class SoilSampleResolver {
  @Query(() => SoilSampleConnection, { description: '土壤样品列表' })
  async soilSamples(@Args() args: SoilSamplesArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<SoilSampleConnection> {
    if ((args.valueAbove === null || args.valueAbove === undefined) !== !args.analyte) {
      throw new HubError(ErrorCode.BAD_USER_INPUT, 'analyte 与 valueAbove 须同时给出 (analyte and valueAbove go together)', {
        details: { argument: args.analyte ? 'valueAbove' : 'analyte' },
      });
    }
    const countyId = args.county ? await countyIdOf(ctx, args.county) : undefined;
    const analyteId = args.analyte ? await analyteIdOf(ctx, args.analyte) : undefined;
    return list(ctx, SoilSampleEntity, args, {
      filter: (qb, a) => {
        sampleFilter(qb, a);
        if (countyId) qb.andWhere('e.point_id IN (SELECT p.id FROM monitoring_point p WHERE p.county_id = :countyId)', { countyId });
        if (analyteId) {
          qb.andWhere('EXISTS (SELECT 1 FROM measurement m WHERE m.sample_id = e.id AND m.analyte_id = :analyteId AND m.value > :valueAbove)', {
            analyteId,
            valueAbove: a.valueAbove,
          });
        }
      },
      sort: sampleSort(args.orderBy).slice(0, 1),
      toNode: toSample,
      info,
      make: () => new SoilSampleConnection(),
    });
  }

  @Query(() => SoilSample, { nullable: true, description: '按标识或样品编码查找土壤样品' })
  soilSample(@Args() args: CodeLookupArgs, @Ctx() ctx: HubContext, @Info() info: GraphQLResolveInfo): Promise<SoilSample | null> {
    return findOne(ctx, SoilSampleEntity, lookupKey(args), toSample, parseId, info);
  }

  @FieldResolver(() => MonitoringPoint, { nullable: true, description: '采样点位' })
  point(@Root() s: SoilSample, @Ctx() ctx: HubContext): Promise<MonitoringPoint | null> {
    return byId(ctx, MonitoringPointEntity, toPoint).load(s.pointId);
  }

  @FieldResolver(() => MeasurementConnection, { nullable: true, description: '该样品的测定值' })
  async measurements(
    @Root() s: SoilSample,
    @Args() args: NestedMeasurementsArgs,
    @Ctx() ctx: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<MeasurementConnection> {
    const analyteId = args.analyte ? await analyteIdOf(ctx, args.analyte) : undefined;
    return children(ctx, info, Number(s.id), {
      entity: MeasurementEntity,
      foreignKey: 'sampleId',
      args,
      filter: (qb) => {
        if (analyteId) qb.andWhere('e.analyte_id = :analyteId', { analyteId });
      },
      sort: [{ expr: 'e.analyte_id', value: (r) => r.analyteId }],
      toNode: toMeasurement,
      make: () => new MeasurementConnection(),
    });
  }
}
