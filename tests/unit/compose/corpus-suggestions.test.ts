import { describe, expect, it } from 'vitest';
import { suggestReplies } from '../../../lib/compose';
import type { SuggestResult } from '../../../lib/compose/types';
import type { PlatformId } from '../../../lib/platforms';
import { measureLength } from '../../../lib/platforms/limits';
import { splitWords } from '../../../lib/rules/text/words';
import { defaultPack } from '../../../lib/voice';
import { loadCorpus, type CorpusItem } from '../../fixtures/messages/corpus';

// Wednesday 25 March 2026, 14:10 in Berlin: the default pack's team is in.
const NOW = Date.parse('2026-03-25T13:10:00Z');
const TITLES = new Set(['dr', 'prof', 'mr', 'mrs', 'ms', 'herr', 'frau', 'fru']);

function firstName(name: string): string {
  const words = splitWords(name).map((w) => w.text);
  return words.find((w) => !TITLES.has(w.toLowerCase())) ?? words[0]!;
}

const corpus = loadCorpus();
const results = new Map<CorpusItem, SuggestResult>(
  corpus.map((item) => [
    item,
    suggestReplies({
      message: item.text,
      pack: defaultPack,
      platform: item.platform as PlatformId,
      customer: {
        ...(item.author?.name ? { name: item.author.name } : {}),
        ...(item.author?.handle ? { handle: item.author.handle } : {}),
      },
      agent: { name: 'Alex', initials: 'AB' },
      now: NOW,
    }),
  ]),
);

describe('suggestions for every corpus message, with the real analysis and the default pack', () => {
  it.each(corpus.map((item) => [item.id, item] as const))('%s', (_id, item) => {
    const result = results.get(item)!;
    const platform = item.platform as PlatformId;
    if (result.analysis.intent !== 'abuse') expect(result.suggestions.length).toBeGreaterThan(0);
    for (const s of result.suggestions) {
      expect(
        s.findings.filter((f) => f.severity === 'error'),
        s.text,
      ).toEqual([]);
      const measure = measureLength(s.text, platform, defaultPack.limits[platform]?.maxChars);
      expect(measure.overflowStart, s.text).toBeNull();
      if (item.author?.name) {
        const opening = splitWords(s.text)
          .slice(0, 12)
          .map((w) => w.text);
        expect(opening, s.text).toContain(firstName(item.author.name));
      }
    }
  });

  it('gives three suggestions to most messages (fewer only after a serious cue or a failed repair)', () => {
    const fewer = corpus.filter((item) => results.get(item)!.suggestions.length < 3);
    const unexplained = fewer.filter((item) => {
      const result = results.get(item)!;
      const serious = result.analysis.escalation.some(
        (e) => e.playbook && ['high', 'critical'].includes(e.playbook.severity),
      );
      return !serious && !(result.analysis.intent === 'abuse' && !defaultPack.abuse.replyAllowed);
    });
    console.info(
      `corpus suggestions: ${corpus.length} messages, ${fewer.length} with fewer than three (${unexplained.length} not explained by a high or critical playbook)`,
    );
    expect(unexplained.map((item) => item.id)).toEqual([]);
  });
});
