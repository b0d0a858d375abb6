import { defineRule, type Hit, type Word } from '../rule';
import { say } from '../say';
import type { EmojiCluster } from '../text/emoji';
import { MAX_HITS, WORD_PROSE, charAt, previousCodePointStart, removalFix, scan } from './scan';
import { SOURCES } from './sources';

function onlySpacesBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0xa0 && c !== 0x200d && c !== 0xfe0f) return false;
  }
  return true;
}

export const emojiCount = defineRule({
  id: 'accessibility.emoji-count',
  category: 'accessibility',
  severity: 'warning',
  title: 'A few emoji at most',
  why: 'Screen readers read every emoji out by its full name ("smiling face with heart-eyes"), so many emoji bury the message.',
  link: SOURCES.gcs,
  examples: [
    {
      language: 'en',
      bad: 'Your refund is on its way 🎉🥳💸🙌😊',
      good: 'Your refund is on its way 🎉',
    },
  ],
  check({ doc, pack, context }) {
    const max = pack.tone.emoji.max;
    const { emoji } = scan(doc);
    if (emoji.length <= max) return [];
    const hits: Hit[] = [];
    for (let i = max; i < emoji.length && hits.length < MAX_HITS; i++) {
      const e = emoji[i]!;
      hits.push({
        start: e.start,
        end: e.end,
        message: say(context, 'rule_accessibility_emoji_count_message', {
          count: emoji.length,
          max,
        }),
        fixes: [
          removalFix(doc.text, e.start, e.end, say(context, 'rule_fix_remove', { text: e.text })),
        ],
      });
    }
    return hits;
  },
});

export const emojiRepeat = defineRule({
  id: 'accessibility.emoji-repeat',
  category: 'accessibility',
  severity: 'warning',
  title: 'No repeated emoji',
  why: 'A screen reader reads a repeated emoji out every time ("fire, fire, fire"), which is tiring and adds nothing.',
  link: SOURCES.ukySocial,
  examples: [
    {
      language: 'en',
      bad: 'Thanks for your patience 🙏🙏🙏',
      good: 'Thanks for your patience 🙏',
    },
  ],
  check({ doc, context }) {
    const { text } = doc;
    const { emoji } = scan(doc);
    if (emoji.length < 2) return [];
    const hits: Hit[] = [];
    // Runs of the same emoji (only spaces between), each run counted once below.
    const runs: { first: EmojiCluster; last: EmojiCluster; size: number }[] = [];
    for (const e of emoji) {
      const run = runs[runs.length - 1];
      if (run && run.last.key === e.key && onlySpacesBetween(text, run.last.end, e.start)) {
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
          message: say(context, 'rule_accessibility_emoji_repeat_message_run', {
            emoji: run.first.text,
            count: run.size,
          }),
          fixes: [
            {
              label: say(context, 'rule_accessibility_emoji_repeat_fix_keep_one', {
                emoji: run.first.text,
              }),
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
          message: say(context, 'rule_accessibility_emoji_repeat_message_third', {
            emoji: run.first.text,
          }),
          fixes: [
            removalFix(
              text,
              run.first.start,
              run.last.end,
              say(context, 'rule_accessibility_emoji_repeat_fix_remove', { emoji: run.first.text }),
            ),
          ],
        });
      }
    }
    return hits;
  },
});

// Words after which an emoji must stand for a word: articles, possessives, subject pronouns,
// prepositions, auxiliaries and intensifiers ("I ❤️ this", "the 🍕 was great", "we are so 😊 to").
// Pronouns that can also end a clause ("thank you 😊 have a nice day") are not in this list.
const BEFORE_A_WORD = new Set(
  `a an the my your our their his its these those i we they he she to at for with in on of from
  by is are was were am be so very really super such
  der die das den dem des ein eine einen einem einer mein meine dein deine unser unsere euer
  eure seine ich wir du zum zur mit für von im am ist sind bin so sehr
  en ett min mitt mina din ditt dina vår vårt våra ert jag vi du ni han hon till på för med av
  i är så väldigt`.split(/\s+/),
);

// Before these at the end of a reply the emoji still stands for a noun ("see you at the 🏖️").
const DETERMINERS = new Set(
  `a an the my your our their this that der die das den dem ein eine einen unser unsere
  mein meine dein deine ihr ihre en ett min mitt din ditt vår vårt`.split(/\s+/),
);

// Lower-case words that start a new clause after an emoji used as punctuation
// ("thanks 😊 we'll fix it", "danke 😊 wir melden uns", "tack 😊 vi hör av oss").
const CLAUSE_STARTS = new Set(
  `i i'm i'll i've i'd we we're we'll we've you you're you'll it it's that that's this there
  here let let's please hope have enjoy see talk thanks thank just and but so also feel keep stay
  get check happy have glad sorry good great welcome any if when your our my hi hey hello bye
  ok okay yes no sure
  ich wir sie es das bitte danke und aber auch lass lasst schönen schöne viel viele gerne gern
  melde meld hallo hi
  jag vi du ni det den tack och men så hoppas ha hör kolla välkommen trevlig hej`.split(/\s+/),
);

const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

function wordEndingAt(words: readonly Word[], end: number): number {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const word = words[mid]!;
    if (word.end < end) low = mid + 1;
    else if (word.end > end) high = mid - 1;
    else return mid;
  }
  return -1;
}

function wordStartingAt(words: readonly Word[], start: number): Word | undefined {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const word = words[mid]!;
    if (word.start < start) low = mid + 1;
    else if (word.start > start) high = mid - 1;
    else return word;
  }
  return undefined;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0xa0 || c === 0x09 || c === 0x200d || c === 0xfe0f;
}

export const emojiForWords = defineRule({
  id: 'accessibility.emoji-for-words',
  category: 'accessibility',
  severity: 'warning',
  title: 'Emoji next to words, not instead of them',
  why: 'A screen reader reads an emoji by its name, so "I ❤️ this" becomes "I red heart this", and emoji bullets are read before every line.',
  link: SOURCES.ukySocial,
  examples: [
    { language: 'en', bad: 'We ❤️ hearing from you', good: 'We love hearing from you ❤️' },
    { language: 'de', bad: 'Wir ❤️ Feedback', good: 'Wir freuen uns über Feedback ❤️' },
    { language: 'sv', bad: 'Vi ❤️ feedback', good: 'Vi älskar feedback ❤️' },
    {
      language: 'en',
      bad: '✅ Free returns\n✅ 30-day warranty',
      good: 'You get free returns and a 30-day warranty.',
    },
  ],
  check({ doc, context }) {
    const { text, words } = doc;
    const { emoji, wordKind } = scan(doc);
    if (emoji.length === 0) return [];
    const hits: Hit[] = [];
    const bullets: EmojiCluster[][] = [];
    for (let g = 0; g < emoji.length && hits.length < MAX_HITS;) {
      // A group: emoji with only spaces between them, treated as one ("I ❤️🔥 this").
      let e = g;
      while (e + 1 < emoji.length && onlySpacesBetween(text, emoji[e]!.end, emoji[e + 1]!.start))
        e++;
      const group = emoji.slice(g, e + 1);
      const start = group[0]!.start;
      const end = group[group.length - 1]!.end;
      g = e + 1;
      let p = start;
      while (p > 0 && isSpace(text.charCodeAt(p - 1))) p--;
      let n = end;
      while (n < text.length && isSpace(text.charCodeAt(n))) n++;
      const atLineStart = p === 0 || text[p - 1] === '\n' || text[p - 1] === '\r';
      const atLineEnd = n === text.length || text[n] === '\n' || text[n] === '\r';
      if (atLineStart && !atLineEnd) {
        bullets.push(group);
        continue;
      }
      if (atLineStart) continue;
      if (!WORD_CHAR.test(charAt(text, previousCodePointStart(text, p)))) continue;
      const previousIndex = wordEndingAt(words, p);
      const previous = previousIndex < 0 ? undefined : words[previousIndex];
      // Only a prose word with letters counts ("x" at the end of a link or "10:30" do not).
      if (!previous || wordKind[previousIndex] !== WORD_PROSE || !LETTER.test(previous.text))
        continue;
      const next = atLineEnd ? undefined : wordStartingAt(words, n);
      let standsForWord = false;
      if (next) {
        if (BEFORE_A_WORD.has(previous.lower)) standsForWord = true;
        else {
          const first = next.text[0]!;
          const lowerStart = first !== first.toUpperCase() && first === first.toLowerCase();
          if (lowerStart && !CLAUSE_STARTS.has(next.lower)) standsForWord = true;
        }
      } else if (n === text.length || atLineEnd) {
        standsForWord = DETERMINERS.has(previous.lower);
      }
      if (!standsForWord) continue;
      const shown = group.map((c) => c.text).join('');
      hits.push({
        start,
        end,
        message: next
          ? say(context, 'rule_accessibility_emoji_for_words_message_between', {
              emoji: shown,
              previous: previous.text,
              next: next.text,
            })
          : say(context, 'rule_accessibility_emoji_for_words_message_after', {
              emoji: shown,
              previous: previous.text,
            }),
      });
    }
    // Emoji bullets: two or more lines that start with an emoji.
    if (bullets.length >= 2) {
      for (const group of bullets) {
        if (hits.length >= MAX_HITS) break;
        const start = group[0]!.start;
        const end = group[group.length - 1]!.end;
        let to = end;
        while (to < text.length && isSpace(text.charCodeAt(to))) to++;
        hits.push({
          start,
          end,
          message: say(context, 'rule_accessibility_emoji_for_words_message_bullet', {
            emoji: group.map((c) => c.text).join(''),
          }),
          fixes: [
            {
              label: say(context, 'rule_accessibility_emoji_for_words_fix_bullet'),
              start,
              end: to,
              replacement: '- ',
            },
          ],
        });
      }
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});
