/**
 * Plain functions behind the options page's customer data section: file names, the links and
 * dates it shows, how much of a long error list it shows, the retention field. No browser API.
 */
import type { MemoryProblem } from '../memory/types';

/** `replykit-memory-2025-03-07.json`: the local date, so the name matches the user's calendar. */
export function backupFileName(now: Date): string {
  return `replykit-memory-${localDate(now)}.json`;
}

export function csvFileName(kind: 'contacts' | 'interactions', now: Date): string {
  return `replykit-${kind}-${localDate(now)}.csv`;
}

function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A profile address that is safe to put in an `href`: http(s) only. A page could have given us
 * `javascript:` or `data:`; those are shown as text, never linked.
 */
export function safeProfileUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export const PROBLEMS_SHOWN = 50;

/** The first problems of an import and how many more there are: a huge bad file stays readable. */
export function visibleProblems(
  problems: readonly MemoryProblem[],
  max = PROBLEMS_SHOWN,
): { shown: MemoryProblem[]; more: number } {
  return { shown: problems.slice(0, max), more: Math.max(0, problems.length - max) };
}

export type RetentionInput = { ok: true; days: number } | { ok: false };

/** Whole days from 0 (keep forever) to `max`, as typed in the retention field. */
export function parseRetentionInput(raw: string, max: number): RetentionInput {
  const text = raw.trim();
  if (!/^\d{1,6}$/.test(text)) return { ok: false };
  const days = Number(text);
  return days <= max ? { ok: true, days } : { ok: false };
}

/** Tags as the user types them: comma separated, trimmed, without empty or repeated ones. */
export function parseTags(raw: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of raw.split(',')) {
    const tag = part.trim().replace(/\s+/g, ' ');
    const key = tag.toLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

/** What the user must type to confirm forgetting a contact, compared without case or spacing. */
export function confirmsName(typed: string, name: string): boolean {
  const norm = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return norm(typed) !== '' && norm(typed) === norm(name);
}
