import * as de from '../data/inclusive-de';
import * as en from '../data/inclusive-en';
import * as sv from '../data/inclusive-sv';
import { phraseListRule } from '../phrase-rule';
import type { Rule } from '../rule';

export const INCLUSIVE_RULES: readonly Rule[] = [
  phraseListRule({
    id: 'inclusive.ableist',
    category: 'inclusive',
    severity: 'warning',
    title: 'Ableist wording',
    why: 'Words that use a disability as an insult or a metaphor exclude the disabled customers who read the reply.',
    link: 'https://ncdj.org/style-guide/',
    lists: { en: en.ableist, de: de.ableist, sv: sv.ableist },
    examples: [
      {
        language: 'en',
        bad: 'That policy is crazy, I agree.',
        good: 'That policy is hard to follow, I agree.',
      },
      {
        language: 'de',
        bad: 'Die Seite ist total behindert.',
        good: 'Die Seite ist gerade sehr langsam.',
      },
      { language: 'sv', bad: 'Han är rullstolsbunden.', good: 'Han är rullstolsanvändare.' },
    ],
  }),
  phraseListRule({
    id: 'inclusive.gendered',
    category: 'inclusive',
    severity: 'warning',
    title: 'Gendered wording',
    why: 'Addressing everyone as men, or assuming a gender, tells part of the audience the reply is not for them.',
    link: 'https://www.un.org/en/gender-inclusive-language/guidelines.shtml',
    lists: { en: en.gendered, de: de.gendered, sv: sv.gendered },
    examples: [
      {
        language: 'en',
        bad: 'Thanks guys, the fix is live.',
        good: 'Thanks everyone, the fix is live.',
      },
      {
        language: 'de',
        bad: 'Liebe Kunden, der Shop ist wieder online.',
        good: 'Liebe Kundschaft, der Shop ist wieder online.',
      },
      {
        language: 'sv',
        bad: 'Vi behöver fler brandmän på plats.',
        good: 'Vi behöver fler brandmän och brandkvinnor på plats.',
      },
    ],
  }),
  phraseListRule({
    id: 'inclusive.racial',
    category: 'inclusive',
    severity: 'warning',
    title: 'Racial and ethnic wording',
    why: 'Outdated or loaded terms for ethnicity read as a slur, whatever was meant.',
    link: 'https://www.conscious-style-guide.com/ethnicity-race-nationality/',
    lists: { en: en.racial, de: de.racial, sv: sv.racial },
    examples: [
      {
        language: 'en',
        bad: 'Please add our domain to the whitelist.',
        good: 'Please add our domain to the allowlist.',
      },
      {
        language: 'de',
        bad: 'Wer schwarzfährt, zahlt mehr.',
        good: 'Wer ohne Fahrschein fährt, zahlt mehr.',
      },
      {
        language: 'sv',
        bad: 'Lägg till adressen i whitelist.',
        good: 'Lägg till adressen i listan över tillåtna.',
      },
    ],
  }),
  phraseListRule({
    id: 'inclusive.lgbtq',
    category: 'inclusive',
    severity: 'warning',
    title: 'LGBTQ wording',
    why: 'Outdated or pathologising words for LGBTQ people alienate them and everyone who stands with them.',
    link: 'https://glaad.org/reference/',
    lists: { en: en.lgbtq, de: de.lgbtq, sv: sv.lgbtq },
    examples: [
      {
        language: 'en',
        bad: 'Our event is open to every sexual preference.',
        good: 'Our event is open to every sexual orientation.',
      },
      { language: 'de', bad: 'Das ist doch schwul.', good: 'Das ist doch seltsam.' },
      { language: 'sv', bad: 'Vilken sexuell läggning är en livsstil?', good: 'Alla är välkomna.' },
    ],
  }),
  phraseListRule({
    id: 'inclusive.condescending',
    category: 'inclusive',
    severity: 'suggestion',
    title: 'Condescending wording',
    why: 'Calling a step easy or obvious blames the customer who just told you it did not work for them.',
    link: 'https://developers.google.com/style/word-list#easy',
    lists: { en: en.condescending, de: de.condescending, sv: sv.condescending },
    examples: [
      {
        language: 'en',
        bad: 'Obviously you need to restart the app.',
        good: 'Restarting the app should fix this.',
      },
      {
        language: 'de',
        bad: 'Wie bereits erwähnt, ist das Paket unterwegs.',
        good: 'Das Paket ist unterwegs.',
      },
      { language: 'sv', bad: 'Som sagt är paketet på väg.', good: 'Paketet är på väg.' },
    ],
  }),
  phraseListRule({
    id: 'inclusive.suicide',
    category: 'inclusive',
    severity: 'warning',
    title: 'Suicide-related wording',
    why: 'Phrases like "commit suicide" or suicide as a joke hurt people who live with it and go against safe-messaging guidance.',
    link: 'https://reportingonsuicide.org/recommendations/',
    lists: { en: en.suicide, de: de.suicide, sv: sv.suicide },
    examples: [
      {
        language: 'en',
        bad: 'This bug makes me want to kill myself.',
        good: 'This bug is really frustrating.',
      },
      {
        language: 'de',
        bad: 'Er hat Selbstmord begangen.',
        good: 'Er hat sich das Leben genommen.',
      },
      { language: 'sv', bad: 'Han begick självmord.', good: 'Han tog sitt liv.' },
    ],
  }),
  phraseListRule({
    id: 'inclusive.profanity',
    category: 'inclusive',
    severity: 'error',
    title: 'Profanity',
    why: 'A swear word from a brand account is screenshotted and shared, whatever the customer wrote first.',
    link: 'https://github.com/words/cuss',
    lists: { en: en.profanity, de: de.profanity, sv: sv.profanity },
    examples: [
      {
        language: 'en',
        bad: 'That shipping delay is total crap.',
        good: 'That shipping delay is not okay.',
      },
      {
        language: 'de',
        bad: 'Das ist echt scheiße gelaufen.',
        good: 'Das ist echt schlecht gelaufen.',
      },
      {
        language: 'sv',
        bad: 'Det var jävligt dåligt av oss.',
        good: 'Det var riktigt dåligt av oss.',
      },
    ],
  }),
];
