import { describe, expect, it } from 'vitest';
import { findUrls, isShortener } from '../../../../lib/rules/text/links';
import type { Language } from '../../../../lib/voice/schema';
import { excerpts, findingsOf, makePack } from '../helpers';

const pack = makePack();
const TEXT = 'accessibility.link-text';
const SHORTENER = 'accessibility.link-shortener';
const COUNT = 'accessibility.link-count';

describe('findUrls', () => {
  it('finds links with and without a scheme and trims sentence punctuation', () => {
    const text =
      'See https://acme.com/help. Or www.acme.de/hilfe, acme.se and bit.ly/3xYz! (https://en.wikipedia.org/wiki/Foo_(bar))';
    expect(findUrls(text).map((u) => u.text)).toEqual([
      'https://acme.com/help',
      'www.acme.de/hilfe',
      'acme.se',
      'bit.ly/3xYz',
      'https://en.wikipedia.org/wiki/Foo_(bar)',
    ]);
    expect(findUrls(text).map((u) => u.host)).toEqual([
      'acme.com',
      'acme.de',
      'acme.se',
      'bit.ly',
      'en.wikipedia.org',
    ]);
  });

  it.each([
    'Email us at help@acme.com',
    'Done.It works now',
    'Thanks.Is there anything else?',
    'z.B. morgen, d.h. bald, u.a. hier',
    't.ex. i morgon, bl.a. här, s.k. paket',
    'e.g. tomorrow, i.e. soon',
    'Version 2.5.1 at 10.30',
    '...and so on... ok.',
  ])('no link in %s', (text) => {
    expect(findUrls(text)).toEqual([]);
  });

  it('knows the shorteners but not t.co', () => {
    expect(isShortener('bit.ly')).toBe(true);
    expect(isShortener('TinyURL.com')).toBe(true);
    expect(isShortener('t.co')).toBe(false);
    expect(isShortener('acme.com')).toBe(false);
  });
});

describe('accessibility.link-text', () => {
  it.each([
    ['en', 'Click here to track your parcel: https://acme.com/track', 'Click here'],
    ['en', 'Tap here for the form', 'Tap here'],
    ['en', 'Read more here: https://acme.com/help', 'here'],
    ['en', 'You can find it here → https://acme.com/help', 'here'],
    ['de', 'Klicken Sie hier für die Rücksendung: https://acme.de/retoure', 'Klicken Sie hier'],
    ['de', 'Einfach hier klicken: https://acme.de/retoure', 'hier klicken'],
    ['de', 'Alle Infos findest du hier: https://acme.de/hilfe', 'hier'],
    ['sv', 'Klicka här för att spåra paketet: https://acme.se/spara', 'Klicka här'],
    ['sv', 'Mer information finns här: https://acme.se/hjalp', 'här'],
  ] as const)('%s: %s', (language, text, excerpt) => {
    expect(excerpts(TEXT, text, pack, { language: language as Language })).toEqual([excerpt]);
  });

  it.each([
    ['en', 'Track your parcel on our tracking page: https://acme.com/track'],
    ['en', "I'm here to help, DM me anytime"],
    ['en', 'Link in bio!'],
    ['en', 'Here is the returns form: https://acme.com/returns'],
    ['en', 'We are here https://acme.com/stores and happy to help'.replace(' https', ', at https')],
    ['de', 'Das Rücksendeformular findest du unter https://acme.de/retoure'],
    ['de', 'Wir sind hier, um zu helfen'],
    ['sv', 'Spåra paketet på vår spårningssida: https://acme.se/spara'],
    ['sv', 'Vi finns här om du behöver hjälp'],
  ] as const)('%s: no finding in %s', (language, text) => {
    expect(excerpts(TEXT, text, pack, { language: language as Language })).toEqual([]);
  });
});

describe('accessibility.link-shortener', () => {
  it.each([
    ['Here you go: bit.ly/3xYzAbC', 'bit.ly/3xYzAbC'],
    ['Alle Infos: https://bit.ly/3xYzAbC', 'https://bit.ly/3xYzAbC'],
    ['Formuläret: tinyurl.com/acme-retur.', 'tinyurl.com/acme-retur'],
    ['Details at https://ow.ly/abc and https://buff.ly/xyz', 'https://ow.ly/abc'],
  ])('%s', (text, excerpt) => {
    expect(excerpts(SHORTENER, text, pack)[0]).toBe(excerpt);
  });

  it.each([
    'X shortens everything: https://t.co/AbC123',
    'Our returns form: https://acme.com/returns',
    'Watch it on https://youtu.be/dQw4w9WgXcQ',
  ])('no finding in %s', (text) => {
    expect(excerpts(SHORTENER, text, pack)).toEqual([]);
  });

  it('is a suggestion by default', () => {
    expect(findingsOf(SHORTENER, 'bit.ly/x1', pack)[0]!.severity).toBe('suggestion');
  });
});

describe('accessibility.link-count', () => {
  it('flags every link after the first', () => {
    const text = 'Track it at https://acme.com/track or return it at https://acme.com/returns';
    expect(excerpts(COUNT, text, pack, { language: 'en' })).toEqual(['https://acme.com/returns']);
  });

  it.each([
    'Track it at https://acme.com/track',
    'Mail help@acme.com or call us',
    'Du hittar allt på acme.se',
  ])('no finding in %s', (text) => {
    expect(excerpts(COUNT, text, pack)).toEqual([]);
  });
});
