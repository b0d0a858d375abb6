import { rules as RULE_MESSAGES } from '../i18n/catalog/rules';
import { fill, type Speaker, type ValuesOf } from '../i18n/fill';
import type { UiLanguage } from '../i18n/types';

export type { Speaker } from '../i18n/fill';

export type RuleMessageKey = keyof typeof RULE_MESSAGES;

type Values<K extends RuleMessageKey> = ValuesOf<(typeof RULE_MESSAGES)[K]['en']>;

// The engine passes the check context as the speaker: its locale is the language of the person
// replying, not of the reply.
const MESSAGES: Record<string, Record<UiLanguage, string>> = RULE_MESSAGES;

/**
 * A check message in the explanation language. The rules run in Node as well as in the panel,
 * so this reads the rules' catalog area itself (lib/i18n/fill.ts fills it; the types demand
 * every value). It runs for every finding on every keystroke, so it skips formatMessage's
 * sorting of names per call.
 */
export function say<K extends RuleMessageKey>(
  speaker: Speaker,
  key: K,
  ...values: Values<K>
): string {
  return fill(
    MESSAGES[key]![speaker.locale ?? 'en'],
    values[0] as Record<string, string | number> | undefined,
  );
}

/** Text of the reply (or a suggested wording) in the explanation language's quotation marks. */
export function quoted(speaker: Speaker, text: string): string {
  return say(speaker, 'rule_quote', { text });
}

/** “a” or “b” or “c”: quoted alternatives. */
export function alternatives(speaker: Speaker, options: readonly string[]): string {
  return options
    .map((option) => quoted(speaker, option))
    .reduce((first, second) => say(speaker, 'rule_list_or', { first, second }));
}

/** The catalog key of a built-in rule's explanation, `human.form-letter` → `rule_human_form_letter_why`. */
export function whyKey(ruleId: string): string {
  const key = ruleId.startsWith('brand.custom.') ? 'brand.custom' : ruleId;
  return `rule_${key.replace(/[.-]/g, '_')}_why`;
}

/** A rule's explanation in the explanation language; a rule the catalog does not know keeps its own. */
export function whyOf(speaker: Speaker, rule: { id: string; why: string }): string {
  const locale = speaker.locale ?? 'en';
  if (locale === 'en') return rule.why;
  const entry = (RULE_MESSAGES as Record<string, { en: string } & Record<UiLanguage, string>>)[
    whyKey(rule.id)
  ];
  return entry && entry.en === rule.why ? entry[locale] : rule.why;
}

/** A number as the explanation language writes it (12.5 → 12,5 in German and Swedish). */
export function decimal(speaker: Speaker, value: number): string {
  const text = String(value);
  return (speaker.locale ?? 'en') === 'en' ? text : text.replace('.', ',');
}
