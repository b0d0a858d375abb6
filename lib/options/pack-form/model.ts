import type { MessageKey } from '../../i18n/catalog';
import { PLATFORM_IDS } from '../../platforms';
import { ESCALATION_CUES, INTENSITIES } from '../../voice/taxonomy';
import { AUDIENCES, BLOCK_KINDS, LANGUAGES, METRICS } from '../../voice/schema';
import type { NameSet } from './names';
import type { Json } from './path';

/**
 * The voice pack form as data: every field of the pack format (lib/voice/schema.ts) with its
 * label, help text and control. The form renders from this tree, and a test walks the zod schema
 * beside it, so a new schema field without a place here fails the build instead of vanishing.
 */

export type Names = NameSet | 'platform';

/** A suggestion list offered while typing (a <datalist>): free text stays allowed. */
export type Suggest = 'intents' | 'ruleIds' | 'timeZones';

export type Control =
  /** A string; `required` keeps an empty one (validation names it), otherwise empty removes the key. */
  | {
      c: 'text';
      required?: boolean;
      multiline?: boolean;
      suggest?: Suggest;
      type?: 'url';
      example?: string;
    }
  /** A number; empty removes the key, so the default (`fallback`) applies. */
  | { c: 'number'; int?: boolean; fallback?: number; min?: number; max?: number; step?: number }
  | { c: 'select'; options: readonly string[]; names: Names; fallback?: string }
  /** A yes/no with a default: shows the value in effect. */
  | { c: 'toggle'; fallback: boolean }
  /** Several of a fixed set (checkboxes). */
  | { c: 'choices'; options: readonly string[]; names: Names; required?: boolean }
  /** A list of texts. */
  | {
      c: 'strings';
      required?: boolean;
      suggest?: Suggest;
      names?: Names;
      type?: 'date';
      multiline?: boolean;
      example?: string;
    }
  /** One text per pack language. */
  | { c: 'langText'; required?: boolean; multiline?: boolean }
  /** A list of texts per pack language. */
  | { c: 'langStrings' }
  /** Per pack language: one text, or several ways of saying it. */
  | { c: 'variants' }
  /** Word → word (a record). */
  | { c: 'swap' }
  /** Pairs of spellings. */
  | { c: 'pairs' }
  /** Rule id → off or a level. */
  | { c: 'overrides' }
  /** Platform → most characters. */
  | { c: 'limits' }
  /** `pass`, or the rules an example must trip. */
  | { c: 'expect' }
  /** Opening times of one weekday. */
  | { c: 'intervals' };

export interface Texts {
  label: MessageKey;
  help?: MessageKey;
  /** Placeholders the help text shows as they are written in a pack, e.g. `initials` for `{initials}`. */
  keep?: readonly string[];
}

export interface Leaf extends Texts {
  t: 'leaf';
  control: Control;
}

export interface Group extends Texts {
  t: 'group';
  fields: Fields;
  /** Rendered without its own frame: the section around it already says what it is. */
  flat?: boolean;
  /** An optional part of the pack: a checkbox adds it (with `create()`) or removes it. */
  optional?: { toggle: MessageKey; create: () => Json };
}

/** A custom rule: pick the kind, then its fields. */
export interface Kinds extends Texts {
  t: 'kinds';
  base: Fields;
  kinds: Record<string, Fields>;
  /** What a rule of this kind needs beyond the common fields, when switching to it. */
  start: Record<string, () => Json>;
}

export interface List extends Texts {
  t: 'list';
  item: Group | Kinds;
  create: () => Json;
  /** "Block {number}" */
  itemName: MessageKey;
  add: MessageKey;
  /** A short name of an item for its heading, from the item itself (label, term, id). */
  title: readonly string[];
}

export type Node = Leaf | Group | Kinds | List;
export type Fields = Record<string, Node>;

export interface Section {
  id: string;
  title: MessageKey;
  intro?: MessageKey;
  /** Top-level keys of the pack shown in this section. */
  fields: Fields;
}

const leaf = (
  label: MessageKey,
  control: Control,
  help?: MessageKey,
  keep?: readonly string[],
): Leaf => ({
  t: 'leaf',
  label,
  control,
  ...(help ? { help } : {}),
  ...(keep ? { keep } : {}),
});

const text = { c: 'text' } as const;
const requiredText = { c: 'text', required: true } as const;
const level = {
  c: 'select',
  options: ['error', 'warning', 'suggestion'],
  names: 'level',
  fallback: 'warning',
} as const;
const words = { c: 'strings' } as const;

const ruleBase: Fields = {
  id: leaf('pf_rule_id', { c: 'text', required: true, example: 'no-cheap' }, 'pf_rule_id_help'),
  message: leaf('pf_rule_message', { c: 'text', required: true }, 'pf_rule_message_help'),
  level: leaf('pf_rule_level', level, 'pf_rule_level_help'),
  link: leaf('pf_rule_link', { c: 'text', type: 'url', example: 'https://' }, 'pf_rule_link_help'),
  languages: leaf(
    'pf_rule_languages',
    { c: 'choices', options: LANGUAGES, names: 'language' },
    'pf_rule_languages_help',
  ),
};
const ignorecase = leaf('pf_rule_ignorecase', { c: 'toggle', fallback: true });
const exceptions = leaf('pf_rule_exceptions', words, 'pf_rule_exceptions_help');

const weekday = (label: MessageKey) => leaf(label, { c: 'intervals' });

export const SECTIONS: readonly Section[] = [
  {
    id: 'basics',
    title: 'pf_section_basics',
    fields: {
      name: leaf('pf_name', requiredText, 'pf_name_help'),
      id: leaf('pf_id', { c: 'text', required: true, example: 'acme-care' }, 'pf_id_help'),
      version: leaf(
        'pf_version',
        { c: 'text', required: true, example: '1.0.0' },
        'pf_version_help',
      ),
      languages: leaf(
        'pf_languages',
        { c: 'choices', options: LANGUAGES, names: 'language', required: true },
        'pf_languages_help',
      ),
      description: leaf('pf_description', { c: 'text', multiline: true }, 'pf_description_help'),
      $schema: leaf('pf_schema', text, 'pf_schema_help'),
    },
  },
  {
    id: 'tone',
    title: 'pf_section_tone',
    intro: 'pf_section_tone_intro',
    fields: {
      tone: {
        t: 'group',
        label: 'pf_section_tone',
        flat: true,
        fields: {
          persona: leaf('pf_persona', { c: 'text', multiline: true }, 'pf_persona_help'),
          formality: leaf('pf_formality', {
            c: 'select',
            options: ['casual', 'neutral', 'formal'],
            names: 'formality',
            fallback: 'neutral',
          }),
          firstPerson: leaf(
            'pf_first_person',
            {
              c: 'select',
              options: ['singular', 'plural'],
              names: 'firstPerson',
              fallback: 'singular',
            },
            'pf_first_person_help',
          ),
          greetByName: leaf(
            'pf_greet_by_name',
            { c: 'toggle', fallback: true },
            'pf_greet_by_name_help',
          ),
          maxExclamations: leaf('pf_max_exclamations', {
            c: 'number',
            int: true,
            min: 0,
            fallback: 1,
          }),
          emoji: {
            t: 'group',
            label: 'pf_emoji',
            fields: {
              max: leaf('pf_emoji_max', { c: 'number', int: true, min: 0, fallback: 3 }),
              allowed: leaf('pf_emoji_allowed', words, 'pf_emoji_allowed_help'),
            },
          },
          signOff: {
            t: 'group',
            label: 'pf_sign_off',
            optional: { toggle: 'pf_sign_off_toggle', create: () => ({ template: '^{initials}' }) },
            fields: {
              template: leaf(
                'pf_sign_off_template',
                { c: 'text', required: true, example: '^{initials}' },
                'pf_sign_off_template_help',
                ['agent', 'initials'],
              ),
              platforms: leaf(
                'pf_sign_off_platforms',
                { c: 'choices', options: PLATFORM_IDS, names: 'platform' },
                'pf_sign_off_platforms_help',
              ),
            },
          },
        },
      },
    },
  },
  {
    id: 'vocabulary',
    title: 'pf_section_vocabulary',
    intro: 'pf_section_vocabulary_intro',
    fields: {
      vocabulary: {
        t: 'group',
        label: 'pf_section_vocabulary',
        flat: true,
        fields: {
          terms: leaf('pf_terms', words, 'pf_terms_help'),
          banned: {
            t: 'list',
            label: 'pf_banned',
            help: 'pf_banned_help',
            itemName: 'pf_banned_item',
            add: 'pf_banned_add',
            title: ['term'],
            create: () => ({ term: '', reason: '' }),
            item: {
              t: 'group',
              label: 'pf_banned',
              fields: {
                term: leaf('pf_banned_term', requiredText),
                reason: leaf('pf_banned_reason', requiredText, 'pf_banned_reason_help'),
                replacement: leaf('pf_banned_replacement', text, 'pf_banned_replacement_help'),
              },
            },
          },
          preferred: {
            t: 'list',
            label: 'pf_preferred',
            help: 'pf_preferred_help',
            itemName: 'pf_preferred_item',
            add: 'pf_preferred_add',
            title: ['use'],
            create: () => ({ use: '', insteadOf: [] }),
            item: {
              t: 'group',
              label: 'pf_preferred',
              fields: {
                use: leaf('pf_preferred_use', requiredText),
                insteadOf: leaf(
                  'pf_preferred_instead_of',
                  { c: 'strings', required: true },
                  'pf_preferred_instead_of_help',
                ),
              },
            },
          },
          avoidPhrases: {
            t: 'list',
            label: 'pf_avoid',
            help: 'pf_avoid_help',
            itemName: 'pf_avoid_item',
            add: 'pf_avoid_add',
            title: ['phrase'],
            create: () => ({ phrase: '' }),
            item: {
              t: 'group',
              label: 'pf_avoid',
              fields: {
                phrase: leaf('pf_avoid_phrase', requiredText),
                reason: leaf('pf_avoid_reason', text),
                replacement: leaf('pf_avoid_replacement', text),
              },
            },
          },
        },
      },
    },
  },
  {
    id: 'readability',
    title: 'pf_section_readability',
    intro: 'pf_section_readability_intro',
    fields: {
      readability: {
        t: 'group',
        label: 'pf_section_readability',
        flat: true,
        fields: {
          maxSentenceWords: leaf('pf_max_sentence_words', {
            c: 'number',
            int: true,
            min: 5,
            fallback: 25,
          }),
          maxGrade: leaf(
            'pf_max_grade',
            { c: 'number', min: 1, fallback: 8, step: 0.5 },
            'pf_max_grade_help',
          ),
          maxLix: leaf('pf_max_lix', { c: 'number', min: 10, fallback: 40 }, 'pf_max_lix_help'),
          maxHashtags: leaf('pf_max_hashtags', { c: 'number', int: true, min: 0, fallback: 2 }),
        },
      },
    },
  },
  {
    id: 'rules',
    title: 'pf_section_rules',
    intro: 'pf_section_rules_intro',
    fields: {
      rules: {
        t: 'list',
        label: 'pf_section_rules',
        itemName: 'pf_rule_item',
        add: 'pf_rule_add',
        title: ['id'],
        create: () => ({ id: '', kind: 'existence', message: '' }),
        item: {
          t: 'kinds',
          label: 'pf_rule_kind',
          help: 'pf_rule_kind_help',
          base: ruleBase,
          kinds: {
            existence: {
              tokens: leaf('pf_rule_tokens', words, 'pf_rule_tokens_help'),
              raw: leaf('pf_rule_raw', words, 'pf_rule_raw_help'),
              ignorecase,
              exceptions,
            },
            substitution: {
              swap: leaf('pf_rule_swap', { c: 'swap' }, 'pf_rule_swap_help'),
              ignorecase,
            },
            occurrence: {
              token: leaf('pf_rule_token', requiredText, 'pf_rule_token_help'),
              scope: leaf('pf_rule_scope', {
                c: 'select',
                options: ['text', 'sentence'],
                names: 'scope',
                fallback: 'text',
              }),
              min: leaf('pf_rule_min', { c: 'number', int: true, min: 0 }),
              max: leaf('pf_rule_max', { c: 'number', int: true, min: 0 }),
            },
            capitalization: {
              match: leaf('pf_rule_match', {
                c: 'select',
                options: ['$sentence', '$lower', '$upper'],
                names: 'match',
              }),
              exceptions,
            },
            consistency: {
              either: leaf('pf_rule_either', { c: 'pairs' }, 'pf_rule_either_help'),
              ignorecase,
            },
            conditional: {
              first: leaf('pf_rule_first', requiredText, 'pf_rule_first_help'),
              second: leaf('pf_rule_second', requiredText, 'pf_rule_second_help'),
              exceptions,
            },
            metric: {
              metric: leaf('pf_rule_metric', { c: 'select', options: METRICS, names: 'metric' }),
              min: leaf('pf_rule_metric_min', { c: 'number' }),
              max: leaf('pf_rule_metric_max', { c: 'number' }),
            },
          },
          start: {
            existence: () => ({}),
            substitution: () => ({ swap: {} }),
            occurrence: () => ({ token: '' }),
            capitalization: () => ({ match: '$sentence' }),
            consistency: () => ({ either: [] }),
            conditional: () => ({ first: '', second: '' }),
            metric: () => ({ metric: 'words' }),
          },
        },
      },
    },
  },
  {
    id: 'overrides',
    title: 'pf_section_overrides',
    intro: 'pf_section_overrides_intro',
    fields: { overrides: leaf('pf_section_overrides', { c: 'overrides' }) },
  },
  {
    id: 'limits',
    title: 'pf_section_limits',
    intro: 'pf_section_limits_intro',
    fields: { limits: leaf('pf_section_limits', { c: 'limits' }) },
  },
  {
    id: 'blocks',
    title: 'pf_section_blocks',
    intro: 'pf_section_blocks_intro',
    fields: {
      blocks: {
        t: 'list',
        label: 'pf_section_blocks',
        itemName: 'pf_block_item',
        add: 'pf_block_add',
        title: ['label', 'id'],
        create: () => ({ id: '', label: '', kind: 'answer', text: {} }),
        item: {
          t: 'group',
          label: 'pf_section_blocks',
          fields: {
            label: leaf('pf_block_label', requiredText, 'pf_block_label_help'),
            id: leaf(
              'pf_block_id',
              { c: 'text', required: true, example: 'late-parcel' },
              'pf_block_id_help',
            ),
            kind: leaf(
              'pf_block_kind',
              { c: 'select', options: BLOCK_KINDS, names: 'blockKind' },
              'pf_block_kind_help',
            ),
            text: leaf('pf_block_text', { c: 'variants' }, 'pf_block_text_help', [
              'agent',
              'initials',
              'name',
              'order',
              'product',
              'time',
              'topic',
            ]),
            intents: leaf(
              'pf_block_intents',
              { c: 'strings', suggest: 'intents', names: 'intent' },
              'pf_block_intents_help',
            ),
            intensities: leaf(
              'pf_block_intensities',
              { c: 'choices', options: INTENSITIES, names: 'intensity' },
              'pf_block_intensities_help',
            ),
            audience: leaf(
              'pf_block_audience',
              { c: 'select', options: AUDIENCES, names: 'audience' },
              'pf_block_audience_help',
            ),
          },
        },
      },
    },
  },
  {
    id: 'hours',
    title: 'pf_section_hours',
    intro: 'pf_section_hours_intro',
    fields: {
      hours: {
        t: 'group',
        label: 'pf_section_hours',
        flat: true,
        optional: {
          toggle: 'pf_hours_toggle',
          create: () => ({ timeZone: localTimeZone(), week: {}, afterHours: {} }),
        },
        fields: {
          timeZone: leaf(
            'pf_hours_time_zone',
            { c: 'text', required: true, suggest: 'timeZones', example: 'Europe/Berlin' },
            'pf_hours_time_zone_help',
          ),
          week: {
            t: 'group',
            label: 'pf_hours_week',
            help: 'pf_hours_week_help',
            fields: {
              mon: weekday('pf_weekday_mon'),
              tue: weekday('pf_weekday_tue'),
              wed: weekday('pf_weekday_wed'),
              thu: weekday('pf_weekday_thu'),
              fri: weekday('pf_weekday_fri'),
              sat: weekday('pf_weekday_sat'),
              sun: weekday('pf_weekday_sun'),
            },
          },
          closed: leaf('pf_hours_closed', { c: 'strings', type: 'date' }, 'pf_hours_closed_help'),
          afterHours: leaf(
            'pf_hours_after',
            { c: 'langText', required: true, multiline: true },
            'pf_hours_after_help',
            ['agent', 'initials', 'name', 'time'],
          ),
        },
      },
    },
  },
  {
    id: 'abuse',
    title: 'pf_section_abuse',
    fields: {
      abuse: {
        t: 'group',
        label: 'pf_section_abuse',
        flat: true,
        fields: {
          replyAllowed: leaf(
            'pf_abuse_reply',
            { c: 'toggle', fallback: false },
            'pf_abuse_reply_help',
          ),
          steps: leaf('pf_abuse_steps', { c: 'strings', multiline: true }, 'pf_abuse_steps_help'),
        },
      },
    },
  },
  {
    id: 'escalation',
    title: 'pf_section_escalation',
    intro: 'pf_section_escalation_intro',
    fields: {
      escalation: {
        t: 'list',
        label: 'pf_section_escalation',
        itemName: 'pf_playbook_item',
        add: 'pf_playbook_add',
        title: ['label', 'id'],
        create: () => ({ id: '', label: '', triggers: {}, severity: 'medium', steps: [] }),
        item: {
          t: 'group',
          label: 'pf_section_escalation',
          fields: {
            label: leaf('pf_playbook_label', requiredText),
            id: leaf(
              'pf_playbook_id',
              { c: 'text', required: true, example: 'legal-threat' },
              'pf_playbook_id_help',
            ),
            severity: leaf('pf_playbook_severity', {
              c: 'select',
              options: ['low', 'medium', 'high', 'critical'],
              names: 'severity',
            }),
            triggers: leaf(
              'pf_playbook_triggers',
              { c: 'langStrings' },
              'pf_playbook_triggers_help',
            ),
            cues: leaf(
              'pf_playbook_cues',
              { c: 'choices', options: ESCALATION_CUES, names: 'cue' },
              'pf_playbook_cues_help',
            ),
            minIntensity: leaf(
              'pf_playbook_min_intensity',
              { c: 'number', min: 0, max: 1, step: 0.05 },
              'pf_playbook_min_intensity_help',
            ),
            steps: leaf(
              'pf_playbook_steps',
              { c: 'strings', required: true, multiline: true },
              'pf_playbook_steps_help',
            ),
            holdingReply: leaf(
              'pf_playbook_holding',
              { c: 'langText', multiline: true },
              'pf_playbook_holding_help',
            ),
            handOffTo: leaf('pf_playbook_hand_off', text, 'pf_playbook_hand_off_help'),
          },
        },
      },
    },
  },
  {
    id: 'examples',
    title: 'pf_section_examples',
    intro: 'pf_section_examples_intro',
    fields: {
      examples: {
        t: 'list',
        label: 'pf_section_examples',
        itemName: 'pf_example_item',
        add: 'pf_example_add',
        title: ['text'],
        create: () => ({ text: '', expect: 'pass' }),
        item: {
          t: 'group',
          label: 'pf_section_examples',
          fields: {
            text: leaf('pf_example_text', { c: 'text', required: true, multiline: true }),
            expect: leaf('pf_example_expect', { c: 'expect' }),
            platform: leaf(
              'pf_example_platform',
              { c: 'select', options: PLATFORM_IDS, names: 'platform' },
              'pf_example_platform_help',
            ),
            language: leaf(
              'pf_example_language',
              { c: 'select', options: LANGUAGES, names: 'language' },
              'pf_example_language_help',
            ),
            customerName: leaf('pf_example_customer', text, 'pf_example_customer_help'),
            note: leaf('pf_example_note', text, 'pf_example_note_help'),
          },
        },
      },
    },
  },
];

function localTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** Deeper parts of the pack that one control edits as a whole (a test compares them to the schema). */
export function controlCovers(control: Control): readonly string[] {
  switch (control.c) {
    case 'limits':
      return ['{}.maxChars'];
    case 'intervals':
      return ['[].from', '[].to'];
    case 'expect':
      return ['.trips'];
    default:
      return [];
  }
}
