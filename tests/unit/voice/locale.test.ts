import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { schemaMessage } from '../../../lib/voice/schema-messages';
import { MAX_PACK_BYTES } from '../../../lib/voice/limits';
import { parsePack, type PackProblem, type ParseResult } from '../../../lib/voice/parse';

const minimal = { id: 'acme-care', name: 'Acme care', version: '1.0.0', languages: ['en'] };

function problemsOf(result: ParseResult): PackProblem[] {
  return result.ok ? result.warnings : result.errors;
}

/** Bad packs a team lead meets: each problem must come in German and Swedish at the same path. */
const BAD_PACKS: [string, unknown][] = [
  ['a number instead of a pack', 42],
  ['an empty object (required fields)', {}],
  [
    'bad id, empty name, bad semver, unknown language',
    { id: 'Acme Care', name: '  ', version: '1.2', languages: ['en', 'fr'] },
  ],
  [
    'unknown fields, with did-you-mean, and an unknown platform key',
    {
      ...minimal,
      colour: 'blue',
      tone: { maxExclamation: 2, emoji: { max: 2, alowed: ['🙂'] } },
      limits: { twitter: { maxChars: 200 } },
    },
  ],
  [
    'wrong types, a bound and a whole number',
    {
      ...minimal,
      vocabulary: { terms: ['iPhone', 7], banned: [{ term: 'x', reason: 'y', replacement: 3 }] },
      readability: { maxSentenceWords: 3, maxHashtags: 1.5 },
    },
  ],
  [
    'custom rules: unknown kind, bad regex, missing field, non-web link, no min or max',
    {
      ...minimal,
      rules: [
        { id: 'no-cheap', kind: 'existance', message: 'No.' },
        { id: 'caps', kind: 'occurrence', message: 'm', token: '([A-Z]+', max: 1 },
        { id: 'swap', kind: 'substitution', message: 'm', link: 'javascript:alert(1)' },
        { id: 'count', kind: 'occurrence', message: 'm', token: 'x' },
      ],
    },
  ],
  [
    'enums, empty lists, unions and missing expectations',
    {
      ...minimal,
      overrides: { 'human.deflection': 'loud' },
      blocks: [{ id: 'hi', label: 'Hi', kind: 'hello', text: { en: 'Hi {name}' } }],
      escalation: [{ id: 'legal', label: 'L', severity: 'high', triggers: { en: [] }, steps: [] }],
      examples: [{ text: 'Hi', expect: 'fail' }, { text: 'Hi' }],
    },
  ],
  [
    'unknown rule ids with and without a suggestion',
    {
      ...minimal,
      rules: [{ id: 'no-cheap', kind: 'existence', message: 'No.', tokens: ['cheap'] }],
      overrides: { 'human.formletter': 'off', 'foo.bar': 'warning', 'no-cheap': 'error' },
      examples: [{ text: 'Hi', expect: { trips: ['human.form-leter'] } }],
    },
  ],
  [
    'placeholders, intents, languages and duplicate ids',
    {
      ...minimal,
      languages: ['en', 'en'],
      blocks: [
        {
          id: 'hi',
          label: 'Hi',
          kind: 'greeting',
          text: { en: 'Hi {nmae}, {last-topic} {foo}', de: 'Hallo' },
          intents: ['complain'],
        },
        { id: 'hi', label: 'Hi', kind: 'greeting', text: { en: 'Hi' } },
      ],
    },
  ],
  [
    'hours: times, order, time zone and dates',
    {
      ...minimal,
      hours: {
        timeZone: 'Mars/Olympus',
        week: {
          mon: [
            { from: '8:00', to: '20:00' },
            { from: '10:00', to: '09:00' },
          ],
          tue: [
            { from: '08:00', to: '12:00' },
            { from: '11:00', to: '13:00' },
          ],
        },
        closed: ['24.12.2026'],
      },
    },
  ],
  ['HTML markup in a text', { ...minimal, tone: { signOff: { template: '<b>^{initials}</b>' } } }],
  ['JSON with a trailing comma', '{\n  "id": "a",\n}'],
  ['JSON with single quotes', "{'id': 'a'}"],
  ['JSON with a comment', '{\n  // the pack\n}'],
  ['JSON cut off', '{"id": "a'],
  ['empty text', ''],
  ['JSON after the end', '{} {}'],
  ['a pack above the size limit', `"${'x'.repeat(MAX_PACK_BYTES)}"`],
  [
    'warnings: missing texts and a limit above the platform’s',
    {
      ...minimal,
      languages: ['en', 'de'],
      blocks: [{ id: 'hi', label: 'Hi', kind: 'greeting', text: { en: 'Hi' } }],
      limits: { x: { maxChars: 9000 } },
    },
  ],
];

describe('parsePack speaks the UI language', () => {
  it.each(BAD_PACKS)('%s', (_name, input) => {
    const english = parsePack(input);
    const explicit = parsePack(input, { locale: 'en' });
    expect(explicit).toEqual(english);
    const inEnglish = problemsOf(english);
    expect(inEnglish.length).toBeGreaterThan(0);
    for (const locale of ['de', 'sv'] as const) {
      const translated = parsePack(input, { locale });
      expect(translated.ok, locale).toBe(english.ok);
      const problems = problemsOf(translated);
      expect(
        problems.map((p) => p.path),
        locale,
      ).toEqual(inEnglish.map((p) => p.path));
      problems.forEach((problem, i) => {
        expect(problem.message, `${locale} ${problem.path}`).not.toBe(inEnglish[i]!.message);
        expect(problem.message.trim(), locale).not.toBe('');
      });
    }
  });

  it('writes whole German and Swedish sentences, keeping names and values as the pack has them', () => {
    const input = {
      ...minimal,
      colour: 'blue',
      tone: { maxExclamation: 2 },
      vocabulary: { terms: ['iPhone', 7] },
      rules: [{ id: 'no-cheap', kind: 'existence', message: 'No.', tokens: ['cheap'] }],
      overrides: { 'human.formletter': 'off', 'no-cheap': 'error' },
      blocks: [{ id: 'hi', label: 'Hi', kind: 'greeting', text: { en: 'Hi {nmae}' } }],
    };
    const lines = (locale: 'de' | 'sv') =>
      problemsOf(parsePack(input, { locale })).map((p) => `${p.path}: ${p.message}`);
    expect(lines('de')).toEqual([
      'colour: unbekanntes Feld',
      'tone.maxExclamation: unbekanntes Feld; meintest du "maxExclamations"?',
      'vocabulary.terms[1]: erwartet: Text; gefunden: Zahl',
      'overrides["human.formletter"]: unbekannte Regel-ID; meintest du "human.form-letter"?',
      'overrides["no-cheap"]: unbekannte Regel-ID; meintest du "brand.custom.no-cheap"?',
      'blocks[0].text.en: unbekannter Platzhalter {nmae}; meintest du {name}?',
    ]);
    expect(lines('sv')).toEqual([
      'colour: okänt fält',
      'tone.maxExclamation: okänt fält; menade du "maxExclamations"?',
      'vocabulary.terms[1]: förväntade text men fick tal',
      'overrides["human.formletter"]: okänt regel-id; menade du "human.form-letter"?',
      'overrides["no-cheap"]: okänt regel-id; menade du "brand.custom.no-cheap"?',
      'blocks[0].text.en: okänd platshållare {nmae}; menade du {name}?',
    ]);
  });

  it('localises the JSON position and the common causes, and writes sizes with a decimal comma', () => {
    expect(problemsOf(parsePack('{\n  "id": "a",\n}', { locale: 'de' }))).toEqual([
      {
        path: '(root)',
        message: 'ungültiges JSON in Zeile 3, Spalte 1: Komma nach dem letzten Eintrag',
      },
    ]);
    expect(problemsOf(parsePack('', { locale: 'sv' }))[0]!.message).toBe(
      'ogiltig JSON på rad 1, kolumn 1: oväntat: textens slut',
    );
    const large = `"${'x'.repeat(MAX_PACK_BYTES + MAX_PACK_BYTES / 2)}"`;
    expect(problemsOf(parsePack(large, { locale: 'de' }))[0]!.message).toBe(
      'das Paket ist 1,5 MB groß; ein Stimmpaket darf höchstens 1,0 MB groß sein',
    );
    expect(problemsOf(parsePack(large))[0]!.message).toBe(
      'the pack is 1.5 MB; a voice pack may be at most 1.0 MB',
    );
  });

  it('keeps a schema message it cannot translate as written, rather than losing it', () => {
    // The regular expression engine's own detail stays English inside the translated sentence.
    const result = parsePack(
      { ...minimal, rules: [{ id: 'caps', kind: 'occurrence', message: 'm', token: '(', max: 1 }] },
      { locale: 'de' },
    );
    expect(problemsOf(result)[0]!.message).toMatch(
      /^kein gültiger regulärer Ausdruck: Invalid regular expression/,
    );
  });
});

describe('the format’s own messages', () => {
  // lib/voice/schema.ts writes its messages in English; each needs its catalog entry, or a German
  // team lead would meet it in English.
  const source = readFileSync(join(import.meta.dirname, '../../../lib/voice/schema.ts'), 'utf8');
  const messages = [
    ...source.matchAll(/\.(?:min\(\d+|regex\(\w+), '([^']+)'\)|error: '([^']+)'/g),
  ].map((match) => match[1] ?? match[2]!);

  it('finds the messages it means to', () => {
    expect(messages).toContain('must not be empty');
    expect(messages).toContain('must be a date "YYYY-MM-DD"');
    expect(messages).toContain('must be an http(s) URL');
  });

  it.each([...new Set(messages)])('%s', (message) => {
    expect(schemaMessage({ locale: 'en' }, message)).toBe(message);
    expect(schemaMessage({ locale: 'de' }, message)).not.toBe(message);
    expect(schemaMessage({ locale: 'sv' }, message)).not.toBe(message);
  });
});
