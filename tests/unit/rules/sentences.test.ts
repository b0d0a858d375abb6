import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/rules/text/sentences';
import { splitWords } from '../../../lib/rules/text/words';

/** Sentence texts by Intl.Segmenter, trimmed the same way, as the reference. */
function byIntl(text: string, language: string): string[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  return Array.from(segmenter.segment(text), (s) => s.segment.trim()).filter((s) => s.length > 0);
}

function ours(text: string): string[] {
  return splitSentences(text, splitWords(text)).map((s) => text.slice(s.start, s.end));
}

// Real replies: the splitter was written because Intl.Segmenter is too slow per keystroke on
// long texts; on what people write it must cut exactly where Intl.Segmenter does.
const REPLIES: readonly (readonly [string, string])[] = [
  [
    'en',
    "Hi Sam, I'm sorry your order is late. I've sent a new one today and it will arrive Friday.",
  ],
  ['en', 'Thanks for flagging this! Could you DM us the order number? I will check it right away.'],
  ['en', 'Version 2.5 fixes it. See e.g. the release notes at example.com/notes. Any questions?'],
  ['en', 'Great news!!! Your refund is on its way… It takes 3-5 days.'],
  ['en', '"It broke after a day." That should not happen. I\'m sending a replacement now.'],
  ['en', 'We ship to the U.S. and Canada. Mr. Smith from our team will call you at 3 p.m. today.'],
  ['en', 'Hi Sam,\n\nthanks for your patience.\nYour parcel left our warehouse today.\n\nAnna'],
  ['en', 'Is it working now? If not, try restarting the app (Settings > Restart).'],
  ['de', 'Hallo Jana, tut mir leid, dass das Paket fehlt. Ich schicke heute ein neues los.'],
  ['de', 'Du kannst z.B. die Größe tauschen. Das ist kostenlos! Brauchst du ein Etikett?'],
  ['de', 'Die Lieferung dauert ca. zwei Tage, d.h. sie kommt am Freitag. Viele Grüße, Anna'],
  ['de', 'Danke für den Hinweis. Wir haben den Fehler in Version 3.1 behoben.'],
  ['sv', 'Hej Åsa, förlåt att paketet är sent. Jag skickar ett nytt i dag.'],
  ['sv', 'Du kan t.ex. byta storlek. Det är gratis! Vill du ha en returetikett?'],
  ['sv', 'Leveransen tar bl.a. beroende på ort två dagar. Tack för tålamodet.'],
  ['sv', 'Tack för tipset! Vi fixar det i version 4.2. Hälsningar Anna'],
];

describe('splitSentences', () => {
  it.each(REPLIES)('cuts %s replies where Intl.Segmenter does: %s', (language, text) => {
    expect(ours(text)).toEqual(byIntl(text, language));
  });
});
