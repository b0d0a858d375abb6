import type { Language } from '../../voice/schema';
import type { TopicNoun } from '../data/types';
import type { Lexicon } from './lexicon';
import { AFTER, BEFORE, L } from './text';

// German blocks put the topic after "mit" ("So sollte es mit {topic} nicht laufen"), so German
// topics are given in the dative: "mein Paket" → "deinem Paket", "die App" → "der App".
const DATIVE_ARTICLE = { m: 'dem', n: 'dem', f: 'der', p: 'den' } as const;
const DATIVE_YOUR = { m: 'deinem', n: 'deinem', f: 'deiner', p: 'deinen' } as const;

const DETERMINERS: Record<Language, string> = {
  en: 'my|our|your|ur|the|this|that|these|those',
  de: 'mein|meine|meinen|meinem|meiner|meines|unser|unsere|unseren|unserem|unserer|euer|eure|euren|eurem|eurer|ihr|ihre|ihren|ihrem|ihrer|der|die|das|den|dem|des|dieser|diese|dieses|diesen|diesem',
  sv: 'min|mitt|mina|vår|vårt|våra|er|ert|era|den|det|de|denna|detta|dessa',
};
const LINKS: Record<Language, string> = {
  en: 'on|of|for|from|with|in',
  de: 'an|von|bei|auf|in|für',
  sv: 'på|till|i|för|från|med',
};
const OWNER: Record<Language, string> = {
  en: 'my|our|the|your',
  de: 'meiner|meinem|meinen|meine|mein|der|dem|den|die|das|eurer|eurem|ihrer|ihrem',
  sv: 'min|mitt|mina|er|ert|era',
};

interface Candidate {
  at: number;
  end: number;
  phrase: string;
  rank: number;
  compound: boolean;
}

const MY: Record<Language, RegExp> = {
  en: /^(?:my|our)$/i,
  de: /^(?:mein|unser)/i,
  sv: /^(?:min|mitt|mina|vår|vårt|våra)$/i,
};

function restate(
  language: Language,
  lex: Lexicon,
  det: string | undefined,
  noun: string,
  spec: TopicNoun,
  modifier?: string,
): string {
  const lower = det?.toLowerCase();
  if (language === 'en') {
    const swapped = lower ? (lex.data.possessives[lower] ?? 'the') : 'the';
    return [swapped, modifier, noun.toLowerCase()].filter(Boolean).join(' ');
  }
  if (language === 'de') {
    const gender = spec.gender ?? 'n';
    const mine = lower !== undefined && /^(?:mein|unser)/.test(lower);
    // Adjectives after a dative article end in -en: "meine neue Jacke" → "deiner neuen Jacke".
    const adjective = modifier?.replace(/(?:e|es|er|em|en)$/u, 'en');
    return [mine ? DATIVE_YOUR[gender] : DATIVE_ARTICLE[gender], adjective, noun]
      .filter(Boolean)
      .join(' ');
  }
  // Swedish: a possessive of the customer's becomes the agent's ("min order" → "din order");
  // anything else becomes the definite form ("er app", "appen" → "appen").
  if (lower && lex.data.possessives[lower]) {
    return [lex.data.possessives[lower], modifier, noun.toLowerCase()].filter(Boolean).join(' ');
  }
  return spec.definite ?? noun.toLowerCase();
}

function swapOwner(language: Language, lex: Lexicon, owner: string): string {
  const lower = owner.toLowerCase();
  if (language === 'de') {
    if (/^mein/.test(lower)) return lower.replace(/^mein/, 'dein');
    if (/^unser/.test(lower)) return lower.replace(/^unser/, 'dein');
    if (/^(?:eur|ihr)/.test(lower))
      return lower.startsWith('eur')
        ? lower.replace(/^eur/, 'unser')
        : lower.replace(/^ihr/, 'unser');
    return lower;
  }
  if (language === 'en') return lower === 'your' ? 'our' : (lex.data.possessives[lower] ?? lower);
  return (
    lex.data.possessives[lower] ??
    ({ er: 'vår', ert: 'vårt', era: 'våra' } as Record<string, string>)[lower] ??
    lower
  );
}

/**
 * What the message is about, restated from the agent's side and short enough for
 * "That's not how {topic} should go": the first product or service noun, with the customer's
 * possessive turned around ("my order" → "your order") and a part kept with its whole
 * ("the zip on my jacket" → "the zip on your jacket"). Empty when no known noun is found.
 */
interface TopicPatterns {
  nouns: { spec: TopicNoun; re: RegExp }[];
  /** Any topic noun, whole: is the "jacket" in "the zip on my jacket" a thing we know? */
  anyNoun: RegExp;
}

const patternCache = new Map<Language, TopicPatterns>();

function patterns(language: Language, lex: Lexicon): TopicPatterns {
  let compiled = patternCache.get(language);
  if (!compiled) {
    const dets = DETERMINERS[language];
    compiled = {
      nouns: lex.topicNouns.map(({ noun: spec }) => ({
        spec,
        re: new RegExp(
          `${BEFORE}(?:(${dets})\\s+(?:([${L}-]+)\\s+)?)?((?:${spec.match}))${AFTER}(?:\\s+(${LINKS[language]})\\s+(${OWNER[language]})\\s+([${L}-]+))?`,
          'gi',
        ),
      })),
      anyNoun: new RegExp(`^(?:${lex.topicNouns.map((t) => t.noun.match).join('|')})$`, 'iu'),
    };
    patternCache.set(language, compiled);
  }
  return compiled;
}

export function readTopic(text: string, language: Language, lex: Lexicon): string {
  const { nouns, anyNoun } = patterns(language, lex);
  const candidates: Candidate[] = [];
  nouns.forEach(({ spec, re }, group) => {
    for (const m of text.matchAll(re)) {
      const det = m[1];
      const noun = language === 'de' ? m[3]!.charAt(0).toUpperCase() + m[3]!.slice(1) : m[3]!;
      let phrase = restate(language, lex, det, noun, spec, m[2]);
      // Prefer what the customer calls theirs, then a noun with an article, then a bare noun;
      // the last group (support, service, reply) only when nothing else is named.
      const last = group === lex.topicNouns.length - 1 && language === 'en';
      let rank = (det && MY[language].test(det) ? 0 : det ? 1 : 2) + (last ? 10 : 0);
      const whole = m[6];
      const compound =
        m[4] !== undefined && m[5] !== undefined && whole !== undefined && anyNoun.test(whole);
      const end = m.index + m[0].length;
      if (compound) {
        phrase += ` ${m[4]!.toLowerCase()} ${swapOwner(language, lex, m[5]!)} ${language === 'en' ? whole.toLowerCase() : whole}`;
        if (MY[language].test(m[5]!) || /^mein|^unser/i.test(m[5]!)) rank = Math.min(rank, 0);
      }
      candidates.push({ at: m.index, end, phrase, rank, compound });
    }
  });
  // The whole in "the zip on my jacket" is part of the compound, not a topic of its own.
  const compounds = candidates.filter((c) => c.compound);
  const standalone = candidates.filter(
    (c) => c.compound || !compounds.some((k) => c.at > k.at && c.at < k.end),
  );
  standalone.sort((a, b) => a.rank - b.rank || a.at - b.at);
  return standalone[0]?.phrase ?? namedThing(text, language, lex);
}

// A product the lexicon cannot know ("Is the Kettle Pro in it?"): English and Swedish write
// names with capitals after a determiner, where German capitalizes every noun.
const NAMED_THING: Partial<Record<Language, RegExp>> = {
  en: /(?<![\p{L}\p{N}])([Mm]y|[Oo]ur|[Tt]he|[Yy]our)\s+(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*|\s+\p{N}+){0,3})/u,
  sv: /(?<![\p{L}\p{N}])([Mm]in|[Mm]itt|[Mm]ina|[Vv]år|[Vv]årt|[Vv]åra|[Ee]r|[Ee]rt|[Ee]ra)\s+(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*|\s+\p{N}+){0,3})/u,
};

function namedThing(text: string, language: Language, lex: Lexicon): string {
  const match = NAMED_THING[language]?.exec(text);
  if (!match) return '';
  const det = match[1]!.toLowerCase();
  const owner = language === 'en' && det === 'the' ? 'the' : (lex.data.possessives[det] ?? det);
  return `${owner} ${match[2]}`;
}
