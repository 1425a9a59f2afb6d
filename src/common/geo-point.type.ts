import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType('GeoJsonPoint', { description: 'GeoJSON 点 (RFC 7946)，坐标为 WGS-84/CGCS2000 经纬度（非 GCJ-02）' })
export class GeoJsonPoint {
  @Field({ description: '固定为 "Point"' })
  type!: 'Point';

  @Field(() => [Float], { description: '[经度, 纬度]（度）' })
  coordinates!: number[];

  static of(longitude: number | null, latitude: number | null): GeoJsonPoint | null {
    if (longitude === null || latitude === null) return null;
    return Object.assign(new GeoJsonPoint(), { type: 'Point' as const, coordinates: [longitude, latitude] });
  }
}
