import { describe, expect, it } from 'vitest';
import { defaultPackInput, parsePack, type ParseResult } from '../../../lib/voice';
import { MAX_PACK_BYTES } from '../../../lib/voice/limits';

const minimal = { id: 'acme-care', name: 'Acme care', version: '1.0.0', languages: ['en'] };

function problems(result: ParseResult): string[] {
  return result.ok ? [] : result.errors.map((p) => `${p.path}: ${p.message}`);
}

function withField(extra: Record<string, unknown>): string {
  return JSON.stringify({ ...minimal, ...extra });
}

describe('parsePack: the bad input a team lead or a subscription can bring', () => {
  it.each([
    [
      'invalid JSON',
      '{"id": "acme-care",\n  "name": }',
      /^\(root\): invalid JSON at line 2, column 11/,
    ],
    [
      'a version that is not semantic',
      withField({ version: 'two' }),
      /^version: must be a semantic version/,
    ],
    ['a version given as a number', withField({ version: 2 }), /^version: /],
    [
      'an override of an unknown rule id',
      withField({ overrides: { 'human.form-leter': 'off' } }),
      /^overrides\["human\.form-leter"\]: unknown rule id.*did you mean "human\.form-letter"/,
    ],
    [
      'an example that expects an unknown rule id',
      withField({ examples: [{ text: 'Hi', expect: { trips: ['brand.nope'] } }] }),
      /^examples\[0\]\.expect\.trips\[0\]: unknown rule id "brand\.nope"/,
    ],
  ])('%s: a clear error with the path', (_name, text, expected) => {
    const result = parsePack(text);
    expect(result.ok).toBe(false);
    expect(problems(result).some((line) => expected.test(line))).toBe(true);
  });

  it('a 10 MB pack is refused before it is parsed, with its size', () => {
    const huge = withField({ description: 'x'.repeat(10 * 1024 * 1024) });
    expect(problems(parsePack(huge))).toEqual([
      '(root): the pack is 10.0 MB; a voice pack may be at most 1.0 MB',
    ]);
  });

  it('the size counts bytes, not characters: 600,000 "ä" are 1.2 million bytes', () => {
    const result = parsePack(withField({ description: 'ä'.repeat(600_000) }));
    expect(problems(result)[0]).toMatch(/^\(root\): the pack is 1\.1 MB/);
    expect(parsePack(withField({ description: 'a'.repeat(MAX_PACK_BYTES - 200) })).ok).toBe(true);
  });

  it.each([
    [
      'a custom rule message',
      {
        rules: [
          {
            id: 'no-cheap',
            kind: 'existence',
            message: 'Say <b>affordable</b>',
            tokens: ['cheap'],
          },
        ],
      },
      'rules[0].message',
      '<b>',
    ],
    [
      'a banned term reason',
      { vocabulary: { banned: [{ term: 'cheap', reason: '<img src=x onerror=alert(1)>' }] } },
      'vocabulary.banned[0].reason',
      '<img src=x onerror=alert(1)>',
    ],
    [
      'a block text variant',
      {
        blocks: [
          {
            id: 'hi',
            label: 'Hi',
            kind: 'greeting',
            text: { en: ['Hi {name}', 'Hi <script>alert(1)</script>'] },
          },
        ],
      },
      'blocks[0].text.en[1]',
      '<script>',
    ],
    [
      'an escalation step',
      {
        escalation: [
          {
            id: 'legal',
            label: 'Legal',
            triggers: { en: ['lawyer'] },
            severity: 'high',
            steps: ['<a href="x">Call legal</a>'],
          },
        ],
      },
      'escalation[0].steps[0]',
      '<a href="x">',
    ],
    [
      'a substitution key',
      {
        rules: [
          {
            id: 'swap',
            kind: 'substitution',
            message: 'Use %s',
            swap: { '<i>cheap</i>': 'affordable' },
          },
        ],
      },
      'rules[0].swap["<i>cheap</i>"]',
      '<i>',
    ],
  ])('HTML in %s is an error at its path', (_name, extra, path, tag) => {
    const result = parsePack(withField(extra));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContainEqual({
      path,
      message: expect.stringContaining(`contains HTML markup ${JSON.stringify(tag)}`),
    });
  });

  it('angle brackets that are not markup pass: hearts, comparisons, patterns', () => {
    const result = parsePack(
      withField({
        description: 'We <3 our customers; replies < 280 characters > nothing',
        rules: [
          { id: 'no-tags', kind: 'existence', message: 'No tags', raw: ['<[a-z]+>'] },
          {
            id: 'acronyms',
            kind: 'conditional',
            message: 'Define %s',
            first: '<(\\w+)>',
            second: '\\((\\w+)\\)',
          },
        ],
      }),
    );
    expect(problems(result)).toEqual([]);
  });

  it('the default pack has no markup anywhere', () => {
    expect(parsePack(JSON.stringify(defaultPackInput)).ok).toBe(true);
  });
});
