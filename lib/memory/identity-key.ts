import type { PlatformId } from '../platforms';

/** A handle as we store it: trimmed, without the one leading "@" (`name@instance` stays whole). */
export function normaliseHandle(handle: string | undefined): string | undefined {
  const trimmed = handle?.trim().replace(/^@/, '').trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Display names are matched loosely (case, spacing, compatibility forms such as full-width
 * letters) because sites without handles (WhatsApp, Messenger) show only the name, and show it
 * with whatever spacing the person typed.
 */
export function normaliseDisplayName(name: string | undefined): string | undefined {
  const normalised = name?.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
  return normalised ? normalised : undefined;
}

/**
 * The stable id of one account: the handle when the site shows one (handles are unique and
 * case-insensitive on every supported platform), else the display name; undefined when the page
 * showed neither, because then there is nobody to remember.
 */
export function identityKey(
  platform: PlatformId,
  person: { handle?: string; displayName?: string },
): string | undefined {
  const handle = normaliseHandle(person.handle);
  if (handle) return `${platform}:@${handle.toLowerCase()}`;
  const name = normaliseDisplayName(person.displayName);
  if (name) return `${platform}:name:${name}`;
  return undefined;
}
