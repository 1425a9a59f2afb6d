import type { RequestHooks, RequestPlugin } from '../plugin-group';
import { BREAK, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from '../error-codes';
import { HubError } from '../hub-error';
import { perDocument } from './per-document';

const tooLong = (where: string, length: number, max: number) =>
  new HubError(ErrorCode.BAD_USER_INPUT, `${where} 的文本有 ${length} 个字符，超过上限 ${max} (text too long)`, {
    refusesOperation: true,
    details: { argument: where, maxLength: max },
  });

/** The first string in a variable value longer than `max`, with its path (`$input.samples[3].code`). */
function longString(value: unknown, path: string, max: number): { path: string; length: number } | undefined {
  if (typeof value === 'string') return value.length > max ? { path, length: value.length } : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = longString(value[i], `${path}[${i}]`, max);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = longString(v, `${path}.${k}`, max);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * No text longer than MAX_TEXT_LENGTH enters the hub, in a literal of the query or in its variables: such a
 * value would be stored into rows, the audit trail and the change feed, and sent to every reader.
 */
/** The first string literal of a document longer than `max`, with the field it is an argument of. */
function longLiteral(document: DocumentNode, max: number): { field: string; length: number } | null {
  let literal: { field: string; length: number } | null = null;
  const fields: string[] = [];
  visit(document, {
    Field: { enter: (node) => void fields.push(node.name.value), leave: () => void fields.pop() },
    StringValue(node) {
      if (node.value.length <= max) return undefined;
      literal = { field: fields.at(-1) ?? 'query', length: node.value.length };
      return BREAK;
    },
  });
  return literal;
}

export function textLengthPlugin(max: number): RequestPlugin {
  const literalOf = perDocument((document) => longLiteral(document, max));
  const hooks: RequestHooks = {
    async didResolveOperation({ schema, document, request }) {
      const literal = literalOf(document, schema);
      if (literal) throw tooLong(literal.field, literal.length, max);
      for (const [name, value] of Object.entries(request.variables ?? {})) {
        const found = longString(value, `$${name}`, max);
        if (found) throw tooLong(found.path, found.length, max);
      }
    },
  };
  return { requestDidStart: () => hooks };
}
