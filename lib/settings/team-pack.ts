import { storage } from 'wxt/utils/storage';
import type { ActivePack } from '../store/pack-slice';
import { defaultPack } from '../voice/default-pack';
import { parsePack } from '../voice/parse';

/**
 * The team's voice pack as the team lead saved it: the JSON text as written, and the last text
 * that passed validation, so a broken edit never leaves the team without its voice.
 */
export interface StoredTeamPack {
  text: string;
  /** The last `text` that was a valid pack; absent when none ever was. */
  lastGood?: string;
}

function isStoredTeamPack(value: unknown): value is StoredTeamPack {
  const v = value as StoredTeamPack;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.text === 'string' &&
    (v.lastGood === undefined || typeof v.lastGood === 'string')
  );
}

/** What to store when the team lead saves `text`: the last good pack moves on only if it is valid. */
export function withTeamPackText(
  stored: StoredTeamPack | null | undefined,
  text: string,
): StoredTeamPack {
  if (parsePack(text).ok) return { text, lastGood: text };
  return stored?.lastGood === undefined ? { text } : { text, lastGood: stored.lastGood };
}

/**
 * The pack the panel uses for a stored value of any shape: the team pack when it is valid, else
 * the last good one (with the problems of the stored one), else the built-in default.
 */
export function resolveTeamPack(value: unknown): ActivePack {
  if (!isStoredTeamPack(value)) return { pack: defaultPack, source: 'default', problems: [] };
  const parsed = parsePack(value.text);
  if (parsed.ok) return { pack: parsed.pack, source: 'team', problems: [] };
  const lastGood = value.lastGood === undefined ? undefined : parsePack(value.lastGood);
  if (lastGood?.ok) return { pack: lastGood.pack, source: 'last-good', problems: parsed.errors };
  return { pack: defaultPack, source: 'default', problems: parsed.errors };
}

/**
 * The one definition of the stored team pack (`chrome.storage.local`); null: none, the default
 * pack is used. Version 1 is the first version: when the shape changes, bump `version` and add a
 * migration from the previous version under that number.
 */
export const teamPack = storage.defineItem<StoredTeamPack | null>('local:teamPack', {
  version: 1,
  fallback: null,
  migrations: {},
});
