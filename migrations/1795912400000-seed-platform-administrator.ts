import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The platform administrator principal (its enum value was added by the previous migration). */
export class SeedPlatformAdministrator1795912400000 implements MigrationInterface {
  name = 'SeedPlatformAdministrator1795912400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `INSERT INTO department (code, name, name_en, kind) VALUES ('platform-admin', '市土壤环境信息共享平台管理员', 'Platform administrator', 'administrator')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM department WHERE code = 'platform-admin'`);
  }
}
