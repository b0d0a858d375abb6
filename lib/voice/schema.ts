import { z } from 'zod';
import { PLATFORM_IDS } from '../platforms';
import { ESCALATION_CUES, INTENSITIES } from './taxonomy';

export const LANGUAGES = ['en', 'de', 'sv'] as const;
export type Language = (typeof LANGUAGES)[number];

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const level = z.enum(['error', 'warning', 'suggestion']);
const language = z.enum(LANGUAGES);
const platform = z.enum(PLATFORM_IDS);

// Objects are strict everywhere, not only at the root: a misspelt field ("maxExclamation")
// would otherwise be dropped without a word and the team lead would never learn why it has no effect.

/** A regular expression source written by a team lead; it must compile with the `u` flag. */
const pattern = z
  .string()
  .min(1, 'must not be empty')
  .superRefine((source, ctx) => {
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
  id: z
    .string()
    .regex(SLUG, 'must be lower-case words joined by hyphens, e.g. "no-cheap"')
    .describe('Becomes the rule id `brand.custom.<id>`.'),
  message: nonEmpty.describe('Shown to the person replying. `%s` is replaced by the matched text.'),
  level: level.default('warning'),
  // Links open from the panel, and a pack may come from a URL subscription: web links only.
  link: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .optional()
    .describe('Where the person replying can read more about this rule.'),
  languages: z
    .array(language)
    .min(1)
    .optional()
    .describe('Limit the rule to these languages; all languages when absent.'),
};

const existenceRule = z.strictObject({
  ...customRuleBase,
  kind: z.literal('existence'),
  tokens: z.array(nonEmpty).default([]).describe('Words or phrases, matched on word boundaries.'),
  raw: z.array(pattern).default([]).describe('Regular expressions matched as they are.'),
  ignorecase: z.boolean().default(true),
  exceptions: z.array(nonEmpty).default([]),
});

const substitutionRule = z.strictObject({
  ...customRuleBase,
  kind: z.literal('substitution'),
  swap: z.record(nonEmpty, nonEmpty).describe('Wrong word or phrase → the word to use instead.'),
  ignorecase: z.boolean().default(true),
});

const occurrenceRule = z.strictObject({
  ...customRuleBase,
  kind: z.literal('occurrence'),
  token: pattern.describe('Regular expression counted in each scope.'),
  scope: z.enum(['text', 'sentence']).default('text'),
  min: z.number().int().min(0).optional(),
  max: z.number().int().min(0).optional(),
});

const capitalizationRule = z.strictObject({
  ...customRuleBase,
  kind: z.literal('capitalization'),
  match: z
    .enum(['$sentence', '$lower', '$upper'])
    .describe(
      '`$sentence`: every sentence starts with a capital letter; the others apply to the whole text.',
    ),
  exceptions: z.array(nonEmpty).default([]),
});

const consistencyRule = z.strictObject({
  ...customRuleBase,
  kind: z.literal('consistency'),
  either: z
    .array(z.tuple([nonEmpty, nonEmpty]))
    .min(1)
    .describe('Each pair: use one spelling or the other in a reply, not both.'),
  ignorecase: z.boolean().default(true),
});

const conditionalRule = z.strictObject({
  ...customRuleBase,
  kind: z.literal('conditional'),
  first: pattern.describe(
    'What needs a definition, e.g. an acronym `\\b([A-Z]{2,5})\\b`: each match (its first capture group, or the whole match) must also be captured by `second` somewhere in the text.',
  ),
  second: pattern.describe(
    'Where the definition is, e.g. `\\(([A-Z]{2,5})\\)` after the words spelled out.',
  ),
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

const metricRule = z.strictObject({
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

const bannedTerm = z.strictObject({
  term: nonEmpty,
  reason: nonEmpty.describe('Shown with the finding: why the brand does not say this.'),
  replacement: z.string().optional(),
});

const preferredTerm = z.strictObject({
  use: nonEmpty,
  insteadOf: z.array(nonEmpty).min(1),
});

const avoidPhrase = z.strictObject({
  phrase: nonEmpty,
  reason: z.string().optional(),
  replacement: z.string().optional(),
});

export const BLOCK_KINDS = [
  'greeting',
  'acknowledge',
  'empathy',
  'apology',
  'answer',
  'next-step',
  'question',
  'closing',
] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const AUDIENCES = ['first-contact', 'returning'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** One text, or several ways of saying it: different customers get different wording. */
const variants = z.union([nonEmpty, z.array(nonEmpty).min(1)]);

const replyBlock = z.strictObject({
  id: z.string().regex(SLUG, 'must be lower-case words joined by hyphens'),
  label: nonEmpty.describe('What the block is for, shown in the picker.'),
  kind: z.enum(BLOCK_KINDS).describe('Where the block goes in a reply.'),
  // Partial: a pack for English alone must not need German and Swedish texts.
  text: z
    .partialRecord(language, variants)
    .describe(
      'The block per language: a text, or a list of variants (suggestions vary the wording across customers). Placeholders: {name}, {agent}, {initials}, {topic}, {time} (when the next update comes), {order}, {product}; in returning blocks also {last-topic} and {last-outcome}.',
    ),
  intents: z
    .array(nonEmpty)
    .optional()
    .describe(
      'Message intents this block fits (question, complaint, praise, delivery, refund, outage, feature-request, account, abuse, mention); any intent when absent.',
    ),
  intensities: z
    .array(z.enum(INTENSITIES))
    .min(1)
    .optional()
    .describe(
      'Emotional intensities this block fits (calm, annoyed, angry, distressed); any when absent.',
    ),
  audience: z
    .enum(AUDIENCES)
    .optional()
    .describe('Only for a first contact, or only for a returning customer; both when absent.'),
});

const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

const timeZone = nonEmpty.superRefine((zone, ctx) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    ctx.addIssue({
      code: 'custom',
      message: `unknown time zone "${zone}"; use an IANA name such as "Europe/Berlin"`,
    });
  }
});

const openingInterval = z.strictObject({
  from: z.string().regex(TIME, 'must be a time "HH:MM", e.g. "08:00"'),
  to: z.string().regex(TIME, 'must be a time "HH:MM", e.g. "20:00" ("24:00" for midnight)'),
});
const day = z
  .array(openingInterval)
  .default([])
  .describe('When someone is in, e.g. [{"from":"08:00","to":"20:00"}]; empty or absent: closed.');

const hours = z
  .strictObject({
    timeZone: timeZone.describe('IANA time zone of the hours, e.g. "Europe/Berlin".'),
    week: z.strictObject({
      mon: day,
      tue: day,
      wed: day,
      thu: day,
      fri: day,
      sat: day,
      sun: day,
    }),
    closed: z
      .array(z.string().regex(DATE, 'must be a date "YYYY-MM-DD"'))
      .default([])
      .describe('Holidays and other days nobody is in, as "YYYY-MM-DD".'),
    afterHours: z
      .partialRecord(language, nonEmpty)
      .describe(
        'Said in suggestions outside the hours, per language. {time}: when a person is back ("tomorrow at 8:00 am"); also {name}, {agent}, {initials}.',
      ),
  })
  .describe('Service hours; suggestions written outside them say when a person follows up.');

export const DEFAULT_ABUSE_STEPS = [
  'Don’t feed it: no sarcasm, no argument, no reply to the insults themselves.',
  'Hide, report or block per the platform’s rules and your community guidelines; take screenshots of threats first.',
  'If there is a real problem underneath, at most one calm reply that sets a boundary and offers help.',
  'Tell your team lead; nobody has to handle abuse alone.',
];

const abuse = z
  .strictObject({
    replyAllowed: z
      .boolean()
      .default(false)
      .describe(
        'Whether suggestions offer a calm boundary reply to abuse or trolling. Off by default: don’t feed it.',
      ),
    steps: z
      .array(nonEmpty)
      .min(1)
      .default(DEFAULT_ABUSE_STEPS)
      .describe('What the person replying does with abuse or trolling, shown in the panel.'),
  })
  .describe('Guidance for abuse and trolling.');

const escalationPlaybookEntry = z.strictObject({
  id: z.string().regex(SLUG, 'must be lower-case words joined by hyphens'),
  label: nonEmpty,
  triggers: z
    .partialRecord(language, z.array(nonEmpty).min(1))
    .describe("Words or phrases in the customer's message that start this playbook."),
  minIntensity: z
    .number()
    .min(0)
    .max(1)
    .optional()
    .describe(
      'Emotional intensity from 0 (calm) to 1 (furious) at which the playbook starts anyway.',
    ),
  cues: z
    .array(z.enum(ESCALATION_CUES))
    .optional()
    .describe(
      'Cues the built-in message analysis detects that start this playbook (legal, safety, harassment, self-harm, press, privacy, repeat-contact), in addition to `triggers`.',
    ),
  severity: z.enum(['low', 'medium', 'high', 'critical']),
  steps: z.array(nonEmpty).min(1).describe('What the person replying does, in order.'),
  holdingReply: z
    .partialRecord(language, nonEmpty)
    .optional()
    .describe('A first public reply while the case moves to the right people.'),
  handOffTo: z.string().optional().describe('Who to hand over to (team, channel or person).'),
});

const packExample = z.strictObject({
  text: nonEmpty,
  platform: platform.optional(),
  language: language.optional(),
  customerName: z.string().optional(),
  expect: z
    .union([z.literal('pass'), z.strictObject({ trips: z.array(nonEmpty).min(1) })])
    .describe('`pass`: no finding at all; otherwise the rule ids that must be among the findings.'),
  note: z.string().optional(),
});

export const voicePackSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .describe('Path or URL of this JSON Schema, for completion and checks in your editor.'),
    id: z
      .string()
      .regex(SLUG, 'must be lower-case words joined by hyphens, e.g. "acme-care"')
      .describe('Stable identifier of the pack; updates keep the same id.'),
    name: nonEmpty.describe('Shown in the extension, e.g. "Acme customer care".'),
    version: z
      .string()
      .regex(SEMVER, 'must be a semantic version such as "1.2.0"')
      .describe('Semantic version; raise it with every change you send to the team.'),
    languages: z
      .array(language)
      .min(1, 'must list at least one language')
      .describe('Languages the team replies in; blocks and playbooks need a text for each.'),
    description: z.string().default('').describe('What this voice is for, for the team.'),
    tone: z
      .strictObject({
        persona: z.string().default('').describe('Who is speaking, in a few sentences.'),
        formality: z.enum(['casual', 'neutral', 'formal']).default('neutral'),
        firstPerson: z
          .enum(['singular', 'plural'])
          .default('singular')
          .describe('`singular`: the person replying writes "I"; `plural`: "we".'),
        emoji: z
          .strictObject({
            max: z.number().int().min(0).default(3),
            allowed: z
              .array(nonEmpty)
              .optional()
              .describe('When present, only these emoji may be used.'),
          })
          .prefault({}),
        maxExclamations: z.number().int().min(0).default(1),
        greetByName: z.boolean().default(true),
        signOff: z
          .strictObject({
            template: nonEmpty.describe('e.g. `^{initials}`; placeholders {initials} and {agent}.'),
            platforms: z
              .array(platform)
              .optional()
              .describe('Only on these platforms; on every platform when absent.'),
          })
          .optional(),
      })
      .prefault({}),
    vocabulary: z
      .strictObject({
        terms: z
          .array(nonEmpty)
          .default([])
          .describe('Product and brand names with their exact casing, e.g. "iPhone".'),
        banned: z.array(bannedTerm).default([]),
        preferred: z.array(preferredTerm).default([]),
        avoidPhrases: z.array(avoidPhrase).default([]),
      })
      .prefault({}),
    readability: z
      .strictObject({
        maxSentenceWords: z.number().int().min(5).default(25),
        maxGrade: z.number().min(1).default(8).describe('Flesch-Kincaid grade, for English.'),
        maxLix: z.number().min(10).default(40).describe('LIX, for German and Swedish.'),
        maxHashtags: z.number().int().min(0).default(2),
      })
      .prefault({}),
    rules: z
      .array(customRuleSchema)
      .default([])
      .describe('Custom rules in the style of Vale; each becomes `brand.custom.<id>`.'),
    overrides: z
      .record(z.string(), z.union([z.literal('off'), level]))
      .default({})
      .describe('Built-in or custom rule id → `off` or a new level.'),
    limits: z
      .partialRecord(platform, z.strictObject({ maxChars: z.number().int().min(1) }))
      .default({})
      .describe("Per-platform length limits that replace the platform's own (e.g. a house limit)."),
    blocks: z
      .array(replyBlock)
      .default([])
      .describe('Reply building blocks the person replying can insert and adapt.'),
    hours: hours.optional(),
    abuse: abuse.prefault({}),
    escalation: z
      .array(escalationPlaybookEntry)
      .default([])
      .describe('What to do when a message needs more than a reply: legal, safety, privacy…'),
    examples: z
      .array(packExample)
      .default([])
      .describe(
        'Example replies that must pass, or must trip the listed rules: tests for the pack.',
      ),
  })
  .meta({
    title: 'Replykit voice pack',
    description:
      "A brand's voice for customer-care replies: tone, vocabulary, custom rules, limits, reply blocks, escalation playbook and example replies.",
  });

/** A voice pack as written in a file (defaults optional). */
export type VoicePackInput = z.input<typeof voicePackSchema>;
/** A validated voice pack with every default filled in. */
export type VoicePack = z.output<typeof voicePackSchema>;
export type CustomRule = z.output<typeof customRuleSchema>;
export type ReplyBlock = VoicePack['blocks'][number];
export type ServiceHours = NonNullable<VoicePack['hours']>;
export type AbuseGuidance = VoicePack['abuse'];
export type EscalationPlaybookEntry = VoicePack['escalation'][number];
export type PackExample = VoicePack['examples'][number];
