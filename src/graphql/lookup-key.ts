import { ErrorCode } from './error-codes';
import { HubError } from './hub-error';

/** A single-record lookup takes exactly one of its keys. */
export function lookupKey<A extends object>(args: A): [keyof A & string, string] {
  const given = Object.entries(args).filter(([, v]) => v !== null && v !== undefined);
  if (given.length !== 1) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, `请且仅请给出一个查找条件：${Object.keys(args).join(' / ')} (exactly one lookup key)`, {
      details: { arguments: Object.keys(args) },
    });
  }
  const [key, value] = given[0];
  return [key as keyof A & string, String(value)];
}

/** Parses a numeric database id given as a GraphQL ID. */
export function parseId(value: string, argument = 'id'): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw new HubError(ErrorCode.BAD_USER_INPUT, `无效的标识 ${argument}: ${JSON.stringify(value)} (invalid id)`, {
      details: { argument },
    });
  }
  return id;
}
