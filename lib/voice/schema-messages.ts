import { voice as VOICE_MESSAGES } from '../i18n/catalog/voice';
import { fill, type Speaker } from '../i18n/fill';
import type { VoiceMessageKey } from './say';

/**
 * The messages lib/voice/schema.ts writes into the format (`.min(1, 'must not be empty')`), in
 * the catalog. The schema stays plain English because it also generates the JSON Schema; a
 * message is recognised by its English text, its placeholders standing for any text.
 */
const SCHEMA_KEYS: readonly VoiceMessageKey[] = [
  'voice_empty',
  'voice_bad_pattern',
  'voice_http_url',
  'voice_slug',
  'voice_slug_example',
  'voice_time_zone',
  'voice_time',
  'voice_time_end',
  'voice_date',
  'voice_semver',
  'voice_languages_empty',
];

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const PATTERNS = SCHEMA_KEYS.map((key) => {
  const english: string = VOICE_MESSAGES[key].en;
  const names: string[] = [];
  const source = english
    .split(/(\{[a-z][a-zA-Z0-9]*\})/)
    .map((part) => {
      const name = /^\{([a-z][a-zA-Z0-9]*)\}$/.exec(part)?.[1];
      if (name === undefined) return escape(part);
      names.push(name);
      return '(.*)';
    })
    .join('');
  return { key, names, pattern: new RegExp(`^${source}$`, 's') };
});

/** A schema message in the reader's language; one the catalog does not know stays as written. */
export function schemaMessage(speaker: Speaker, message: string): string {
  const locale = speaker.locale ?? 'en';
  if (locale === 'en') return message;
  for (const { key, names, pattern } of PATTERNS) {
    const match = pattern.exec(message);
    if (!match) continue;
    const values = Object.fromEntries(names.map((name, i) => [name, match[i + 1]!]));
    return fill(VOICE_MESSAGES[key][locale], values);
  }
  return message;
}
