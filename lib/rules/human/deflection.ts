import * as de from '../data/human-de';
import * as en from '../data/human-en';
import * as sv from '../data/human-sv';
import type { PhraseList } from '../data/types';
import { findPhrases, matchSpan } from '../phrase-rule';
import { defineRule, type Hit } from '../rule';
import { say } from '../say';
import { HUMAN_VOICE_STUDY } from './sources';
import type { Language } from '../../voice/schema';

const LISTS: Record<
  Language,
  { deflection: PhraseList; acknowledgement: PhraseList; formLetter: PhraseList }
> = {
  en,
  de,
  sv,
};

export const deflection = defineRule({
  id: 'human.deflection',
  category: 'human',
  severity: 'warning',
  title: 'Deflection without acknowledgement',
  why: 'Sending someone to e-mail, the phone or DMs before showing you heard them reads as "go away"; acknowledge first, then move the conversation.',
  link: HUMAN_VOICE_STUDY,
  examples: [
    {
      language: 'en',
      bad: 'Please email support@example.com.',
      good: "I'm sorry the charger broke. Please DM us your order number and I'll send a new one.",
    },
    {
      language: 'de',
      bad: 'Bitte schreiben Sie uns eine E-Mail.',
      good: 'Das ist ärgerlich, tut mir leid. Schreib uns bitte eine DM mit der Bestellnummer.',
    },
    {
      language: 'sv',
      bad: 'Mejla oss så hjälper vi dig.',
      good: 'Vad tråkigt, förlåt! Mejla oss ordernumret så skickar jag en ny.',
    },
  ],
  check({ doc, context }) {
    const lists = LISTS[doc.language];
    const deflections = findPhrases(doc, lists.deflection);
    if (deflections.length === 0) return [];
    // A form-letter apology ("we apologize for any inconvenience") acknowledges nobody.
    const formLetters = findPhrases(doc, lists.formLetter);
    const firstAcknowledgement = findPhrases(doc, lists.acknowledgement).find(
      (ack) =>
        !formLetters.some((form) => form.firstWord < ack.endWord && ack.firstWord < form.endWord),
    );
    const hits: Hit[] = [];
    for (const match of deflections) {
      if (firstAcknowledgement && firstAcknowledgement.firstWord < match.firstWord) continue;
      const { start, end } = matchSpan(doc, match);
      hits.push({
        start,
        end,
        message: say(context, 'rule_human_deflection_message', {
          found: doc.text.slice(start, end),
        }),
      });
    }
    return hits;
  },
});
