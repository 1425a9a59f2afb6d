import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Base data the departments maintain through the hub: parcel boundaries and control areas as GeoJSON (no PostGIS
 * in the embedded binaries: containment is computed by the hub), updates' previous values in the change feed, and
 * every state of a site's register entry (a trigger keeps contaminated_site_version; rows already there start at
 * -infinity, as loaded).
 */
export class MaintainBaseData1796210000000 implements MigrationInterface {
  name = 'MaintainBaseData1796210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "contaminated_site_version" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "site_id" integer NOT NULL, "data" jsonb NOT NULL, "valid_from" TIMESTAMP WITH TIME ZONE NOT NULL, "valid_to" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e3cea2cf646bd7d6145982a0a0e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_379b9ed2e54657768c654df4e9" ON "contaminated_site_version"  ("site_id", "valid_from") `);
    await queryRunner.query(`ALTER TABLE "contaminated_site" ADD "control_area" jsonb`);
    await queryRunner.query(`ALTER TABLE "land_parcel" ADD "boundary" jsonb`);
    await queryRunner.query(`ALTER TABLE "change_event" ADD "previous" jsonb`);
    await queryRunner.query(`CREATE UNIQUE INDEX contaminated_site_version_open ON contaminated_site_version (site_id) WHERE valid_to IS NULL`);
    await queryRunner.query(`INSERT INTO contaminated_site_version (site_id, data, valid_from) SELECT id, to_jsonb(s), '-infinity' FROM contaminated_site s`);
    await queryRunner.query(`CREATE FUNCTION keep_site_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND to_jsonb(NEW) = to_jsonb(OLD) THEN RETURN NULL; END IF;
        UPDATE contaminated_site_version SET valid_to = hub_now() WHERE site_id = NEW.id AND valid_to IS NULL;
        INSERT INTO contaminated_site_version (site_id, data, valid_from) VALUES (NEW.id, to_jsonb(NEW), hub_now());
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER keep_site_version AFTER INSERT OR UPDATE ON contaminated_site FOR EACH ROW EXECUTE FUNCTION keep_site_version()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER keep_site_version ON contaminated_site`);
    await queryRunner.query(`DROP FUNCTION keep_site_version()`);
    await queryRunner.query(`DROP INDEX contaminated_site_version_open`);
    await queryRunner.query(`ALTER TABLE "change_event" DROP COLUMN "previous"`);
    await queryRunner.query(`ALTER TABLE "land_parcel" DROP COLUMN "boundary"`);
    await queryRunner.query(`ALTER TABLE "contaminated_site" DROP COLUMN "control_area"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_379b9ed2e54657768c654df4e9"`);
    await queryRunner.query(`DROP TABLE "contaminated_site_version"`);
  }
}
