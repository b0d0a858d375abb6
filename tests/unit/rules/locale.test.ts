import { describe, expect, it } from 'vitest';
import { rules as RULE_MESSAGES } from '../../../lib/i18n/catalog/rules';
import { formatMessage } from '../../../lib/i18n/locales';
import { placeholdersOf } from '../../../lib/i18n/placeholders';
import { UI_LANGUAGES, type UiLanguage } from '../../../lib/i18n/types';
import { BUILTIN_RULES, check } from '../../../lib/rules';
import type { RuleExample } from '../../../lib/rules/rule';
import { say, whyKey, type RuleMessageKey } from '../../../lib/rules/say';
import type { CheckContext, Finding } from '../../../lib/rules/types';
import { defaultPack, defaultPackInput, parsePack } from '../../../lib/voice';
import type { VoicePack, VoicePackInput } from '../../../lib/voice/schema';

interface Case {
  name: string;
  ruleId: string;
  text: string;
  context?: CheckContext;
  pack?: Partial<VoicePackInput>;
}

function packOf(changes?: Partial<VoicePackInput>): VoicePack {
  if (!changes) return defaultPack;
  const parsed = parsePack({ ...defaultPackInput, ...changes });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.pack;
}

const tone = defaultPackInput.tone!;
const vocabulary = defaultPackInput.vocabulary!;
// The default pack's own rules stay: its examples name them.
const packRules = (defaultPackInput.rules ?? []) as NonNullable<VoicePackInput['rules']>;

/** Every built-in rule's documented examples, as in builtin-rules.test.ts. */
const EXAMPLES: Case[] = BUILTIN_RULES.flatMap((rule) =>
  rule.examples.map((example: RuleExample, index) => ({
    name: `${rule.id} example ${index}`,
    ruleId: rule.id,
    text: example.bad,
    context: { ...example.context, language: example.language },
    ...(example.pack ? { pack: example.pack } : {}),
  })),
);

/** The messages and fixes the examples do not reach. */
const VARIANTS: Case[] = [
  {
    name: 'hashtag-case, a long tag without a split',
    ruleId: 'accessibility.hashtag-case',
    text: 'Deals all weekend #qwxzrtplkjhgvbnmq',
    context: { language: 'en' },
  },
  {
    name: 'emoji-for-words, an emoji after a determiner at the end',
    ruleId: 'accessibility.emoji-for-words',
    text: 'See you at the 🏖️',
    context: { language: 'en' },
  },
  {
    name: 'emoji-repeat, the same emoji three times apart',
    ruleId: 'accessibility.emoji-repeat',
    text: 'Thanks 🙏 for waiting 🙏 and for your patience 🙏',
    context: { language: 'en' },
  },
  {
    name: 'emoticon, a face with no emoji for it',
    ruleId: 'accessibility.emoticon',
    text: 'Thanks for waiting :S',
    context: { language: 'en' },
  },
  {
    name: 'emoticon, text art that is not a shrug',
    ruleId: 'accessibility.emoticon',
    text: 'The app crashed again (╯°□°)╯︵ ┻━┻',
    context: { language: 'en' },
  },
  {
    name: 'link-text, "here" before a link',
    ruleId: 'accessibility.link-text',
    text: 'Read more here: https://acme.com/returns',
    context: { language: 'en' },
  },
  {
    name: 'layout-spacing, runs of spaces and an indent with a tab',
    ruleId: 'accessibility.layout-spacing',
    text: 'Mon    9 to 5\n\tSat 10 to 2',
    context: { language: 'en' },
  },
  {
    name: 'exclamations, none allowed',
    ruleId: 'human.exclamations',
    text: 'Your parcel is here!',
    context: { language: 'en' },
    pack: { tone: { ...tone, maxExclamations: 0 } },
  },
  {
    name: 'exclamations, more than one',
    ruleId: 'human.exclamations',
    text: 'Your parcel is here! It is the blue one! Enjoy!',
    context: { language: 'en' },
    pack: { tone: { ...tone, maxExclamations: 2 } },
  },
  {
    name: 'greeting-name, a greeting without the name',
    ruleId: 'human.greeting-name',
    text: 'Hi there, thanks for waiting: your refund is on its way.',
    context: { language: 'en', customerName: 'Sam Lee' },
  },
  {
    name: 'first-person, a team that speaks as "we"',
    ruleId: 'human.first-person',
    text: "I'm sorry about the delay.",
    context: { language: 'en' },
    pack: { tone: { ...tone, firstPerson: 'plural' } },
  },
  {
    name: 'avoid-phrase without a reason',
    ruleId: 'brand.avoid-phrase',
    text: 'Rest assured, the parcel ships today.',
    context: { language: 'en' },
    pack: { vocabulary: { ...vocabulary, avoidPhrases: [{ phrase: 'rest assured' }] } },
  },
  {
    name: 'emoji-policy, no emoji at all',
    ruleId: 'brand.emoji-policy',
    text: 'Your parcel is on its way 🚀',
    context: { language: 'en' },
    pack: { tone: { ...tone, emoji: { max: 2, allowed: [] } } },
  },
  {
    name: 'sign-off, with the agent’s initials known',
    ruleId: 'brand.sign-off',
    text: 'Your new charger ships today.',
    context: { language: 'en', platform: 'x', agent: { initials: 'JD' } },
  },
  {
    name: 'sign-off, a template with the agent’s name, not known',
    ruleId: 'brand.sign-off',
    text: 'Your new charger ships today.',
    context: { language: 'en' },
    pack: { tone: { ...tone, signOff: { template: '– {agent}' } } },
  },
  {
    name: 'platform-limit, the team’s own limit',
    ruleId: 'length.platform-limit',
    text: 'Hi Sam, the replacement ships today and should arrive by Friday.',
    context: { language: 'en', platform: 'x' },
    pack: { limits: { x: { maxChars: 40 } } },
  },
  {
    name: 'a custom substitution rule (its message is the team’s)',
    ruleId: 'brand.custom.plain',
    text: 'Utilize the app to track it.',
    context: { language: 'en' },
    pack: {
      rules: [
        ...packRules,
        { kind: 'substitution', id: 'plain', message: 'Say it plainly', swap: { utilize: 'use' } },
      ],
    },
  },
  {
    name: 'a custom capitalization rule (its message is the team’s)',
    ruleId: 'brand.custom.caps',
    text: 'Thanks for waiting. the parcel ships today.',
    context: { language: 'en' },
    pack: {
      rules: [
        ...packRules,
        { kind: 'capitalization', id: 'caps', message: 'Capitalize “%s”', match: '$sentence' },
      ],
    },
  },
];

const CASES = [...EXAMPLES, ...VARIANTS];
const LOCALES: UiLanguage[] = ['de', 'sv'];

/** Texts that are the same in every language by nature: the team's own custom-rule messages. */
const SAME_IN_EVERY_LANGUAGE = new Set(['brand.custom.plain', 'brand.custom.caps']);

const UNFILLED = /\{[a-z][a-zA-Z0-9]*\}/;

function findingsOf(item: Case, locale?: UiLanguage): Finding[] {
  const context: CheckContext = { ...item.context, ...(locale ? { locale } : {}) };
  return check(item.text, packOf(item.pack), context).filter((f) => f.ruleId === item.ruleId);
}

/** Texts that only ever appear inside another message (quotes, lists, notes, sign-off parts). */
const PARTS = new Set([
  'rule_quote',
  'rule_list_or',
  'rule_list_and',
  'rule_human_first_person_note_singular',
  'rule_human_first_person_note_plural',
  'rule_brand_sign_off_initials',
  'rule_brand_sign_off_name',
]);

/** A catalog text as a pattern: its placeholders match anything; a part may stand anywhere. */
function patternOf(key: string, text: string): RegExp {
  const source = text
    .split(/\{[a-z][a-zA-Z0-9]*\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^]+?');
  return new RegExp(PARTS.has(key) ? source : `^${source}$`, 'u');
}

const MESSAGE_KEYS = (Object.keys(RULE_MESSAGES) as (keyof typeof RULE_MESSAGES)[]).filter(
  (key) => !key.endsWith('_why'),
);

describe('check findings in the explanation language', () => {
  it.each(CASES.map((item) => [item.name, item] as const))('%s', (_, item) => {
    const english = findingsOf(item);
    expect(english.length, `“${item.text}” should trip ${item.ruleId}`).toBeGreaterThan(0);
    // No locale is English.
    expect(findingsOf(item, 'en')).toEqual(english);
    for (const locale of LOCALES) {
      const localized = findingsOf(item, locale);
      // Same places, same fixes: only the words change.
      const shape = (findings: Finding[]) =>
        findings.map(({ message: _m, why: _w, fixes, ...rest }) => ({
          ...rest,
          fixes: fixes.map(({ label: _l, ...fix }) => fix),
        }));
      expect(shape(localized), locale).toEqual(shape(english));
      localized.forEach((finding, index) => {
        const en = english[index]!;
        const texts = [finding.message, finding.why, ...finding.fixes.map((f) => f.label)];
        for (const text of texts) {
          expect(text.trim(), locale).not.toBe('');
          expect(text, locale).not.toMatch(UNFILLED);
        }
        expect(finding.why, `${locale} why`).not.toBe(en.why);
        if (SAME_IN_EVERY_LANGUAGE.has(item.ruleId)) {
          expect(finding.message).toBe(en.message);
        } else {
          expect(finding.message, `${locale} message`).not.toBe(en.message);
        }
        finding.fixes.forEach((fix, f) => {
          expect(fix.label, `${locale} fix label`).not.toBe(en.fixes[f]!.label);
        });
      });
    }
  });

  it('uses every message of the rules catalog, in the language asked for', () => {
    const used = new Map<string, Set<UiLanguage>>();
    for (const item of CASES) {
      for (const locale of ['en', 'de', 'sv'] as const) {
        for (const finding of findingsOf(item, locale)) {
          const texts = [finding.message, ...finding.fixes.map((f) => f.label)];
          for (const key of MESSAGE_KEYS) {
            const pattern = patternOf(key, RULE_MESSAGES[key][locale]);
            if (!texts.some((text) => pattern.test(text))) continue;
            if (!used.has(key)) used.set(key, new Set());
            used.get(key)!.add(locale);
          }
        }
      }
    }
    expect(MESSAGE_KEYS.filter((key) => used.get(key)?.size !== 3)).toEqual([]);
  });

  it('has an explanation for every built-in rule, the same English as the rule', () => {
    for (const rule of BUILTIN_RULES) {
      const entry = (RULE_MESSAGES as Record<string, { en: string } | undefined>)[whyKey(rule.id)];
      expect(entry?.en, rule.id).toBe(rule.why);
    }
  });

  it('writes the reply’s words in the language’s own quotation marks', () => {
    const [de] = findingsOf(
      {
        name: 'deflection',
        ruleId: 'human.deflection',
        text: 'Bitte schreiben Sie uns eine E-Mail.',
        context: { language: 'de' },
      },
      'de',
    );
    expect(de!.message).toMatch(/^„[^“]+“ schickt/);
    const [sv] = findingsOf(
      {
        name: 'term-case',
        ruleId: 'brand.term-case',
        text: 'Du hittar oss på Linkedin.',
        context: { language: 'sv' },
      },
      'sv',
    );
    expect(sv!.message).toBe('Skriv ”LinkedIn”, inte ”Linkedin”.');
  });

  it('says what chrome.i18n would (formatMessage), values taken as text', () => {
    for (const key of Object.keys(RULE_MESSAGES) as RuleMessageKey[]) {
      const names = placeholdersOf(RULE_MESSAGES[key].en);
      // Values that look like placeholders or substitution syntax stay as they are.
      const values = Object.fromEntries(names.map((name) => [name, `{${name}} $1 $$`]));
      for (const locale of UI_LANGUAGES) {
        const said = (say as (s: object, k: string, v?: object) => string)({ locale }, key, values);
        const expected = formatMessage(
          RULE_MESSAGES,
          locale,
          key,
          names.map((name) => values[name]!),
        );
        expect(said, `${key} ${locale}`).toBe(expected);
      }
    }
  });
});
