import { PLATFORM_LIMITS } from '../platforms/limits';
import { PLATFORM_IDS } from '../platforms';
import { BUILTIN_RULE_IDS } from '../rules/ids';
import { formatPath, type PackProblem, type PathSegment } from './problems';
import { say, type Speaker } from './say';
import { didYouMean } from './suggest';
import { LANGUAGES } from './schema';
import { INTENTS } from './taxonomy';

// Checks the schema cannot express. They read the raw input defensively, so they still report
// when the schema found other problems.

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function entriesOf(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}

const BLOCK_PLACEHOLDERS = ['name', 'agent', 'initials', 'topic', 'time', 'order', 'product'];
const PLACEHOLDERS = {
  block: BLOCK_PLACEHOLDERS,
  // What we know from customer memory makes sense only where the customer is known to be back.
  returningBlock: [...BLOCK_PLACEHOLDERS, 'last-topic', 'last-outcome'],
  afterHours: ['name', 'agent', 'initials', 'time'],
  signOff: ['initials', 'agent'],
};
const MEMORY_PLACEHOLDERS = ['last-topic', 'last-outcome'];

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

function minutes(time: unknown): number | undefined {
  if (typeof time !== 'string') return undefined;
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

export function checkSemantics(
  data: unknown,
  speaker: Speaker = {},
): { errors: PackProblem[]; warnings: PackProblem[] } {
  const errors: PackProblem[] = [];
  const warnings: PackProblem[] = [];
  if (!isObject(data)) return { errors, warnings };
  const error = (path: PathSegment[], message: string) =>
    errors.push({ path: formatPath(path), message });
  const warn = (path: PathSegment[], message: string) =>
    warnings.push({ path: formatPath(path), message });

  // Languages: duplicates are errors; everything else is checked against the set.
  const declared = list(data.languages).filter((l): l is string => typeof l === 'string');
  const languages = new Set<string>();
  declared.forEach((language, i) => {
    if (languages.has(language))
      error(['languages', i], say(speaker, 'voice_duplicate_language', { language }));
    languages.add(language);
  });
  const knownLanguages =
    Array.isArray(data.languages) &&
    declared.every((l) => (LANGUAGES as readonly string[]).includes(l));
  const checkLanguage = (path: PathSegment[], language: string) => {
    if (
      knownLanguages &&
      (LANGUAGES as readonly string[]).includes(language) &&
      !languages.has(language)
    ) {
      error(
        path,
        say(speaker, 'voice_language_not_declared', {
          language,
          languages: [...languages].join(', '),
        }),
      );
    }
  };
  const missingLanguages = (record: unknown) =>
    [...languages].filter((l) => isObject(record) && !(l in record));

  const duplicates = (section: string) => {
    const seen = new Map<string, number>();
    list(data[section]).forEach((item, i) => {
      const id = isObject(item) ? item.id : undefined;
      if (typeof id !== 'string') return;
      const first = seen.get(id);
      if (first === undefined) seen.set(id, i);
      else
        error(
          [section, i, 'id'],
          say(speaker, 'voice_duplicate_id', { id, first: formatPath([section, first]) }),
        );
    });
  };
  duplicates('rules');
  duplicates('blocks');
  duplicates('escalation');

  const customIds = new Set(
    list(data.rules)
      .map((rule) => (isObject(rule) ? rule.id : undefined))
      .filter((id): id is string => typeof id === 'string'),
  );
  const ruleIds = [...BUILTIN_RULE_IDS, ...[...customIds].map((id) => `brand.custom.${id}`)];
  const isRuleId = (id: string) => ruleIds.includes(id);
  const suggestRule = (id: string) =>
    customIds.has(id)
      ? say(speaker, 'voice_did_you_mean', { suggestion: `"brand.custom.${id}"` })
      : didYouMean(id, ruleIds, speaker);

  list(data.rules).forEach((rule, i) => {
    if (!isObject(rule)) return;
    list(rule.languages).forEach((language, j) => {
      if (typeof language === 'string') checkLanguage(['rules', i, 'languages', j], language);
    });
    if (rule.kind !== 'occurrence' && rule.kind !== 'metric') return;
    const { min, max } = rule;
    if (min === undefined && max === undefined)
      error(['rules', i], say(speaker, 'voice_needs_min_or_max'));
    if (typeof min === 'number' && typeof max === 'number' && min > max) {
      error(['rules', i, 'min'], say(speaker, 'voice_min_above_max', { max }));
    }
  });

  for (const [id] of entriesOf(data.overrides)) {
    if (!isRuleId(id))
      error(['overrides', id], say(speaker, 'voice_unknown_rule') + suggestRule(id));
  }

  list(data.examples).forEach((example, i) => {
    if (!isObject(example)) return;
    if (typeof example.language === 'string')
      checkLanguage(['examples', i, 'language'], example.language);
    const trips = isObject(example.expect) ? list(example.expect.trips) : [];
    trips.forEach((id, j) => {
      if (typeof id === 'string' && !isRuleId(id.trim())) {
        error(
          ['examples', i, 'expect', 'trips', j],
          say(speaker, 'voice_unknown_rule_named', { id }) + suggestRule(id.trim()),
        );
      }
    });
  });

  const checkPlaceholders = (path: PathSegment[], text: unknown, allowed: readonly string[]) => {
    if (typeof text !== 'string') return;
    for (const [, name] of text.matchAll(/\{([^{}\s]*)\}/g)) {
      if (allowed.includes(name!)) continue;
      if (MEMORY_PLACEHOLDERS.includes(name!)) {
        error(path, say(speaker, 'voice_placeholder_returning', { placeholder: `{${name}}` }));
        continue;
      }
      const braced = allowed.map((a) => `{${a}}`);
      const hint =
        didYouMean(`{${name}}`, braced, speaker) ||
        say(speaker, 'voice_use', { options: braced.join(', ') });
      error(path, say(speaker, 'voice_unknown_placeholder', { placeholder: `{${name}}` }) + hint);
    }
  };
  if (isObject(data.tone) && isObject(data.tone.signOff)) {
    checkPlaceholders(
      ['tone', 'signOff', 'template'],
      data.tone.signOff.template,
      PLACEHOLDERS.signOff,
    );
  }

  list(data.blocks).forEach((block, i) => {
    if (!isObject(block)) return;
    const allowed =
      block.audience === 'returning' ? PLACEHOLDERS.returningBlock : PLACEHOLDERS.block;
    for (const [language, text] of entriesOf(block.text)) {
      checkLanguage(['blocks', i, 'text', language], language);
      if (Array.isArray(text)) {
        text.forEach((variant, j) =>
          checkPlaceholders(['blocks', i, 'text', language, j], variant, allowed),
        );
      } else checkPlaceholders(['blocks', i, 'text', language], text, allowed);
    }
    list(block.intents).forEach((intent, j) => {
      if (typeof intent !== 'string' || (INTENTS as readonly string[]).includes(intent)) return;
      const hint =
        didYouMean(intent, INTENTS, speaker) ||
        say(speaker, 'voice_use_one_of', { options: INTENTS.join(', ') });
      error(['blocks', i, 'intents', j], say(speaker, 'voice_unknown_intent', { intent }) + hint);
    });
    for (const language of missingLanguages(block.text))
      warn(['blocks', i, 'text'], say(speaker, 'voice_no_text', { language }));
  });

  list(data.escalation).forEach((entry, i) => {
    if (!isObject(entry)) return;
    for (const [language] of entriesOf(entry.triggers))
      checkLanguage(['escalation', i, 'triggers', language], language);
    for (const [language, text] of entriesOf(entry.holdingReply)) {
      checkLanguage(['escalation', i, 'holdingReply', language], language);
      checkPlaceholders(['escalation', i, 'holdingReply', language], text, PLACEHOLDERS.block);
    }
    for (const language of missingLanguages(entry.triggers)) {
      warn(['escalation', i, 'triggers'], say(speaker, 'voice_no_triggers', { language }));
    }
    for (const language of missingLanguages(entry.holdingReply)) {
      warn(['escalation', i, 'holdingReply'], say(speaker, 'voice_no_holding_reply', { language }));
    }
  });

  if (isObject(data.hours)) {
    const hours = data.hours;
    if (isObject(hours.week)) {
      for (const day of WEEKDAYS) {
        let previousEnd = -1;
        list(hours.week[day]).forEach((interval, j) => {
          if (!isObject(interval)) return;
          const from = minutes(interval.from);
          const to = minutes(interval.to);
          if (from === undefined || to === undefined) return;
          const path = ['hours', 'week', day, j];
          if (from >= to)
            error(
              [...path, 'to'],
              say(speaker, 'voice_to_after_from', { from: String(interval.from) }),
            );
          else if (from < previousEnd)
            error([...path, 'from'], say(speaker, 'voice_hours_overlap'));
          previousEnd = Math.max(previousEnd, to);
        });
      }
    }
    for (const [language, text] of entriesOf(hours.afterHours)) {
      checkLanguage(['hours', 'afterHours', language], language);
      checkPlaceholders(['hours', 'afterHours', language], text, PLACEHOLDERS.afterHours);
    }
    for (const language of missingLanguages(hours.afterHours))
      warn(['hours', 'afterHours'], say(speaker, 'voice_no_after_hours_text', { language }));
  }

  for (const [platform, limit] of entriesOf(data.limits)) {
    if (!(PLATFORM_IDS as readonly string[]).includes(platform) || !isObject(limit)) continue;
    const own = PLATFORM_LIMITS[platform as keyof typeof PLATFORM_LIMITS].maxChars;
    if (typeof limit.maxChars === 'number' && own !== null && limit.maxChars > own) {
      warn(
        ['limits', platform, 'maxChars'],
        say(speaker, 'voice_limit_above_platform', {
          platform: PLATFORM_LIMITS[platform as keyof typeof PLATFORM_LIMITS].label,
          limit: own,
        }),
      );
    }
  }

  for (const { path, tag } of markupIn(data, [])) {
    error(path, say(speaker, 'voice_markup', { tag: JSON.stringify(tag) }));
  }

  return { errors, warnings };
}

// A start or end tag, a comment or a doctype: "<3", "a < b" and "<name>"-free text pass.
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|<!doctype/i;
/** Fields that hold regular expressions, where `<` and `>` are syntax, not markup. */
const PATTERN_FIELDS = new Set(['raw', 'token', 'first', 'second', '$schema']);

/** Every string in the pack that contains HTML markup, with its path (patterns excepted). */
function markupIn(value: unknown, path: PathSegment[]): { path: PathSegment[]; tag: string }[] {
  if (typeof value === 'string') {
    const match = MARKUP.exec(value);
    return match ? [{ path, tag: match[0] }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, i) => markupIn(item, [...path, i]));
  if (!isObject(value)) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    const inRules = path.length === 2 && path[0] === 'rules';
    if (inRules && PATTERN_FIELDS.has(key)) return [];
    if (path.length === 0 && key === '$schema') return [];
    // Keys are data too: a substitution's wrong word or an override's rule id.
    const keyMarkup = MARKUP.exec(key);
    const own = keyMarkup ? [{ path: [...path, key], tag: keyMarkup[0] }] : [];
    return [...own, ...markupIn(item, [...path, key])];
  });
}
