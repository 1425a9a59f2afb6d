import { ErrorCode } from '../error-codes';
import { HubError } from '../hub-error';

/**
 * The objects one operation may put in its response, charged as the loaders hand them out (rows of a list or a
 * connection, the parent of a relation; not the resident nodes, made once and shared by every request). The estimate before execution can be wrong, a relation's real size is
 * only known here: past the cap every further load fails at once, so nothing grows without bound.
 */
export class ResponseBudget {
  private used = 0;
  exceeded = false;

  constructor(readonly max: number) {}

  charge(objects: number): void {
    this.used += objects;
    if (this.used > this.max) {
      this.exceeded = true;
      throw tooLarge(this.max);
    }
  }
}

export function tooLarge(max: number): HubError {
  return new HubError(ErrorCode.RESPONSE_TOO_LARGE, `查询结果超过 ${max} 个对象的上限，请减少每页条数、嵌套关系或分页读取 (response too large)`, {
    refusesOperation: true,
    details: { maxObjects: max },
  });
}
