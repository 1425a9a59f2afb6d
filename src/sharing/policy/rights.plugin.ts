import type { RequestHooks, RequestPlugin } from '../../graphql/plugin-group';
import type { HubContext } from '../../graphql/context';
import { ErrorCode } from '../../graphql/error-codes';
import { HubError } from '../../graphql/hub-error';
import type { ArgumentItems } from '../catalog/catalog-declaration';
import { denialError } from './denial-error';
import { DenialReason } from './denial-reason.enum';
import { operationFields } from './operation-fields';

/**
 * Decides the request's rights once, before anything runs: every item the operation selects, and every item
 * its arguments filter, sort or look up by. Filtering by an item the caller may not read refuses the
 * whole operation, so no value leaks through a filter, an order or a total.
 */
export function rightsPlugin(argumentItems: ArgumentItems): RequestPlugin<HubContext> {
  const hooks: RequestHooks<HubContext> = {
    async didResolveOperation({ schema, document, operation, request, contextValue }) {
      if (!operation) return;
      const { fields, arguments: args } = operationFields(schema, document, operation, request.variables ?? {});
      const revealed: [string, string][] = [];
      for (const [path, arg] of args) {
        for (const item of argumentItems[path]?.[arg] ?? []) {
          const [type, field] = item.split('.');
          revealed.push([type, field]);
        }
      }
      const access = contextValue.access;
      await access.prepare(contextValue.db, [...fields, ...revealed]);
      access.unguarded = fields.every(([type, field]) => {
        const d = access.decide(type, field);
        return d.allowed && !d.countyScope;
      });
      for (const [type, field] of revealed) {
        const d = access.decide(type, field);
        if (!d.allowed || d.countyScope) {
          // A county-limited grant cannot vouch for a filter over all rows.
          const e = d.allowed ? denialError(DenialReason.OUT_OF_SCOPE, d.resource, field) : denialError(d.reason, d.resource, d.item ?? field);
          throw new HubError(ErrorCode.FORBIDDEN, `不能按无权读取的信息项筛选、排序或查找：${e.message}`, {
            refusesOperation: true,
            reason: e.extensions.reason as string,
            details: e.extensions.details as Record<string, unknown>,
          });
        }
      }
    },
  };
  return { requestDidStart: () => hooks };
}

/**
 * For the benchmark's hub without enforcement: every operation runs as one in which nothing is denied (no field
 * guards, only the selected columns), so the comparison with enforcement measures the rights and nothing else.
 */
export function allowAllPlugin(): RequestPlugin<HubContext> {
  const hooks: RequestHooks<HubContext> = {
    async didResolveOperation({ contextValue }) {
      contextValue.access.unguarded = true;
    },
  };
  return { requestDidStart: () => hooks };
}
