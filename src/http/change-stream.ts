import express, { type RequestHandler, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '../graphql/error-codes';
import type { CatalogStore } from '../sharing/catalog/catalog-snapshot';
import { Access } from '../sharing/policy/access';
import { readChanges } from '../submission/change-feed.resolver';
import type { ChangeNotifier } from '../submission/change-notifier';
import type { AuditWriter } from '../audit/audit-writer';
import type { Policy } from '../sharing/policy/policy';
import { principalOf, purposeOf } from './authenticate-request';
import { sendError } from './error-response';
import { requestLog } from './request-log';

/**
 * `GET /changes/stream?after=<cursor>&resources=A,B`: the change feed pushed as Server-Sent Events. It sends what
 * is after the cursor, then each new change as it commits (woken by LISTEN/NOTIFY), with the same rights as the
 * `changes` query. Each event's id is its cursor, so a reconnecting client (Last-Event-ID) misses nothing.
 */
export function changeStreamRouter(deps: {
  db: DataSource;
  catalog: CatalogStore;
  policy: Policy;
  clock: () => Date;
  door: RequestHandler;
  notifier: ChangeNotifier;
  audit: AuditWriter;
}): Router {
  const router = express.Router();
  router.get('/changes/stream', deps.door, async (req, res) => {
    const principal = principalOf(res);
    const purpose = purposeOf(req.headers['x-purpose']);
    let cursor = String(req.headers['last-event-id'] ?? req.query.after ?? '0');
    if (!/^\d{1,18}$/.test(cursor)) return sendError(res, ErrorCode.BAD_USER_INPUT, '无效的游标 (invalid cursor)');
    const resources = typeof req.query.resources === 'string' && req.query.resources ? req.query.resources.split(',') : null;
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    // The client learns at once that it is connected, before the first event.
    res.flushHeaders();
    let closed = false;
    let busy = false;
    let again = false;
    const pump = async () => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        do {
          again = false;
          for (;;) {
            // Rights are decided per page with the current catalog and grants, as for a query, and audited like one
            // before the page leaves.
            const access = new Access(deps.policy, principal, deps.catalog.snapshot, deps.clock(), purpose);
            const page = await readChanges(deps.db, access, cursor, 500, resources);
            if (page.events.length) {
              await deps.audit.append({
                at: access.now,
                kind: 'stream',
                requestId: String(req.id),
                principalId: principal.departmentId,
                keyId: principal.keyId,
                operationName: 'changes/stream',
                operationHash: null,
                purpose,
                released: access.tally.releasedSummary(deps.policy.guarded),
                denied: access.tally.deniedSummary(deps.policy.guarded),
                grantsUsed: [...access.tally.grants].sort((a, b) => a - b),
                outcome: 'ok',
                durationMs: null,
                detail: { after: cursor, endCursor: page.endCursor, events: page.events.length, resources },
              });
            }
            for (const e of page.events) res.write(`id: ${e.cursor}\nevent: change\ndata: ${JSON.stringify(e)}\n\n`);
            if (page.endCursor) cursor = page.endCursor;
            if (!page.hasMore || closed) break;
          }
        } while (again && !closed);
      } catch (err) {
        requestLog(req).error({ err }, 'change stream failed');
        res.end();
      } finally {
        busy = false;
      }
    };
    const wake = () => void pump();
    const end = () => res.end();
    deps.notifier.on('change', wake);
    deps.notifier.once('stop', end);
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
    req.on('close', () => {
      closed = true;
      clearInterval(heartbeat);
      deps.notifier.off('change', wake);
      deps.notifier.off('stop', end);
    });
    await pump();
  });
  return router;
}
