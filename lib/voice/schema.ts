import { z } from 'zod';
import { PLATFORM_IDS } from '../platforms';

export const LANGUAGES = ['en', 'de', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const level = z.enum(['error', 'warning', 'suggestion']);
const language = z.enum(LANGUAGES);
const platform = z.enum(PLATFORM_IDS);

/** A regular expression source written by a team lead; it must compile with the `u` flag. */
const pattern = z.string().min(1, 'must not be empty').superRefine((source, ctx) => {
  try {
    new RegExp(source, 'u');
  } catch (error) {
    ctx.addIssue({
      code: 'custom',
      message: `not a valid regular expression: ${(error as Error).message}`,
    });
  }
});

const customRuleBase = {
  /** Becomes `brand.custom.<id>`. */
  id: z.string().regex(SLUG, 'must be lower-case words joined by hyphens, e.g. "no-cheap"'),
  message: nonEmpty.describe('Shown to the person replying. `%s` is replaced by the matched text.'),
  level: level.default('warning'),
  link: z.url().optional(),
  /** Limit the rule to these languages; all languages when absent. */
  languages: z.array(language).min(1).optional(),
};

const existenceRule = z.object({
  ...customRuleBase,
  kind: z.literal('existence'),
  /** Words or phrases, matched on word boundaries. */
  tokens: z.array(nonEmpty).default([]),
  /** Regular expressions matched as they are. */
  raw: z.array(pattern).default([]),
  ignorecase: z.boolean().default(true),
  exceptions: z.array(nonEmpty).default([]),
});

const substitutionRule = z.object({
  ...customRuleBase,
  kind: z.literal('substitution'),
  /** Wrong word or phrase → the word to use instead. */
  swap: z.record(nonEmpty, nonEmpty),
  ignorecase: z.boolean().default(true),
});

const occurrenceRule = z.object({
  ...customRuleBase,
  kind: z.literal('occurrence'),
  token: pattern,
  scope: z.enum(['text', 'sentence']).default('text'),
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(0).optional(),
});

const capitalizationRule = z.object({
  ...customRuleBase,
  kind: z.literal('capitalization'),
  /** `$sentence`: every sentence starts with a capital letter; the others apply to the whole text. */
  match: z.enum(['$sentence', '$lower', '$upper']),
  exceptions: z.array(nonEmpty).default([]),
});

const consistencyRule = z.object({
  ...customRuleBase,
  kind: z.literal('consistency'),
  /** Each pair: use one spelling or the other in a reply, not both. */
  either: z.array(z.tuple([nonEmpty, nonEmpty])).min(1),
  ignorecase: z.boolean().default(true),
});

const conditionalRule = z.object({
  ...customRuleBase,
  kind: z.literal('conditional'),
  /** When `second` matches, its first capture group must also have matched `first` in the text. */
  first: pattern,
  second: pattern,
  exceptions: z.array(nonEmpty).default([]),
});

export const METRICS = [
  'words',
  'sentences',
  'wordsPerSentence',
  'fleschKincaidGrade',
  'lix',
  'longWords',
] as const;

const metricRule = z.object({
  ...customRuleBase,
  kind: z.literal('metric'),
  metric: z.enum(METRICS),
  min: z.number().optional(),
  max: z.number().optional(),
});

export const customRuleSchema = z.discriminatedUnion('kind', [
  existenceRule,
  substitutionRule,
  occurrenceRule,
  capitalizationRule,
  consistencyRule,
  conditionalRule,
  metricRule,
]);

const bannedTerm = z.object({
  term: nonEmpty,
  reason: nonEmpty,
  replacement: z.string().optional(),
});

const preferredTerm = z.object({
  use: nonEmpty,
  insteadOf: z.array(nonEmpty).min(1),
});

const avoidPhrase = z.object({
  phrase: nonEmpty,
  reason: z.string().optional(),
  replacement: z.string().optional(),
});

const replyBlock = z.object({
  id: z.string().regex(SLUG, 'must be lower-case words joined by hyphens'),
  /** What the block is for, shown in the picker. */
  label: nonEmpty,
  /** Where the block goes in a reply. */
  kind: z.enum(['greeting', 'acknowledge', 'apology', 'answer', 'next-step', 'closing']),
  /** Placeholders: {name}, {agent}, {initials}, {topic}. */
  text: z.record(language, nonEmpty),
  /** Message intents this block fits; any intent when absent. */
  intents: z.array(nonEmpty).optional(),
});

const escalationPlaybookEntry = z.object({
  id: z.string().regex(SLUG, 'must be lower-case words joined by hyphens'),
  label: nonEmpty,
  /** Words or phrases in the customer's message that start this playbook. */
  triggers: z.record(language, z.array(nonEmpty).min(1)),
  /** Emotional intensity from 0 (calm) to 1 (furious) at which the playbook starts anyway. */
  minIntensity: z.number().min(0).max(1).optional(),
  severity: z.enum(['low', 'medium', 'high', 'critical']),
  /** What the person replying does, in order. */
  steps: z.array(nonEmpty).min(1),
  /** A first public reply while the case moves to the right people. */
  holdingReply: z.record(language, nonEmpty).optional(),
  /** Who to hand over to (team, channel or person). */
  handOffTo: z.string().optional(),
});

const packExample = z.object({
  text: nonEmpty,
  platform: platform.optional(),
  language: language.optional(),
  customerName: z.string().optional(),
  /** `pass`: no finding at all; otherwise the rule ids that must be among the findings. */
  expect: z.union([z.literal('pass'), z.object({ trips: z.array(nonEmpty).min(1) })]),
  note: z.string().optional(),
});

export const voicePackSchema = z
  .object({
    $schema: z.string().optional(),
    id: z.string().regex(SLUG, 'must be lower-case words joined by hyphens, e.g. "acme-care"'),
    name: nonEmpty,
    version: z.string().regex(SEMVER, 'must be a semantic version such as "1.2.0"'),
    languages: z.array(language).min(1, 'must list at least one language'),
    description: z.string().default(''),
    tone: z
      .object({
        persona: z.string().default(''),
        formality: z.enum(['casual', 'neutral', 'formal']).default('neutral'),
        /** `singular`: the person replying writes "I"; `plural`: "we". */
        firstPerson: z.enum(['singular', 'plural']).default('singular'),
        emoji: z
          .object({
            max: z.number().int().min(0).default(3),
            /** When present, only these emoji may be used. */
            allowed: z.array(nonEmpty).optional(),
          })
          .prefault({}),
        maxExclamations: z.number().int().min(0).default(1),
        greetByName: z.boolean().default(true),
        /** e.g. `^{initials}`; placeholders {initials} and {agent}. */
        signOff: z
          .object({
            template: nonEmpty,
            platforms: z.array(platform).optional(),
          })
          .optional(),
      })
      .prefault({}),
    vocabulary: z
      .object({
        /** Product and brand names with their exact casing, e.g. "iPhone". */
        terms: z.array(nonEmpty).default([]),
        banned: z.array(bannedTerm).default([]),
        preferred: z.array(preferredTerm).default([]),
        avoidPhrases: z.array(avoidPhrase).default([]),
      })
      .prefault({}),
    readability: z
      .object({
        maxSentenceWords: z.number().int().min(5).default(25),
        /** Flesch-Kincaid grade, for English. */
        maxGrade: z.number().min(1).default(8),
        /** LIX, for German and Swedish. */
        maxLix: z.number().min(10).default(40),
        maxHashtags: z.number().int().min(0).default(2),
      })
      .prefault({}),
    rules: z.array(customRuleSchema).default([]),
    /** Built-in or custom rule id → `off` or a new level. */
    overrides: z.record(z.string(), z.union([z.literal('off'), level])).default({}),
    /** Per-platform length limits that replace the platform's own (e.g. a house limit). */
    limits: z.partialRecord(platform, z.object({ maxChars: z.number().int().min(1) })).default({}),
    blocks: z.array(replyBlock).default([]),
    escalation: z.array(escalationPlaybookEntry).default([]),
    examples: z.array(packExample).default([]),
  })
  .strict();

/** A voice pack as written in a file (defaults optional). */
export type VoicePackInput = z.input<typeof voicePackSchema>;
/** A validated voice pack with every default filled in. */
export type VoicePack = z.output<typeof voicePackSchema>;
export type CustomRule = z.output<typeof customRuleSchema>;
export type ReplyBlock = VoicePack['blocks'][number];
export type EscalationPlaybookEntry = VoicePack['escalation'][number];
export type PackExample = VoicePack['examples'][number];
