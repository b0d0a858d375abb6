import { defineRule, type Hit } from "../rule";
import type { EmojiCluster } from "../text/emoji";
import { MAX_HITS, plural, removalFix, scan } from "./scan";
import { SOURCES } from "./sources";

function onlySpacesBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x200d && c !== 0xfe0f) return false;
  }
  return true;
}

export const emojiCount = defineRule({
  id: "accessibility.emoji-count",
  category: "accessibility",
  severity: "warning",
  title: "A few emoji at most",
  why: 'Screen readers read every emoji out by its full name ("smiling face with heart-eyes"), so many emoji bury the message.',
  link: SOURCES.gcs,
  examples: [
    {
      language: "en",
      bad: "Your refund is on its way 🎉🥳💸🙌😊",
      good: "Your refund is on its way 🎉",
    },
  ],
  check({ doc, pack }) {
    const max = pack.tone.emoji.max;
    const { emoji } = scan(doc);
    if (emoji.length <= max) return [];
    const hits: Hit[] = [];
    for (let i = max; i < emoji.length && hits.length < MAX_HITS; i++) {
      const e = emoji[i]!;
      hits.push({
        start: e.start,
        end: e.end,
        message: `${plural(emoji.length, "emoji", "emoji")} in this reply; keep to ${max}: each one is read out by name.`,
        fixes: [removalFix(doc.text, e.start, e.end, `Remove ${e.text}`)],
      });
    }
    return hits;
  },
});

export const emojiRepeat = defineRule({
  id: "accessibility.emoji-repeat",
  category: "accessibility",
  severity: "warning",
  title: "No repeated emoji",
  why: 'A screen reader reads a repeated emoji out every time ("fire, fire, fire"), which is tiring and adds nothing.',
  link: SOURCES.ukySocial,
  examples: [
    {
      language: "en",
      bad: "Thanks for your patience 🙏🙏🙏",
      good: "Thanks for your patience 🙏",
    },
  ],
  check({ doc }) {
    const { text } = doc;
    const { emoji } = scan(doc);
    if (emoji.length < 2) return [];
    const hits: Hit[] = [];
    // Runs of the same emoji (only spaces between), each run counted once below.
    const runs: { first: EmojiCluster; last: EmojiCluster; size: number }[] =
      [];
    for (const e of emoji) {
      const run = runs[runs.length - 1];
      if (
        run &&
        run.last.key === e.key &&
        onlySpacesBetween(text, run.last.end, e.start)
      ) {
        run.last = e;
        run.size++;
      } else {
        runs.push({ first: e, last: e, size: 1 });
      }
    }
    const seen = new Map<string, number>();
    for (const run of runs) {
      if (hits.length >= MAX_HITS) break;
      if (run.size >= 2) {
        hits.push({
          start: run.first.start,
          end: run.last.end,
          message: `${run.first.text} ${run.size} times in a row is read out ${run.size} times: one is enough.`,
          fixes: [
            {
              label: `Keep one ${run.first.text}`,
              start: run.first.start,
              end: run.last.end,
              replacement: run.first.text,
            },
          ],
        });
      }
      const count = (seen.get(run.first.key) ?? 0) + 1;
      seen.set(run.first.key, count);
      if (count === 3 && run.size < 2) {
        hits.push({
          start: run.first.start,
          end: run.last.end,
          message: `${run.first.text} is used 3 times in this reply: use it once.`,
          fixes: [
            removalFix(
              text,
              run.first.start,
              run.last.end,
              `Remove this ${run.first.text}`,
            ),
          ],
        });
      }
    }
    return hits;
  },
});
