import * as de from '../data/human-de';
import * as en from '../data/human-en';
import * as sv from '../data/human-sv';
import { phraseListRule } from '../phrase-rule';
import { HUMAN_VOICE_STUDY, TWITTER_APOLOGIES_STUDY } from './sources';

export const formLetter = phraseListRule({
  id: 'human.form-letter',
  category: 'human',
  severity: 'warning',
  title: 'Form-letter phrase',
  why: 'Customers read stock corporate phrases as a form letter, and a form letter says nobody is listening.',
  link: HUMAN_VOICE_STUDY,
  lists: { en: en.formLetter, de: de.formLetter, sv: sv.formLetter },
  examples: [
    {
      language: 'en',
      bad: 'We apologize for any inconvenience this may have caused.',
      good: "I'm sorry your parcel is late: I've sent a new one today.",
    },
    {
      language: 'de',
      bad: 'Wir entschuldigen uns für die Unannehmlichkeiten.',
      good: 'Tut mir leid, dass dein Paket zu spät ist.',
    },
    {
      language: 'sv',
      bad: 'Vi ber om ursäkt för eventuella besvär.',
      good: 'Förlåt att paketet är sent, jag skickar ett nytt i dag.',
    },
  ],
});

export const nonApology = phraseListRule({
  id: 'human.non-apology',
  category: 'human',
  severity: 'warning',
  title: 'Non-apology',
  why: 'An apology for how the customer feels, rather than for what happened, blames them and makes things worse.',
  link: TWITTER_APOLOGIES_STUDY,
  lists: { en: en.nonApology, de: de.nonApology, sv: sv.nonApology },
  examples: [
    {
      language: 'en',
      bad: "I'm sorry you feel that way.",
      good: "I'm sorry we got your order wrong.",
    },
    {
      language: 'de',
      bad: 'Es tut uns leid, dass Sie das so sehen.',
      good: 'Es tut mir leid, dass die Lieferung falsch war.',
    },
    {
      language: 'sv',
      bad: 'Tråkigt att du upplever det så.',
      good: 'Förlåt att vi skickade fel storlek.',
    },
  ],
});

export const passiveApology = phraseListRule({
  id: 'human.passive-apology',
  category: 'human',
  severity: 'suggestion',
  title: 'Passive apology',
  why: 'A passive sentence hides who made the mistake; customers trust an apology that says "we got this wrong".',
  link: TWITTER_APOLOGIES_STUDY,
  lists: { en: en.passiveApology, de: de.passiveApology, sv: sv.passiveApology },
  examples: [
    {
      language: 'en',
      bad: 'Mistakes were made with your order.',
      good: 'We made a mistake with your order.',
    },
    {
      language: 'de',
      bad: 'Es ist ein Fehler aufgetreten.',
      good: 'Wir haben einen Fehler gemacht.',
    },
    {
      language: 'sv',
      bad: 'Ett fel har uppstått med din order.',
      good: 'Vi gjorde fel med din order.',
    },
  ],
});

export const formulaicSignOff = phraseListRule({
  id: 'human.formulaic-sign-off',
  category: 'human',
  severity: 'suggestion',
  title: 'Formulaic sign-off',
  why: 'Letter-style closings are what companies write and people do not; in a social reply they read as canned.',
  link: TWITTER_APOLOGIES_STUDY,
  lists: { en: en.formulaicSignOff, de: de.formulaicSignOff, sv: sv.formulaicSignOff },
  examples: [
    {
      language: 'en',
      bad: 'Your refund is on its way. Kind regards, the Customer Service Team',
      good: 'Your refund is on its way. Anna',
    },
    {
      language: 'de',
      bad: 'Die Erstattung ist unterwegs. Mit freundlichen Grüßen',
      good: 'Die Erstattung ist unterwegs. Viele Grüße, Anna',
    },
    {
      language: 'sv',
      bad: 'Återbetalningen är på väg. Med vänliga hälsningar',
      good: 'Återbetalningen är på väg. Hälsningar Anna',
    },
  ],
});
