import type { PlaceholderNames } from './placeholders';
import type { UiLanguage } from './types';

/** Where a message is written for: code that runs outside the browser passes the language itself. */
export interface Speaker {
  /** The language of the explanations (the person reading them), English when absent. */
  locale?: UiLanguage;
}

/** The values a message's English text asks for, by name; none when it has no placeholders. */
export type ValuesOf<Text extends string> = [PlaceholderNames<Text>] extends [never]
  ? []
  : [values: Record<PlaceholderNames<Text>, string | number>];

const PLACEHOLDER = /\{([a-z][a-zA-Z0-9]*)\}/g;

/**
 * A catalog text with its `{placeholders}` filled by name, which is what formatMessage
 * (chrome.i18n's substitution) gives when every placeholder has its value; a test holds the two
 * equal. Code in Node (the CLI, the check, pack validation) reads its catalog area directly and
 * fills it here. A value is inserted as it is, never read again for placeholders.
 */
export function fill(template: string, given?: Record<string, string | number>): string {
  if (!given) return template;
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    name in given ? String(given[name]) : whole,
  );
}
