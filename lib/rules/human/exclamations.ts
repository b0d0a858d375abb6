import { defineRule, type Hit } from '../rule';

const EXCLAMATION_RUN = /[!！]+/gu;

export const exclamations = defineRule({
  id: 'human.exclamations',
  category: 'human',
  severity: 'suggestion',
  title: 'Exclamation overload',
  why: 'A stack of exclamation marks reads as forced cheer, and as shouting to an upset customer.',
  link: 'https://www.nngroup.com/articles/tone-of-voice-dimensions/',
  examples: [
    {
      language: 'en',
      bad: 'Great news!!! Your order shipped!',
      good: 'Good news: your order shipped today!',
    },
    { language: 'de', bad: 'Super!!! Dein Paket ist da!', good: 'Dein Paket ist da!' },
    { language: 'sv', bad: 'Toppen!!! Paketet är här!', good: 'Paketet är här!' },
  ],
  check({ doc, pack }) {
    const allowed = pack.tone.maxExclamations;
    const hits: Hit[] = [];
    let count = 0;
    for (const match of doc.text.matchAll(EXCLAMATION_RUN)) {
      count++;
      const start = match.index;
      const end = start + match[0].length;
      if (count > allowed) {
        hits.push({
          start,
          end,
          message:
            allowed === 0
              ? 'The voice pack asks for no exclamation marks.'
              : `More than ${allowed} exclamation ${allowed === 1 ? 'mark' : 'marks'} in one reply reads as forced.`,
          fixes: [{ label: 'Replace with a full stop', start, end, replacement: '.' }],
        });
      } else if (match[0].length > 1) {
        hits.push({
          start,
          end,
          message: 'Several exclamation marks in a row read as shouting.',
          fixes: [{ label: 'Keep one', start, end, replacement: match[0][0]! }],
        });
      }
    }
    return hits;
  },
});
