import { defineRule, type Hit, type Word } from '../rule';
import { say } from '../say';
import { isShortener } from '../text/links';
import { MAX_HITS, WORD_PROSE, scan } from './scan';
import { SOURCES } from './sources';

// "link in bio" is not flagged: it is Instagram's convention for "the link is on my profile",
// not link text, and there is nothing to rename.
// "click here" and its German and Swedish forms, as lower-case word sequences. Matched on
// `Doc.words` (no regex alternation), so the rule costs one pass over the words.
const CLICK_HERE: readonly (readonly string[])[] = [
  ['click', 'here'],
  ['tap', 'here'],
  ['press', 'here'],
  ['go', 'here'],
  ['clicking', 'here'],
  ['click', 'this', 'link'],
  ['click', 'on', 'this', 'link'],
  ['tap', 'this', 'link'],
  ['hier', 'klicken'],
  ['hier', 'tippen'],
  ['klicken', 'sie', 'hier'],
  ['klicke', 'hier'],
  ['klick', 'hier'],
  ['klickt', 'hier'],
  ['tippen', 'sie', 'hier'],
  ['tippe', 'hier'],
  ['klicka', 'här'],
  ['klicka', 'på', 'länken'],
  ['tryck', 'här'],
  ['klickar', 'du', 'här'],
];
const FIRST_WORDS = new Set(CLICK_HERE.map((phrase) => phrase[0]!));
const HERE = new Set(['here', 'hier', 'här']);

// Between "here" and the link only these may stand: spaces, ":", "-", "–", "→", "👉", "⬇️" and the like.
const HERE_GAP = /^[\s:\-–—→⇒>»(]*(?:\p{Extended_Pictographic}\uFE0F?[\s:]*)?$/u;

function matchPhrase(words: readonly Word[], index: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k++) {
    const word = words[index + k];
    if (!word || word.lower !== phrase[k] || (k > 0 && !word.joined)) return false;
  }
  return true;
}

export const linkText = defineRule({
  id: 'accessibility.link-text',
  category: 'accessibility',
  severity: 'warning',
  title: 'Say where a link goes',
  why: 'Screen reader users often jump from link to link, and "click here" or "here" tells them nothing about where the link leads.',
  link: SOURCES.wcagLinkPurpose,
  examples: [
    {
      language: 'en',
      bad: 'Click here to track your parcel: https://acme.com/track',
      good: 'Track your parcel on our tracking page: https://acme.com/track',
    },
    {
      language: 'de',
      bad: 'Klicken Sie hier für die Rücksendung: https://acme.de/retoure',
      good: 'Das Rücksendeformular finden Sie unter https://acme.de/retoure',
    },
    {
      language: 'sv',
      bad: 'Klicka här för att spåra paketet: https://acme.se/spara',
      good: 'Spåra paketet på vår spårningssida: https://acme.se/spara',
    },
  ],
  check({ doc, context }) {
    const hits: Hit[] = [];
    const { words, text } = doc;
    const { urls, wordKind } = scan(doc);
    let covered = -1;
    for (let i = 0; i < words.length && hits.length < MAX_HITS; i++) {
      const word = words[i]!;
      if (wordKind[i] !== WORD_PROSE || !FIRST_WORDS.has(word.lower)) continue;
      for (const phrase of CLICK_HERE) {
        if (!matchPhrase(words, i, phrase)) continue;
        const last = words[i + phrase.length - 1]!;
        hits.push({
          start: word.start,
          end: last.end,
          message: say(context, 'rule_accessibility_link_text_message', {
            text: text.slice(word.start, last.end),
          }),
        });
        covered = last.end;
        break;
      }
    }
    // "here" right before a link: "Read more here: https://…".
    let w = 0;
    for (const url of urls) {
      if (hits.length >= MAX_HITS) break;
      while (w < words.length && words[w]!.end <= url.start) w++;
      const before = words[w - 1];
      if (!before || !HERE.has(before.lower) || before.end <= covered) continue;
      if (!HERE_GAP.test(text.slice(before.end, url.start))) continue;
      hits.push({
        start: before.start,
        end: before.end,
        message: say(context, 'rule_accessibility_link_text_message_here', {
          word: before.text,
        }),
      });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
});

export const linkShortener = defineRule({
  id: 'accessibility.link-shortener',
  category: 'accessibility',
  severity: 'suggestion',
  title: 'Link shorteners hide the destination',
  why: 'A shortened link such as bit.ly is read out character by character and does not tell anyone, with or without a screen reader, where it leads or whether it is safe.',
  link: SOURCES.gcs,
  examples: [
    {
      language: 'en',
      bad: 'Here you go: bit.ly/3xYzAbC',
      good: 'Our returns form: https://acme.com/returns',
    },
    {
      language: 'de',
      bad: 'Alle Infos: https://bit.ly/3xYzAbC',
      good: 'Alle Infos zur Rücksendung: https://acme.de/retoure',
    },
  ],
  check({ doc, context }) {
    const hits: Hit[] = [];
    for (const url of scan(doc).urls) {
      if (hits.length >= MAX_HITS) break;
      if (!isShortener(url.host)) continue;
      hits.push({
        start: url.start,
        end: url.end,
        message: say(context, 'rule_accessibility_link_shortener_message', { host: url.host }),
      });
    }
    return hits;
  },
});

export const linkCount = defineRule({
  id: 'accessibility.link-count',
  category: 'accessibility',
  severity: 'suggestion',
  title: 'One link per reply',
  why: 'Each link is read out in full by a screen reader, and several links make it unclear which one to follow; one link per post is easier for everyone.',
  link: SOURCES.gcs,
  examples: [
    {
      language: 'en',
      bad: 'Track it at https://acme.com/track or return it at https://acme.com/returns',
      good: 'You can track or return your order from https://acme.com/orders',
    },
  ],
  check({ doc, context }) {
    const { urls } = scan(doc);
    if (urls.length <= 1) return [];
    const hits: Hit[] = [];
    for (let i = 1; i < urls.length && hits.length < MAX_HITS; i++) {
      const url = urls[i]!;
      hits.push({
        start: url.start,
        end: url.end,
        message: say(context, 'rule_accessibility_link_count_message', { count: urls.length }),
      });
    }
    return hits;
  },
});
