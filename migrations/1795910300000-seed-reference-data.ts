import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The county-level divisions (../shared/reference/counties.csv, GB/T 2260) and every department the plan names
 * (附表6 lead and participating units, in order of how often the plan names them), plus the county
 * governments, the provincial platform and the public. Codes are stable: keys, the catalog and the audit
 * trail refer to them.
 */
const COUNTIES: [code: string | null, name: string, nameEn: string, kind: string, govCode: string, govName: string, govNameEn: string][] = [
  ['131002', '安次区', 'Anci District', 'district', 'gov-anci', '安次区人民政府', 'Anci District People\'s Government'],
  ['131003', '广阳区', 'Guangyang District', 'district', 'gov-guangyang', '广阳区人民政府', 'Guangyang District People\'s Government'],
  ['131022', '固安县', 'Gu\'an County', 'county', 'gov-guan', '固安县人民政府', 'Gu\'an County People\'s Government'],
  ['131023', '永清县', 'Yongqing County', 'county', 'gov-yongqing', '永清县人民政府', 'Yongqing County People\'s Government'],
  ['131024', '香河县', 'Xianghe County', 'county', 'gov-xianghe', '香河县人民政府', 'Xianghe County People\'s Government'],
  ['131025', '大城县', 'Dacheng County', 'county', 'gov-dacheng', '大城县人民政府', 'Dacheng County People\'s Government'],
  ['131026', '文安县', 'Wen\'an County', 'county', 'gov-wenan', '文安县人民政府', 'Wen\'an County People\'s Government'],
  ['131028', '大厂回族自治县', 'Dachang Hui Autonomous County', 'autonomous_county', 'gov-dachang', '大厂回族自治县人民政府', 'Dachang Hui Autonomous County People\'s Government'],
  ['131081', '霸州市', 'Bazhou City', 'county_level_city', 'gov-bazhou', '霸州市人民政府', 'Bazhou City People\'s Government'],
  ['131082', '三河市', 'Sanhe City', 'county_level_city', 'gov-sanhe', '三河市人民政府', 'Sanhe City People\'s Government'],
  [null, '廊坊开发区', 'Langfang Economic and Technological Development Zone', 'development_zone', 'gov-ldz', '廊坊开发区管委会', 'Langfang Development Zone Administrative Committee'],
];

const MUNICIPAL: [code: string, name: string, nameEn: string][] = [
  ['environment', '市环保局', 'Municipal Environmental Protection Bureau'],
  ['agriculture', '市农业局', 'Municipal Agriculture Bureau'],
  ['land-resources', '市国土资源局', 'Municipal Land and Resources Bureau'],
  ['development-reform', '市发展改革委', 'Municipal Development and Reform Commission'],
  ['construction', '市建设局', 'Municipal Construction Bureau'],
  ['industry-it', '市工信局', 'Municipal Bureau of Industry and Information Technology'],
  ['finance', '市财政局', 'Municipal Finance Bureau'],
  ['urban-rural-planning', '市城乡规划局', 'Municipal Urban and Rural Planning Bureau'],
  ['forestry', '市林业局', 'Municipal Forestry Bureau'],
  ['water', '市水务局', 'Municipal Water Affairs Bureau'],
  ['public-security', '市公安局', 'Municipal Public Security Bureau'],
  ['science-technology', '市科技局', 'Municipal Science and Technology Bureau'],
  ['commerce', '市商务局', 'Municipal Commerce Bureau'],
  ['supply-marketing', '市供销社', 'Municipal Supply and Marketing Cooperative'],
  ['financial-affairs', '市政府金融办', 'Financial Affairs Office of the Municipal Government'],
  ['industry-commerce', '市工商局', 'Municipal Administration for Industry and Commerce'],
  ['work-safety', '市安监局', 'Municipal Work Safety Supervision Bureau'],
  ['quality-supervision', '市质监局', 'Municipal Quality and Technical Supervision Bureau'],
  ['procuratorate', '市检察院', 'Municipal People\'s Procuratorate'],
  ['intermediate-court', '市中级法院', 'Municipal Intermediate People\'s Court'],
  ['education', '市教育局', 'Municipal Education Bureau'],
  ['transport', '市交通运输局', 'Municipal Transport Bureau'],
  ['health-family-planning', '市卫生计生委', 'Municipal Health and Family Planning Commission'],
  ['pboc-langfang', '人行廊坊市中心支行', 'People\'s Bank of China Langfang Central Sub-branch'],
  ['organization', '市委组织部', 'Organization Department of the CPC Municipal Committee'],
  ['audit', '市审计局', 'Municipal Audit Bureau'],
  ['supervision', '市监察局', 'Municipal Supervision Bureau'],
  ['publicity', '市委宣传部', 'Publicity Department of the CPC Municipal Committee'],
  ['state-assets', '市国资委', 'Municipal State-owned Assets Supervision and Administration Commission'],
  ['state-tax', '市国税局', 'Municipal State Taxation Bureau'],
  ['local-tax', '市地税局', 'Municipal Local Taxation Bureau'],
  ['banking-regulation', '廊坊银监局', 'Langfang Banking Regulatory Bureau'],
  ['youth-league', '团市委', 'Communist Youth League Municipal Committee'],
];

export class SeedReferenceData1795910300000 implements MigrationInterface {
  name = 'SeedReferenceData1795910300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [code, name, nameEn, kind] of COUNTIES) {
      await queryRunner.query(`INSERT INTO "county" ("code", "name", "name_en", "kind") VALUES ($1, $2, $3, $4)`, [code, name, nameEn, kind]);
    }
    for (const [code, name, nameEn] of MUNICIPAL) {
      await queryRunner.query(`INSERT INTO "department" ("code", "name", "name_en", "kind") VALUES ($1, $2, $3, 'municipal_department')`, [code, name, nameEn]);
    }
    for (const [, county, , , govCode, govName, govNameEn] of COUNTIES) {
      await queryRunner.query(
        `INSERT INTO "department" ("code", "name", "name_en", "kind", "county_id")
         SELECT $1, $2, $3, 'county_government', "id" FROM "county" WHERE "name" = $4`,
        [govCode, govName, govNameEn, county],
      );
    }
    await queryRunner.query(
      `INSERT INTO "department" ("code", "name", "name_en", "kind") VALUES
       ('hebei-soil-platform', '河北省土壤环境信息化管理平台', 'Hebei Provincial Soil Environment Information Platform', 'provincial_platform'),
       ('public', '社会公众', 'The public', 'public')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "department"`);
    await queryRunner.query(`DELETE FROM "county"`);
  }
}
