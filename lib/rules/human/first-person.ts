import type { Language } from '../../voice/schema';
import type { PhraseEntry, PhraseList } from '../data/types';
import { describePhrase, findPhrases, phraseHit } from '../phrase-rule';
import { defineRule } from '../rule';
import { say } from '../say';
import { HUMAN_VOICE_STUDY } from './sources';

/** Empathy and commitment phrases, as a team ("we") and as a person ("I"). */
const PAIRS: Record<Language, readonly (readonly [we: string, i: string])[]> = {
  en: [
    ['we apologize', 'I apologize'],
    ['we apologise', 'I apologise'],
    ["we're sorry", "I'm sorry"],
    ['we are sorry', 'I am sorry'],
    ['we are so sorry', 'I am so sorry'],
    ["we're so sorry", "I'm so sorry"],
    ['we understand', 'I understand'],
    ['we appreciate', 'I appreciate'],
    ['we regret', 'I regret'],
    ["we'll look into", "I'll look into"],
    ['we will look into', 'I will look into'],
    ["we're looking into", "I'm looking into"],
    ['we are looking into', 'I am looking into'],
    ["we'd be happy to", "I'd be happy to"],
    ['we would be happy to', 'I would be happy to'],
    ["we're happy to help", "I'm happy to help"],
    ['we hope', 'I hope'],
    ['we can see', 'I can see'],
    ["we've checked", "I've checked"],
    ['we have checked', 'I have checked'],
    ["we'll check", "I'll check"],
    ['we will check', 'I will check'],
    ['we hear you', 'I hear you'],
    ["we'll get back to you", "I'll get back to you"],
    ['we will get back to you', 'I will get back to you'],
  ],
  de: [
    ['wir entschuldigen uns', 'ich entschuldige mich'],
    ['es tut uns leid', 'es tut mir leid'],
    ['tut uns leid', 'tut mir leid'],
    ['wir verstehen', 'ich verstehe'],
    ['wir bedauern', 'ich bedauere'],
    ['wir kümmern uns', 'ich kümmere mich'],
    ['wir schauen uns das an', 'ich schaue mir das an'],
    ['wir prüfen das', 'ich prüfe das'],
    ['wir helfen gern', 'ich helfe gern'],
    ['wir helfen gerne', 'ich helfe gerne'],
    ['wir hoffen', 'ich hoffe'],
    ['wir melden uns', 'ich melde mich'],
  ],
  sv: [
    ['vi ber om ursäkt', 'jag ber om ursäkt'],
    ['vi förstår', 'jag förstår'],
    ['vi beklagar', 'jag beklagar'],
    ['vi kollar', 'jag kollar'],
    ['vi ska kolla', 'jag ska kolla'],
    ['vi hjälper gärna', 'jag hjälper gärna'],
    ['vi hoppas', 'jag hoppas'],
    ['vi återkommer', 'jag återkommer'],
    ['vi tittar på', 'jag tittar på'],
    ['vi är ledsna', 'jag är ledsen'],
  ],
};

/** The pairs as a word list: `from` 0 flags "we" and offers "I", 1 the reverse. */
function listOf(language: Language, from: 0 | 1): PhraseList {
  return PAIRS[language].map((pair): PhraseEntry => ({
    match: [pair[from].toLowerCase()],
    replace: [pair[from === 0 ? 1 : 0]],
    // The message is written in the explanation language when the rule reports (below).
    note: '',
  }));
}

const SINGULAR = { en: listOf('en', 0), de: listOf('de', 0), sv: listOf('sv', 0) };
const PLURAL = { en: listOf('en', 1), de: listOf('de', 1), sv: listOf('sv', 1) };

export const firstPerson = defineRule({
  id: 'human.first-person',
  category: 'human',
  severity: 'suggestion',
  title: '"We" where the voice wants "I" (or the reverse)',
  why: 'An apology or a promise from a named person ("I’m sorry, I’ll check") reads as human; the same words from "we" read as a company.',
  link: HUMAN_VOICE_STUDY,
  examples: [
    { language: 'en', bad: "We're sorry about the delay.", good: "I'm sorry about the delay." },
    {
      language: 'de',
      bad: 'Es tut uns leid wegen der Verspätung.',
      good: 'Es tut mir leid wegen der Verspätung.',
    },
    { language: 'sv', bad: 'Vi beklagar förseningen.', good: 'Jag beklagar förseningen.' },
  ],
  check({ doc, pack, context }) {
    const singular = pack.tone.firstPerson === 'singular';
    const lists = singular ? SINGULAR : PLURAL;
    const note = say(
      context,
      singular ? 'rule_human_first_person_note_singular' : 'rule_human_first_person_note_plural',
    );
    return findPhrases(doc, lists[doc.language]).map((match) =>
      phraseHit(
        doc,
        match,
        (found, entry) => describePhrase(context, found, note, entry.replace.slice(0, 1)),
        context,
      ),
    );
  },
});
