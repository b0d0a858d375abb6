import { uiLanguage } from '../i18n';
import { MAX_PACK_BYTES } from '../packs/types';
import { parsePack } from '../voice/parse';
import type { PackProblem } from '../voice/problems';

export type PackFileResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'too-large'; bytes: number }
  | { ok: false; reason: 'unreadable'; message: string }
  | { ok: false; reason: 'invalid'; problems: PackProblem[] };

/**
 * Reads a pack file for import: the size is checked before the text is read (a 10 MB file is
 * refused without loading it), then the text must be a valid pack. Nothing is stored here.
 */
export async function readPackFile(file: Blob): Promise<PackFileResult> {
  if (file.size > MAX_PACK_BYTES) return { ok: false, reason: 'too-large', bytes: file.size };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: String(error) };
  }
  const parsed = parsePack(text, { locale: uiLanguage() });
  return parsed.ok ? { ok: true, text } : { ok: false, reason: 'invalid', problems: parsed.errors };
}

/** Megabytes with two decimals, for "the file is 1.05 MB, at most 1.00 MB" (one decimal would say 1.0 for both). */
export function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(2);
}
