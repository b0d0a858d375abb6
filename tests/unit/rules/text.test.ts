import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/rules/text/language';
import { matchCase } from '../../../lib/rules/text/case';
import { prepareDoc } from '../../../lib/rules/text/doc';
import { splitWords } from '../../../lib/rules/text/words';

describe('detectLanguage', () => {
  it.each([
    ["Hi Sam, I'm sorry your order is late. I'll send a new one today.", 'en'],
    ['Hallo Sam, es tut mir leid, dass die Bestellung noch nicht da ist.', 'de'],
    ['Hej Sam, förlåt att paketet är sent. Jag skickar ett nytt i dag.', 'sv'],
    ['Danke für die schnelle Antwort!', 'de'],
    ['Tack för att du hörde av dig, vi kollar på det.', 'sv'],
    ['Thanks, that works for me.', 'en'],
  ] as const)('%s → %s', (text, expected) => {
    expect(detectLanguage(splitWords(text), ['en', 'de', 'sv'], 'en')).toBe(expected);
  });

  it('falls back to the pack language when nothing gives the language away', () => {
    expect(detectLanguage(splitWords('👍 #Northwind 2024'), ['en', 'de', 'sv'], 'sv')).toBe('sv');
  });
});

describe('prepareDoc sentences', () => {
  it.each([
    [
      'en',
      'Hi Sam. Your order shipped! Did it arrive?',
      ['Hi Sam.', 'Your order shipped!', 'Did it arrive?'],
    ],
    [
      'sv',
      'Du kan t.ex. byta storlek. Det är gratis.',
      ['Du kan t.ex. byta storlek.', 'Det är gratis.'],
    ],
    [
      'de',
      'Du kannst z.B. die Größe tauschen. Das ist kostenlos.',
      ['Du kannst z.B. die Größe tauschen.', 'Das ist kostenlos.'],
    ],
    ['en', '  Thanks!\n\nSam  ', ['Thanks!', 'Sam']],
    [
      'en',
      'Sorry!! Fixed now. Version 3.5 is live',
      ['Sorry!!', 'Fixed now.', 'Version 3.5 is live'],
    ],
    ['en', 'See e.g. the manual. It helps', ['See e.g. the manual.', 'It helps']],
    [
      'en',
      'We ship to the U.S.A. and Canada. Ask me!',
      ['We ship to the U.S.A. and Canada.', 'Ask me!'],
    ],
    ['en', 'Go to example.com/help. Then log in.', ['Go to example.com/help.', 'Then log in.']],
    [
      'en',
      '"It broke." Sorry about that… We fixed it?! Yes',
      ['"It broke."', 'Sorry about that… We fixed it?!', 'Yes'],
    ],
    ['en', 'Hi Sam, thanks. 👍 Great', ['Hi Sam, thanks.', '👍 Great']],
    [
      'de',
      'Das kostet ca. fünf Euro, d.h. wenig. Gut so',
      ['Das kostet ca. fünf Euro, d.h. wenig.', 'Gut so'],
    ],
    ['sv', 'Hej! Det blir bl.a. billigare. Tack', ['Hej!', 'Det blir bl.a. billigare.', 'Tack']],
  ] as const)('%s: %s', (language, text, expected) => {
    const doc = prepareDoc(text, language, 'en');
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(expected);
    for (const sentence of doc.sentences) {
      const words = doc.words.slice(sentence.firstWord, sentence.endWord);
      for (const word of words) {
        expect(word.start).toBeGreaterThanOrEqual(sentence.start);
        expect(word.end).toBeLessThanOrEqual(sentence.end);
      }
    }
  });
});

describe('splitWords', () => {
  it('keeps apostrophes inside words and Unicode letters whole', () => {
    expect(
      splitWords("We’re sorry, Jürgen: don't worry, it’s fixed. Größe 42 ärlig").map((w) => w.text),
    ).toEqual([
      'We’re',
      'sorry',
      'Jürgen',
      "don't",
      'worry',
      'it’s',
      'fixed',
      'Größe',
      '42',
      'ärlig',
    ]);
  });
});

describe('matchCase', () => {
  it.each([
    ['Guys', 'everyone', false, 'Everyone'],
    ['guys', 'everyone', false, 'everyone'],
    ['GUYS', 'everyone', false, 'EVERYONE'],
    ["I'm sorry", "we're sorry", false, "we're sorry"],
    ["I'm sorry", "we're sorry", true, "We're sorry"],
    ["we're sorry", "I'm sorry", false, "I'm sorry"],
  ] as const)('%s → %s', (original, replacement, atStart, expected) => {
    expect(matchCase(original, replacement, atStart)).toBe(expected);
  });

  it('keeps German replacements as written unless they open the sentence', () => {
    expect(matchCase('Selbstmord begangen', 'sich das Leben genommen', false, 'de')).toBe(
      'sich das Leben genommen',
    );
    expect(matchCase('Selbstmord', 'Suizid', true, 'de')).toBe('Suizid');
    expect(matchCase('Liebe Kunden', 'liebe Kundschaft', true, 'de')).toBe('Liebe Kundschaft');
  });
});
