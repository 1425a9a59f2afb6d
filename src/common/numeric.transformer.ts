import type { ValueTransformer } from 'typeorm';

/** PostgreSQL numeric and bigint arrive as strings; the API speaks numbers. */
export const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
