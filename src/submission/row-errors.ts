import { ErrorCode } from '../graphql/error-codes';
import { HubError } from '../graphql/hub-error';

export interface RowError {
  /** Where in the input, e.g. samples[3].measurements[0].value. */
  path: string;
  message: string;
}

/** Collects every problem of a batch, so the caller can fix them all at once; nothing is applied if any. */
export class RowErrors {
  readonly errors: RowError[] = [];

  add(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  check(condition: boolean, path: string, message: string): void {
    if (!condition) this.add(path, message);
  }

  throwIfAny(): void {
    if (!this.errors.length) return;
    throw new HubError(
      ErrorCode.BAD_USER_INPUT,
      `提交的数据有 ${this.errors.length} 处错误，未作任何修改 (batch rejected): ${this.errors[0].path} ${this.errors[0].message}`,
      {
        details: { errors: this.errors },
      },
    );
  }
}
