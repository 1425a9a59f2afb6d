import legacyStringify from 'json-stable-stringify';
import { canonicalPayload, eventPayload, type AuditPayload } from '../audit-chain';

/**
 * Every stored record's hash covers its canonical JSON as json-stable-stringify wrote it: the serializer that
 * replaced it must write the same text for every payload, or the chain written before would no longer verify.
 */
const at = new Date(Date.UTC(2026, 11, 1, 2, 3, 4, 5));
const payloads: AuditPayload[] = [
  eventPayload(at, 'key', 7, { event: 'created', department: 'environment', keyId: 3, prefix: 'abcDEF123456', name: '监测应用', expiresAt: at }),
  eventPayload(at, 'chain_open', null, { chain: 2, heads: [{ chain: 1, id: '41', hash: 'f'.repeat(64) }] }),
  {
    at,
    kind: 'query',
    requestId: 'seal-1',
    principalId: 4,
    keyId: 9,
    operationName: 'ReferencePage',
    operationHash: 'ab'.repeat(32),
    purpose: '土壤污染状况详查 "复核"\n第二轮',
    released: { 'MonitoringPoint.code': 100, 'County.name': 100, 'Measurement.value': 800, zeta: 0, Alpha: 1, _x: -1.5 },
    denied: [{ field: 'MonitoringPoint.longitude', reason: 'NO_GRANT', count: 2 }, null, 'text'],
    grantsUsed: [3, 1, 2],
    outcome: 'partial',
    durationMs: 12,
    detail: { nested: { b: [1, { d: true, c: null }], a: 'é\u2028\u0007\\', empty: {} }, lone: '\ud800x', undef: undefined, n: 1e21 },
  },
];

describe('canonicalPayload', () => {
  it.each(payloads.map((p, i) => [i, p] as const))('writes payload %i as json-stable-stringify did', (_i, p) => {
    expect(canonicalPayload(p)).toBe(legacyStringify({ ...p, at: p.at.toISOString() }));
  });

  it('sorts keys at every depth and leaves undefined values out', () => {
    const text = canonicalPayload(payloads[2]);
    expect(text.startsWith('{"at":"2026-12-01T02:03:04.005Z","denied":')).toBe(true);
    expect(text).toContain('"detail":{"lone":"\\ud800x","n":1e+21,"nested":{"a":"é\u2028\\u0007\\\\","b":[1,{"c":null,"d":true}],"empty":{}}}');
  });
});
