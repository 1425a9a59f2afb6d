import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestHub, type TestHub } from '../../../../test/helpers/test-hub';
import { DELIVERY_HEADER, SIGNATURE_HEADER, verify } from '../push-signature';

/**
 * 实时共享 pushed to the provincial platform: a receiver on loopback gets every committed change once, in order,
 * signed, with what its department may read; a receiver that is down or answering 503 for a while loses nothing and
 * gets nothing twice; one that stays down becomes a dead letter until the administrator resumes it.
 */
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ PUSH_RETRY_BASE_MS: '40', PUSH_RETRY_MAX_MS: '160', PUSH_MAX_FAILURES: '12', PUSH_BATCH_SIZE: '3' });
});
afterAll(() => t.stop());

interface Received {
  delivery: string;
  body: { subscriber: string; delivery: string; from: string; to: string; events: { cursor: string; resource: string; values: any; withheld: string[] }[] };
  signed: boolean;
}

/**
 * A receiver on loopback: records what it accepts; `answer` makes it answer 503, or drop every connection unanswered
 * ('down'). Down, it keeps its port: a closed port could be taken by another server of the run and answer instead.
 */
class Receiver {
  readonly received: Received[] = [];
  secret = '';
  answer: number | 'down' = 200;
  private server?: http.Server;
  port = 0;

  async open(): Promise<void> {
    this.server = http.createServer((req, res) => {
      if (this.answer === 'down') {
        req.socket.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const answer = this.answer;
        if (answer === 'down') {
          req.socket.destroy();
          return;
        }
        if (answer !== 200) {
          res.writeHead(answer).end();
          return;
        }
        const raw = Buffer.concat(chunks).toString('utf8');
        const signed = verify(this.secret, String(req.headers[SIGNATURE_HEADER]), raw, Math.floor(t.now().getTime() / 1000));
        this.received.push({ delivery: String(req.headers[DELIVERY_HEADER]), body: JSON.parse(raw), signed });
        res.writeHead(signed ? 204 : 401).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.address() as AddressInfo).port;
  }

  /** Stops listening: the kept-alive connections are cut too, or close would wait for them. */
  async close(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server!.closeAllConnections();
    await closed;
  }

  events() {
    return this.received.flatMap((r) => r.body.events);
  }
}

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const admin = () => t.as('platform-admin');
const REGISTER = `mutation($name: String!, $endpoint: String!, $resources: [String!]) {
  registerPushSubscriber(name: $name, endpoint: $endpoint, department: "hebei-soil-platform", resources: $resources) {
    secret subscriber { id status ackedCursor resources }
  }
}`;

let point = 0;
async function addPoints(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    point++;
    const code = `PUSH-P-${String(point).padStart(3, '0')}`;
    const { body } = await t.as('environment')(
      `mutation($p: MonitoringPointInput!) { saveMonitoringPoint(idempotencyKey: "push-point-${String(point).padStart(4, '0')}", point: $p) { applied } }`,
      { p: { code, name: code, pointType: 'SITE_INVESTIGATION', county: '文安县', longitude: 116.4 + point / 1000, latitude: 38.87 } },
    );
    expect(body.errors).toBeUndefined();
  }
}

const failures = async (id: string): Promise<number> =>
  (await t.hub.database.dataSource.query(`SELECT count(*)::int AS n FROM push_delivery WHERE subscriber_id = $1 AND outcome = 'failed'`, [id]))[0].n;

describe('a subscriber', () => {
  const receiver = new Receiver();
  let id = '';
  afterAll(() => receiver.close());

  it('is registered by the administrator only, with an HTTPS or loopback endpoint and catalogued resources', async () => {
    await receiver.open();
    const endpoint = `http://127.0.0.1:${receiver.port}/soil-events`;
    const refused = await t.as('environment')(REGISTER, { name: '省平台', endpoint });
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' });
    for (const [vars, argument] of [
      [{ name: '省平台', endpoint: 'http://platform.example.org/in' }, 'endpoint'],
      [{ name: '省平台', endpoint, resources: ['NoSuchThing'] }, 'resources'],
    ] as const) {
      const bad = await admin()(REGISTER, vars);
      expect(bad.body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { argument } });
    }
    const { body } = await admin()(REGISTER, { name: '河北省土壤环境信息化管理平台', endpoint, resources: ['MonitoringPoint'] });
    expect(body.errors).toBeUndefined();
    const registered = (body.data as any).registerPushSubscriber;
    expect(registered.subscriber).toMatchObject({ status: 'ACTIVE', resources: ['MonitoringPoint'] });
    expect(registered.secret).toMatch(/^[\w-]{43}$/);
    receiver.secret = registered.secret;
    id = registered.subscriber.id;
    const listed = await admin()('{ pushSubscribers { id name endpoint department } }');
    expect((listed.body.data as any).pushSubscribers).toEqual([{ id, name: '河北省土壤环境信息化管理平台', endpoint, department: 'hebei-soil-platform' }]);
  });

  it('receives each change once, in order, signed, holding what its department reads from the feed', async () => {
    await addPoints(7);
    await until('7 events', () => receiver.events().length >= 7);
    const events = receiver.events();
    expect(events.map((e) => e.values.code)).toEqual(['PUSH-P-001', 'PUSH-P-002', 'PUSH-P-003', 'PUSH-P-004', 'PUSH-P-005', 'PUSH-P-006', 'PUSH-P-007']);
    expect(receiver.received.every((r) => r.signed && r.delivery === r.body.delivery && r.body.events.length <= 3)).toBe(true);
    const cursors = events.map((e) => Number(e.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    // Exactly the department's own feed: the exact coordinates (有条件共享) withheld, as for its queries.
    const feed = await t.as('hebei-soil-platform')(`{ changes(resources: ["MonitoringPoint"], first: 100) { events { cursor values withheld } } }`);
    const own = (feed.body.data as any).changes.events.filter((e: any) => e.values.code?.startsWith('PUSH-P-'));
    expect(events.map((e) => ({ cursor: e.cursor, values: e.values, withheld: e.withheld }))).toEqual(own);
    expect(events[0].withheld).toContain('longitude');
    expect(events[0].values.longitude).toBeUndefined();
    // Each read of the feed is on the audit trail as the department's.
    const [{ n }] = await t.hub.database.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_record a JOIN department d ON d.id = a.principal_id WHERE d.code = 'hebei-soil-platform' AND a.request_id LIKE $1`,
      [`push-${id}-%`],
    );
    expect(n).toBeGreaterThanOrEqual(3);
  });

  it('loses nothing and gets nothing twice when the receiver is down for a while, then answers 503, then comes back', async () => {
    receiver.answer = 'down';
    const before = await failures(id);
    await addPoints(4);
    await until('two failed attempts while down', async () => (await failures(id)) >= before + 2);
    const down = (await admin()('{ pushSubscribers { status consecutiveFailures lastError nextAttemptAt } }')).body.data as any;
    expect(down.pushSubscribers[0]).toMatchObject({ status: 'ACTIVE' });
    expect(down.pushSubscribers[0].consecutiveFailures).toBeGreaterThanOrEqual(2);
    expect(down.pushSubscribers[0].lastError).toContain('无法送达');

    receiver.answer = 503;
    const refusedBefore = await failures(id);
    await until('an attempt answered 503', async () => (await failures(id)) > refusedBefore);
    const [last] = await t.hub.database.dataSource.query(
      `SELECT http_status, error FROM push_delivery WHERE subscriber_id = $1 AND outcome = 'failed' ORDER BY id DESC LIMIT 1`,
      [id],
    );
    expect(last).toEqual({ http_status: 503, error: '接收端答复 HTTP 503' });

    receiver.answer = 200;
    await until('all 11 events', () => receiver.events().length >= 11);
    const codes = receiver.events().map((e) => e.values.code);
    expect(codes).toEqual(Array.from({ length: 11 }, (_, i) => `PUSH-P-${String(i + 1).padStart(3, '0')}`));
    const up = (await admin()('{ pushSubscribers { consecutiveFailures lastError ackedCursor } }')).body.data as any;
    expect(up.pushSubscribers[0]).toMatchObject({ consecutiveFailures: 0, lastError: null, ackedCursor: receiver.events().at(-1)!.cursor });
    const log = (await admin()(`{ pushSubscribers { deliveries(first: 200) { outcome fromCursor toCursor httpStatus } } }`)).body.data as any;
    const delivered = log.pushSubscribers[0].deliveries.filter((d: any) => d.outcome === 'delivered').reverse();
    // The delivered batches tile the stream: each starts where the one before ended.
    for (let i = 1; i < delivered.length; i++) expect(delivered[i].fromCursor).toBe(delivered[i - 1].toCursor);
  });
});

describe('a receiver that stays down', () => {
  it('becomes a dead letter with its failed batch, and resumes from its cursor when the administrator says so', async () => {
    const receiver = new Receiver();
    receiver.answer = 'down';
    await receiver.open();
    const { body } = await admin()(REGISTER, { name: '县级系统（测试）', endpoint: `http://127.0.0.1:${receiver.port}/in`, resources: ['MonitoringPoint'] });
    const { secret, subscriber } = (body.data as any).registerPushSubscriber;
    receiver.secret = secret;
    const start = point;
    await addPoints(2);
    await until('dead', async () => {
      const dead = (await admin()('{ pushDeadLetters { id } }')).body.data as any;
      return dead.pushDeadLetters.some((s: any) => s.id === subscriber.id);
    });
    const dead = (await admin()('{ pushDeadLetters { id status consecutiveFailures deliveries(failedOnly: true) { outcome events } } }')).body.data as any;
    const letter = dead.pushDeadLetters.find((s: any) => s.id === subscriber.id);
    expect(letter).toMatchObject({ status: 'DEAD', consecutiveFailures: 12 });
    expect(letter.deliveries).toHaveLength(12);

    receiver.answer = 200;
    const resumed = await admin()(`mutation { resumePushSubscriber(id: "${subscriber.id}") { status consecutiveFailures } }`);
    expect((resumed.body.data as any).resumePushSubscriber).toEqual({ status: 'ACTIVE', consecutiveFailures: 0 });
    await until('both events', () => receiver.events().length >= 2);
    expect(receiver.events().map((e) => e.values.code)).toEqual([
      `PUSH-P-${String(start + 1).padStart(3, '0')}`,
      `PUSH-P-${String(start + 2).padStart(3, '0')}`,
    ]);
    await receiver.close();
  });
});
