import type { Request } from 'express';
import { badInput } from '../../graphql/hub-error';

/** A query-string parameter given once, trimmed; empty counts as absent. */
export function param(req: Request, name: string): string | undefined {
  const value = req.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw badInput(name, `参数 ${name} 只能给一次`);
  return value.trim() || undefined;
}

export function oneOf(req: Request, name: string, allowed: readonly string[], label: string): string | undefined {
  const value = param(req, name);
  if (value !== undefined && !allowed.includes(value)) throw badInput(name, `${label}无效：“${value}”`);
  return value;
}

export function dateParam(req: Request, name: string, label: string): string | undefined {
  const value = param(req, name);
  if (value !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))) {
    throw badInput(name, `${label}应为日期，如 2026-01-31，而不是“${value}”`);
  }
  return value;
}

export function yearParam(req: Request, name: string): number | undefined {
  const value = param(req, name);
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw badInput(name, `年度应为四位数字，如 2025，而不是“${value}”`);
  return Number(value);
}

/** The query string of a link to the same page with some parameters changed (undefined removes one). */
export function linkWith(req: Request, changes: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...req.query, ...changes })) if (typeof v === 'string' && v) params.set(k, v);
  const query = params.toString();
  return `${req.path}${query ? `?${query}` : ''}`;
}
