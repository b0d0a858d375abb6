import { parsePack } from '../voice/parse';
import { parsePackCached } from './library';
import type { PackProblem } from '../voice/problems';
import { say, type Speaker } from '../voice/say';
import type { ManagedPolicy } from './types';
import { checkPackUrl } from './url';

/** The keys of `storage.managed` (see public/managed_schema.json and lib/packs/MANAGED.md). */
export const MANAGED_KEYS = [
  'packUrls',
  'pack',
  'lockPacks',
  'retentionDays',
  'checkIntervalHours',
] as const;

/** The same bound as the user's own retention setting (lib/settings/memory-retention.ts). */
const MAX_RETENTION_DAYS = 3650;
const MAX_INTERVAL_HOURS = 24 * 30;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads what an administrator set (the raw `storage.managed` object, from Chrome/Edge policy or
 * Firefox policies.json). A bad value is ignored with a problem naming its key; the good ones
 * still apply, so one typo does not undo the whole policy. Never throws.
 */
export function parseManagedPolicy(raw: unknown, speaker: Speaker = {}): ManagedPolicy {
  const problems: PackProblem[] = [];
  const policy: ManagedPolicy = { packUrls: [], lockPacks: false, problems };
  if (raw === undefined || raw === null) return policy;
  if (!isRecord(raw)) {
    problems.push({ path: '(root)', message: say(speaker, 'voice_policy_not_object') });
    return policy;
  }
  const urls = raw.packUrls;
  if (urls !== undefined) {
    if (!Array.isArray(urls))
      problems.push({ path: 'packUrls', message: say(speaker, 'voice_policy_url_list') });
    else
      urls.forEach((url, index) => {
        const checked = typeof url === 'string' ? checkPackUrl(url, speaker) : undefined;
        if (checked?.ok) {
          if (!policy.packUrls.includes(checked.url)) policy.packUrls.push(checked.url);
        } else
          problems.push({
            path: `packUrls[${index}]`,
            message: checked?.message ?? say(speaker, 'voice_policy_url_text'),
          });
      });
  }
  // Firefox's policies.json can hold the pack as an object; Chrome's schema only as text.
  const pack = raw.pack;
  if (typeof pack === 'string' && pack.trim() !== '') policy.pack = pack;
  else if (isRecord(pack)) policy.pack = JSON.stringify(pack);
  else if (pack !== undefined && pack !== '')
    problems.push({ path: 'pack', message: say(speaker, 'voice_policy_pack_text') });
  // A broken inline pack stays in the policy, so the panel says why it is not in use (the
  // resolution reports the same problems); here its problems name the policy key for the admin.
  if (policy.pack !== undefined) {
    const parsed = parsePack(policy.pack, speaker);
    if (!parsed.ok)
      for (const error of parsed.errors)
        problems.push({
          path: error.path === '(root)' ? 'pack' : `pack.${error.path}`,
          message: error.message,
        });
  }
  const lock = raw.lockPacks;
  if (typeof lock === 'boolean') policy.lockPacks = lock;
  else if (lock !== undefined)
    problems.push({ path: 'lockPacks', message: say(speaker, 'voice_policy_boolean') });
  const days = raw.retentionDays;
  if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_RETENTION_DAYS)
    policy.retentionDays = days;
  else if (days !== undefined)
    problems.push({
      path: 'retentionDays',
      message: say(speaker, 'voice_policy_days', { max: MAX_RETENTION_DAYS }),
    });
  const hours = raw.checkIntervalHours;
  if (
    typeof hours === 'number' &&
    Number.isInteger(hours) &&
    hours >= 1 &&
    hours <= MAX_INTERVAL_HOURS
  )
    policy.checkIntervalHours = hours;
  else if (hours !== undefined)
    problems.push({
      path: 'checkIntervalHours',
      message: say(speaker, 'voice_policy_hours', { max: MAX_INTERVAL_HOURS }),
    });
  for (const key of Object.keys(raw))
    if (!(MANAGED_KEYS as readonly string[]).includes(key))
      problems.push({
        path: key,
        message: say(speaker, 'voice_policy_unknown', { known: MANAGED_KEYS.join(', ') }),
      });
  return policy;
}

/** The name of the administrator's inline pack; undefined when there is none or it is broken. */
export function inlinePackName(policy: Pick<ManagedPolicy, 'pack'>): string | undefined {
  if (policy.pack === undefined) return undefined;
  const parsed = parsePackCached(policy.pack);
  return parsed.ok ? parsed.pack.name : undefined;
}

/** Whether the administrator set anything the user should know about (or set it wrong). */
export function hasManagedSettings(policy: ManagedPolicy): boolean {
  return (
    policy.packUrls.length > 0 ||
    policy.pack !== undefined ||
    policy.lockPacks ||
    policy.retentionDays !== undefined ||
    policy.checkIntervalHours !== undefined ||
    policy.problems.length > 0
  );
}
