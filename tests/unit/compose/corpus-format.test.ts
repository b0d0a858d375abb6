import { describe, expect, it } from 'vitest';
import {
  CORPUS_LANGUAGES,
  MESSAGE_CUES,
  corpusItemSchema,
  loadCorpus,
  readCorpusJson,
  type CorpusItem,
} from '../../fixtures/messages/corpus';
import { defaultPack } from '../../../lib/voice';
import { INTENSITIES, INTENTS } from '../../../lib/voice/taxonomy';

const MIN_PER_LANGUAGE = { en: 90, de: 45, sv: 45 } as const;
const MIN_TOTAL = 180;
const MIN_CRISIS = 30;
const MIN_PER_CUE = 4;

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

describe('message corpus format', () => {
  it.each(CORPUS_LANGUAGES)('every item in %s.json matches the schema', (language) => {
    const raw = readCorpusJson(language);
    expect(Array.isArray(raw), `${language}.json must hold an array`).toBe(true);
    const problems = (raw as unknown[]).flatMap((entry, index) => {
      const parsed = corpusItemSchema.safeParse(entry);
      if (parsed.success) return [];
      const id = (entry as { id?: unknown }).id ?? `#${index}`;
      return parsed.error.issues.map(
        (issue) => `${language}.json ${String(id)} ${issue.path.join('.')}: ${issue.message}`,
      );
    });
    expect(problems).toEqual([]);
  });

  const corpus = loadCorpus();
  const byLanguage = (language: string) => corpus.filter((item) => item.language === language);

  it('ids are unique, numbered in order and match the file language', () => {
    const ids = corpus.map((item) => item.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    for (const language of CORPUS_LANGUAGES) {
      const items = byLanguage(language);
      const wrong = items.filter(
        (item, index) => item.id !== `${language}-${String(index + 1).padStart(3, '0')}`,
      );
      expect(wrong.map((item) => item.id)).toEqual([]);
    }
  });

  it('no text appears twice (within or across languages)', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const item of corpus) {
      const key = item.text.trim().toLowerCase();
      const earlier = seen.get(key);
      if (earlier) duplicates.push(`${item.id} repeats ${earlier}: ${item.text}`);
      else seen.set(key, item.id);
    }
    expect(duplicates).toEqual([]);
  });

  it('has enough messages per language', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(MIN_TOTAL);
    for (const language of CORPUS_LANGUAGES) {
      expect(byLanguage(language).length, language).toBeGreaterThanOrEqual(
        MIN_PER_LANGUAGE[language],
      );
    }
  });

  it('covers every intent and every intensity in every language', () => {
    const missing: string[] = [];
    for (const language of CORPUS_LANGUAGES) {
      const items = byLanguage(language);
      const intents = countBy(items, (item) => item.intent);
      const intensities = countBy(items, (item) => item.intensity);
      for (const intent of INTENTS) {
        if ((intents.get(intent) ?? 0) < 2) missing.push(`${language}: fewer than 2 "${intent}"`);
      }
      for (const intensity of INTENSITIES) {
        if ((intensities.get(intensity) ?? 0) < 2)
          missing.push(`${language}: fewer than 2 "${intensity}"`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has the crisis cases: every cue at least 4 times, 30 in all, and in every language', () => {
    const crisis = corpus.filter((item) => item.escalation.length > 0);
    expect(crisis.length).toBeGreaterThanOrEqual(MIN_CRISIS);
    const cues = countBy(
      crisis.flatMap((item) => item.escalation),
      (cue) => cue,
    );
    for (const cue of MESSAGE_CUES) {
      expect(cues.get(cue) ?? 0, `cue "${cue}"`).toBeGreaterThanOrEqual(MIN_PER_CUE);
    }
    for (const language of CORPUS_LANGUAGES) {
      const languageCues = new Set(
        byLanguage(language).flatMap((item) => item.escalation as string[]),
      );
      expect(
        [...MESSAGE_CUES].filter((cue) => !languageCues.has(cue)),
        language,
      ).toEqual([]);
    }
  });

  it('tags "crisis" exactly the items with an escalation cue, and look-alikes never escalate', () => {
    const wrong = corpus.filter(
      (item) => item.tags.includes('crisis') !== item.escalation.length > 0,
    );
    expect(wrong.map((item) => item.id)).toEqual([]);
    const lookalikes = corpus.filter((item) => item.tags.includes('lookalike'));
    expect(lookalikes.length).toBeGreaterThanOrEqual(15);
    expect(lookalikes.filter((item) => item.escalation.length > 0).map((item) => item.id)).toEqual(
      [],
    );
    for (const language of CORPUS_LANGUAGES) {
      expect(
        lookalikes.some((item) => item.language === language),
        language,
      ).toBe(true);
    }
  });

  it('has the hard cases: sarcasm, mixed feelings, emoji-only, one-word, caps, negation', () => {
    const tags = countBy(
      corpus.flatMap((item) => item.tags),
      (tag) => tag,
    );
    for (const tag of ['sarcasm', 'mixed', 'emoji-only', 'one-word', 'caps', 'negation']) {
      expect(tags.get(tag) ?? 0, `tag "${tag}"`).toBeGreaterThanOrEqual(4);
    }
    const emojiOnly = corpus.filter((item) => item.tags.includes('emoji-only'));
    const letters = /\p{L}|\p{N}/u;
    expect(emojiOnly.filter((item) => letters.test(item.text)).map((item) => item.id)).toEqual([]);
    const oneWord = corpus.filter((item) => item.tags.includes('one-word'));
    expect(oneWord.filter((item) => /\s/.test(item.text.trim())).map((item) => item.id)).toEqual(
      [],
    );
  });

  it('labels are self-consistent', () => {
    const problems: string[] = [];
    for (const item of corpus) {
      if (item.secondaryIntent === item.intent)
        problems.push(`${item.id}: secondaryIntent repeats intent`);
      if (new Set(item.escalation).size !== item.escalation.length)
        problems.push(`${item.id}: a cue is listed twice`);
      if (item.tags.includes('mixed') && item.secondaryIntent === undefined)
        problems.push(`${item.id}: "mixed" needs a secondaryIntent (the other feeling)`);
      // Entities are quoted from the text, so a reader can find each one where the customer wrote it.
      for (const [field, values] of Object.entries(item.entities ?? {})) {
        for (const value of values) {
          if (!item.text.toLowerCase().includes(value.toLowerCase()))
            problems.push(`${item.id}: entities.${field} "${value}" is not in the text`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('labels products only from the default pack’s vocabulary.terms, in the pack’s casing', () => {
    const terms = new Set(defaultPack.vocabulary.terms);
    const products = corpus.flatMap((item: CorpusItem) =>
      (item.entities?.products ?? []).map((product) => ({ id: item.id, product })),
    );
    expect(products.length).toBeGreaterThanOrEqual(15);
    expect(products.filter(({ product }) => !terms.has(product))).toEqual([]);
  });

  it('holds out about a third of each language, spread over the intents', () => {
    for (const language of CORPUS_LANGUAGES) {
      const items = byLanguage(language);
      const holdout = items.filter((item) => item.split === 'holdout');
      const share = holdout.length / items.length;
      expect(share, language).toBeGreaterThan(0.25);
      expect(share, language).toBeLessThan(0.42);
      const intents = new Set(holdout.map((item) => item.intent));
      expect(
        INTENTS.filter((intent) => !intents.has(intent)),
        language,
      ).toEqual([]);
    }
    const crisisHoldout = corpus.filter(
      (item) => item.split === 'holdout' && item.escalation.length > 0,
    );
    expect(crisisHoldout.length).toBeGreaterThanOrEqual(5);
  });
});
