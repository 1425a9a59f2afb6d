import http from 'node:http';
import { Pool } from 'pg';

/**
 * The raw-SQL baseline of `npm run bench`: one statement per request builds the whole JSON answer in PostgreSQL as
 * text, sent as it comes. What PostgreSQL alone can serve for the same two questions, with no rights, no audit, no GraphQL.
 * Run as a child process: DATABASE_URL, PORT. The operation name picks the statement: ReferencePage takes
 * `variables.afterId`, PointByCode `variables.code`.
 */
export const RAW_STATEMENTS: Record<string, { text: string; params: (variables: Record<string, unknown>) => unknown[] }> = {
  ReferencePage: {
    // Text concatenation: PostgreSQL's json_build_object costs a third more per value than building the text.
    text: `
      SELECT '{"data":{"monitoringPoints":{"nodes":[' || coalesce(string_agg(page.node, ',' ORDER BY page.id), '')
             || '],"pageInfo":{"endCursor":' || coalesce(to_json(max(page.id)::text)::text, 'null') || '}}}}' AS body
        FROM (
          SELECT p.id, '{"code":' || to_json(p.code) || ',"county":' || coalesce('{"name":' || to_json(c.name) || '}', 'null')
                 || ',"samples":{"nodes":[' || coalesce(latest.node, '') || ']}}' AS node
            FROM (SELECT id, code, county_id FROM monitoring_point WHERE id > $1 ORDER BY id LIMIT 100) p
            LEFT JOIN county c ON c.id = p.county_id
            LEFT JOIN LATERAL (
              SELECT '{"sampledOn":"' || s.sampled_on::text || '","ph":' || coalesce(s.ph::text, 'null') || ',"measurements":{"nodes":['
                     || coalesce((SELECT string_agg('{"analyte":{"code":' || to_json(a.code) || '},"value":' || m.value::text || '}', ',' ORDER BY m.analyte_id)
                                    FROM (SELECT analyte_id, value FROM measurement WHERE sample_id = s.id ORDER BY analyte_id LIMIT 8) m
                                    JOIN analyte a ON a.id = m.analyte_id), '') || ']}}' AS node
                FROM soil_sample s WHERE s.point_id = p.id ORDER BY s.sampled_on DESC, s.id DESC LIMIT 1
            ) latest ON true
        ) page`,
    params: (v) => [Number(v.afterId ?? 0)],
  },
  PointByCode: {
    text: `
      SELECT json_build_object('data', json_build_object('monitoringPoint', (
               SELECT json_build_object('code', p.code, 'name', p.name, 'longitude', p.longitude, 'latitude', p.latitude,
                        'county', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('name', c.name) END)
                 FROM monitoring_point p LEFT JOIN county c ON c.id = p.county_id WHERE p.code = $1)))::text AS body`,
    params: (v) => [String(v.code)],
  },
};

function serve(url: string, port: number): void {
  const pool = new Pool({ connectionString: url, max: 10 });
  http
    .createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const { operationName, variables = {} } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const statement = RAW_STATEMENTS[operationName];
        pool.query<{ body: string }>({ name: operationName, text: statement.text, values: statement.params(variables) }).then(
          ({ rows: [row] }) => {
            res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(row.body) });
            res.end(row.body);
          },
          (err: Error) => {
            res.writeHead(500, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ errors: [{ message: err.message }] }));
          },
        );
      });
    })
    .listen(port, '127.0.0.1');
}

if (require.main === module) serve(process.env.DATABASE_URL!, Number(process.env.PORT));
