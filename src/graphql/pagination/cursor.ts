import { ErrorCode } from '../error-codes';
import { HubError } from '../hub-error';

/** Cursors are opaque to clients: the sort-key values of a row, as base64url JSON. */
export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, length: number): unknown[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === length) return values;
  } catch {
    // fall through to the coded error
  }
  throw new HubError(ErrorCode.BAD_USER_INPUT, '无效的分页游标 (invalid cursor): 请使用上一页返回的 endCursor', {
    details: { argument: 'after' },
  });
}
