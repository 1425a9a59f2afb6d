import http from 'node:http';
import { addDays, TEST_TODAY } from '../../../test/helpers/test-clock';
import { startTestHub, type TestHub } from '../../../test/helpers/test-hub';

let t: TestHub;
let points: string[];
beforeAll(async () => {
  t = await startTestHub({ DEMO_DATA: 'true' });
  points = (await t.hub.database.dataSource.query(`SELECT code FROM monitoring_point ORDER BY id LIMIT 3`)).map((p: { code: string }) => p.code);
});
afterAll(() => t.stop());

const HEADER = 'sample_code,point_code,sampled_on,depth_top_cm,depth_bottom_cm,ph,analyte,value,unit,below_detection';
const csv = (prefix: string, samples: number, broken?: (line: string, i: number) => string) => {
  const lines = [HEADER];
  for (let s = 0; s < samples; s++) {
    for (const [analyte, value] of [
      ['Cd', '0.18'],
      ['Pb', '22.4'],
      ['As', '9.1'],
    ]) {
      lines.push(`${prefix}-${s},${points[s % 3]},2025-10-0${(s % 9) + 1},0,20,8.02,${analyte},${value},mg/kg,false`);
    }
  }
  return lines.map((l, i) => (broken && i > 0 ? broken(l, i) : l)).join('\n') + '\n';
};

async function post(body: string, key: string, type = 'text/csv', department = 'environment') {
  const res = await fetch(`${t.url}/import/samples`, {
    method: 'POST',
    headers: { 'content-type': type, 'idempotency-key': key, authorization: `Bearer ${await t.keyOf(department)}` },
    body,
  });
  return { status: res.status, body: (await res.json()) as any };
}
const samplesLike = async (prefix: string) =>
  (await t.hub.database.dataSource.query(`SELECT count(*)::int AS n FROM soil_sample WHERE code LIKE $1`, [`${prefix}-%`]))[0].n as number;

describe('bulk import', () => {
  it('applies a valid CSV delivery in one go, with its changes in the feed', async () => {
    const { status, body } = await post(csv('IMP-A', 40), 'import-0001-a');
    expect(status).toBe(200);
    expect(body).toMatchObject({ applied: true, replayed: false, lines: 120, samples: 40, measurements: 120, rejectedLines: 0, errors: [] });
    expect(await samplesLike('IMP-A')).toBe(40);
    const feed = await t.as('hebei-soil-platform')('{ changes(resources: ["SoilSample"], first: 1000) { events { values } } }');
    expect(feed.body.data?.changes.events.filter((e: any) => e.values.code.startsWith('IMP-A-'))).toHaveLength(40);
  });

  it('rejects the whole delivery when one line is bad, reporting every bad line', async () => {
    const body = csv('IMP-B', 10, (l, i) => (i === 5 ? l.replace('0.18', '-1').replace('22.4', '-1') : i === 9 ? l.replace('mg/kg', 'ppm') : l));
    const res = await post(body, 'import-0002-b');
    expect(res.status).toBe(422);
    expect(res.body.applied).toBe(false);
    // File lines: the header is line 1, so the 5th and 9th data lines are lines 6 and 10.
    expect(res.body.errors.map((e: any) => [e.line, e.field])).toEqual([
      [6, 'value'],
      [10, 'unit'],
    ]);
    expect(res.body).toMatchObject({ lines: 30, rejectedLines: 2 });
    expect(await samplesLike('IMP-B')).toBe(0);
    const mixed = csv('IMP-C', 2, (l, i) =>
      i === 2 ? l.replace('2025-10-01', addDays(TEST_TODAY, 1)) : i === 3 ? l.replace(',As,', ',Xx,').replace(',8.02,', ',15,') : l,
    );
    const res2 = await post(mixed, 'import-0003-c');
    expect(res2.status).toBe(422);
    expect(res2.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: 3, field: 'sampled_on' }),
        expect.objectContaining({ line: 4, field: 'analyte' }),
        expect.objectContaining({ line: 4, field: 'ph' }),
      ]),
    );
    expect(await samplesLike('IMP-C')).toBe(0);
  });

  it('reports codes already stored and an item repeated in a sample, found by the unique indexes during the merge', async () => {
    expect((await post(csv('IMP-U', 2), 'import-0010-u')).status).toBe(200);
    // Otherwise clean: the line checks pass, the merge hits soil_sample's and measurement's unique indexes.
    const again = await post(csv('IMP-U', 2) + csv('IMP-V', 1).split('\n').slice(1).join('\n'), 'import-0011-u');
    expect(again.status).toBe(422);
    expect(again.body.errors.filter((e: any) => e.message === '样品编码已存在').map((e: any) => e.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(again.body).toMatchObject({ lines: 9, rejectedLines: 6, samples: 3 });
    const repeated = csv('IMP-W', 2, (l, i) => (i === 3 ? l.replace(',As,', ',cd,') : l));
    const dup = await post(repeated, 'import-0012-w');
    expect(dup.status).toBe(422);
    expect(dup.body.errors).toEqual([{ line: 4, field: 'analyte', message: '同一样品中该项目重复' }]);
    expect(await samplesLike('IMP-V')).toBe(0);
    expect(await samplesLike('IMP-W')).toBe(0);
  });

  it('accepts JSON lines, and applies a retried delivery once', async () => {
    const ndjson = [0, 1]
      .map((s) =>
        JSON.stringify({
          sample_code: `IMP-D-${s}`,
          point_code: points[0],
          sampled_on: '2025-09-01',
          depth_top_cm: 0,
          depth_bottom_cm: 20,
          ph: 7.9,
          analyte: 'Cd',
          value: 0.2,
          unit: 'mg/kg',
        }),
      )
      .join('\n');
    const first = await post(ndjson, 'import-0004-d', 'application/x-ndjson');
    const again = await post(ndjson, 'import-0004-d', 'application/x-ndjson');
    expect(first.body).toMatchObject({ applied: true, samples: 2 });
    expect(again.body).toMatchObject({ applied: true, replayed: true, samples: 2 });
    expect(await samplesLike('IMP-D')).toBe(2);
  });

  it('refuses a department that does not provide samples, a malformed file and a missing key', async () => {
    expect((await post(csv('IMP-E', 1), 'import-0005-e', 'text/csv', 'agriculture')).status).toBe(403);
    const malformed = await post(`${HEADER}\n"unclosed,${points[0]}`, 'import-0006-f');
    expect(malformed.status).toBe(400);
    const noHeader = await post('a,b\n1,2\n', 'import-0007-g');
    expect(noHeader.status).toBe(400);
    expect(noHeader.body.errors[0].message).toContain('表头');
    // A column named twice is answered at once (it once left the request hanging), and nothing is applied.
    const repeated = await post(
      csv('IMP-R', 1)
        .replace(HEADER, `${HEADER},value`)
        .replace(/false\n/g, 'false,0.2\n'),
      'import-0007-r',
    );
    expect([repeated.status, repeated.body.errors[0].extensions.code]).toEqual([400, 'BAD_REQUEST']);
    expect(repeated.body.errors[0].message).toContain('重复列：value');
    expect(await samplesLike('IMP-R')).toBe(0);
    const res = await fetch(`${t.url}/import/samples`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${await t.keyOf('environment')}` },
      body: csv('IMP-H', 1),
    });
    expect(res.status).toBe(400);
    expect((await samplesLike('IMP-E')) + (await samplesLike('IMP-H'))).toBe(0);
  });

  it('leaves nothing behind when the upload breaks off half way', async () => {
    const key = await t.keyOf('environment');
    const url = new URL(`${t.url}/import/samples`);
    await new Promise<void>((resolve) => {
      const req = http.request(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'text/csv', 'idempotency-key': 'import-0008-cut', authorization: `Bearer ${key}`, 'transfer-encoding': 'chunked' },
        },
        () => resolve(),
      );
      req.on('error', () => resolve());
      req.write(csv('IMP-I', 200));
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 200);
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(await samplesLike('IMP-I')).toBe(0);
    // The same key can be used again: the broken attempt claimed nothing.
    const retry = await post(csv('IMP-I', 200), 'import-0008-cut');
    expect(retry.body).toMatchObject({ applied: true, samples: 200 });
  });

  it('answers a delivery that stalls with REQUEST_TIMEOUT once IMPORT_TIMEOUT_MS is over, and applies none of it', async () => {
    const slow = await startTestHub({ DEMO_DATA: 'true', IMPORT_TIMEOUT_MS: '1000' });
    try {
      const url = new URL(`${slow.url}/import/samples`);
      const key = await slow.keyOf('environment');
      const stalled = await new Promise<{ status: number; body: any }>((resolve, reject) => {
        const req = http.request(
          {
            host: url.hostname,
            port: url.port,
            path: url.pathname,
            method: 'POST',
            headers: { 'content-type': 'text/csv', 'idempotency-key': 'import-0009-stall', authorization: `Bearer ${key}`, 'transfer-encoding': 'chunked' },
          },
          (res) => {
            let text = '';
            res.on('data', (c: Buffer) => (text += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
          },
        );
        req.on('error', reject);
        // Half a delivery, then nothing more: the connection stays open.
        req.write(csv('IMP-S', 20).split('\n').slice(0, 10).join('\n'));
      });
      expect(stalled.status).toBe(503);
      expect(stalled.body.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
      const [{ n }] = await slow.hub.database.dataSource.query(`SELECT count(*)::int AS n FROM soil_sample WHERE code LIKE 'IMP-S-%'`);
      expect(n).toBe(0);
    } finally {
      await slow.stop();
    }
  });
});
