import { voice as VOICE_MESSAGES } from '../i18n/catalog/voice';
import { fill, type Speaker, type ValuesOf } from '../i18n/fill';
import type { UiLanguage } from '../i18n/types';

export type { Speaker } from '../i18n/fill';

export type VoiceMessageKey = keyof typeof VOICE_MESSAGES;

const MESSAGES: Record<string, Record<UiLanguage, string>> = VOICE_MESSAGES;

/**
 * A pack validation or pack test message in the reader's language. Validation runs in the CLI
 * and in the background as well as on the options page, so it reads its catalog area itself.
 */
export function say<K extends VoiceMessageKey>(
  speaker: Speaker,
  key: K,
  ...values: ValuesOf<(typeof VOICE_MESSAGES)[K]['en']>
): string {
  return fill(
    MESSAGES[key]![speaker.locale ?? 'en'],
    values[0] as Record<string, string | number> | undefined,
  );
}

/** "a or b or c". */
export function either(speaker: Speaker, options: readonly string[]): string {
  return options.reduce((first, second) => say(speaker, 'voice_or', { first, second }));
}

const TYPE_KEYS: Record<string, VoiceMessageKey> = {
  string: 'voice_type_string',
  number: 'voice_type_number',
  boolean: 'voice_type_boolean',
  array: 'voice_type_array',
  object: 'voice_type_object',
};

/** A JSON type name ("array") in the reader's language; a name we do not know stays. */
export function typeLabel(speaker: Speaker, name: string): string {
  const key = TYPE_KEYS[name];
  return key ? MESSAGES[key]![speaker.locale ?? 'en'] : name;
}

/** A number with fixed decimals as the reader's language writes it (1.5 → 1,5 in German and Swedish). */
export function decimal(speaker: Speaker, value: number, digits: number): string {
  const text = value.toFixed(digits);
  return (speaker.locale ?? 'en') === 'en' ? text : text.replace('.', ',');
}
