import { decimal, say, type Speaker } from './say';

/** Larger packs are refused before parsing: storage.local holds 10 MB in all, and a pack is text. */
export const MAX_PACK_BYTES = 1024 * 1024;

function megabytes(speaker: Speaker, bytes: number): string {
  return decimal(speaker, bytes / (1024 * 1024), 1);
}

/** Why a pack text is too large to take, or undefined when it is not. */
export function packSizeProblem(text: string, speaker: Speaker = {}): string | undefined {
  // Each UTF-16 unit is at least one UTF-8 byte: the cheap length rules out most texts at once.
  const bytes = text.length > MAX_PACK_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes <= MAX_PACK_BYTES) return undefined;
  return say(speaker, 'voice_too_large', {
    size: megabytes(speaker, bytes),
    max: megabytes(speaker, MAX_PACK_BYTES),
  });
}
