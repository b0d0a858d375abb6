import { storage } from 'wxt/utils/storage';
import type { ManagedPolicy } from '../packs/types';

/** How long customer memory keeps interactions by default: a year of conversations. */
export const DEFAULT_RETENTION_DAYS = 365;
/** Ten years: a bound for a hand-edited value, far beyond any sensible setting. */
export const MAX_RETENTION_DAYS = 3650;

/**
 * The retention setting as stored: whole days ≥ 0, where 0 keeps interactions forever. Anything
 * else (corrupt, from another build, written by hand) falls back to the default. Never throws.
 */
export function parseRetentionDays(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) return DEFAULT_RETENTION_DAYS;
  if (value < 0 || value > MAX_RETENTION_DAYS) return DEFAULT_RETENTION_DAYS;
  return value;
}

/**
 * The retention in force: the administrator's (enterprise policy, `retentionDays`) when set, so a
 * user cannot keep conversations longer than the organisation allows; else the user's setting.
 */
export function retentionInForce(
  stored: unknown,
  policy: Pick<ManagedPolicy, 'retentionDays'>,
): number {
  return policy.retentionDays ?? parseRetentionDays(stored);
}

/**
 * Interactions older than this many days are deleted from customer memory once a day (the
 * background's alarm); 0 keeps them forever. Edited on the options page's data section.
 * Version 1 is the first version: bump it with a migration when the shape changes.
 */
export const memoryRetentionDays = storage.defineItem<number>('local:memoryRetentionDays', {
  version: 1,
  fallback: DEFAULT_RETENTION_DAYS,
  migrations: {},
});
