/** Counts, per guarded field, the values released and denied in one request: an array increment per value. */
export class ReleaseTally {
  /** Indexed by guarded field; a typed array keeps the per-value increment cheap. */
  readonly releasedCounts: Uint32Array;
  private readonly deniedCounts = new Map<string, number>();
  readonly grants = new Set<number>();

  constructor(fields: number) {
    this.releasedCounts = new Uint32Array(fields);
  }

  denied(index: number, reason: string): void {
    const key = `${index}|${reason}`;
    this.deniedCounts.set(key, (this.deniedCounts.get(key) ?? 0) + 1);
  }

  /** Type → { rows, items: field → values }, naming fields through `fields` (index → type and field). */
  releasedSummary(fields: { type: string; field: string }[]): Record<string, { rows: number; items: Record<string, number> }> {
    const out: Record<string, { rows: number; items: Record<string, number> }> = {};
    const counts = this.releasedCounts;
    // A plain loop: every request's record reads all the counters, most of them zero.
    for (let index = 0; index < counts.length; index++) {
      const count = counts[index];
      if (!count) continue;
      const { type, field } = fields[index];
      const entry = (out[type] ??= { rows: 0, items: {} });
      entry.items[field] = count;
      entry.rows = Math.max(entry.rows, count);
    }
    return out;
  }

  deniedSummary(fields: { type: string; field: string }[]): { type: string; field: string; reason: string; count: number }[] {
    return [...this.deniedCounts].map(([key, count]) => {
      const [index, reason] = key.split('|');
      return { ...fields[Number(index)], reason, count };
    });
  }
}
