import { describe, expect, it } from 'vitest';
import { formatPath, formatProblems, parsePack, type ParseResult } from '../../../lib/voice';

const minimal = { id: 'acme-care', name: 'Acme care', version: '1.0.0', languages: ['en'] };

/** The problems as `path: message` lines, the form the CLI prints. */
function problems(result: ParseResult): string[] {
  return result.ok ? [] : result.errors.map((p) => `${p.path}: ${p.message}`);
}

function warnings(result: ParseResult): string[] {
  return result.ok ? result.warnings.map((p) => `${p.path}: ${p.message}`) : [];
}

describe('formatPath', () => {
  it.each([
    [[], '(root)'],
    [['vocabulary', 'banned', 2, 'replacement'], 'vocabulary.banned[2].replacement'],
    [['overrides', 'human.form-letter'], 'overrides["human.form-letter"]'],
    [['overrides', 'legacy'], 'overrides.legacy'],
    [['blocks', 0, 'text', 'sv'], 'blocks[0].text.sv'],
    [['$schema'], '$schema'],
  ] as const)('%j → %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('parsePack: invalid JSON', () => {
  it.each([
    [
      '{\n  "id": "a",\n  "name": "x",\n}',
      '(root): invalid JSON at line 4, column 1: trailing comma',
    ],
    [
      '{\n  "id": "a"\n  "name": "x"\n}',
      `(root): invalid JSON at line 3, column 3: expected "," or "}", got '"'`,
    ],
    ['["en", "de",]', '(root): invalid JSON at line 1, column 13: trailing comma'],
    [
      "{'id': 'a'}",
      `(root): invalid JSON at line 1, column 2: expected a property name in double quotes, got "'"`,
    ],
    ['{\n  // the pack\n}', '(root): invalid JSON at line 2, column 3: comments are not allowed'],
    ['{"id": "a', '(root): invalid JSON at line 1, column 8: unterminated string'],
    ['', '(root): invalid JSON at line 1, column 1: unexpected end of input'],
    ['{"id": tru}', '(root): invalid JSON at line 1, column 8: unexpected "tru"'],
    [
      '{} {}',
      '(root): invalid JSON at line 1, column 4: unexpected "{" after the end of the document',
    ],
  ])('%j', (text, expected) => {
    expect(problems(parsePack(text))).toEqual([expected]);
  });

  it('accepts a byte order mark, as Windows editors save it', () => {
    expect(parsePack(`\uFEFF${JSON.stringify(minimal)}`).ok).toBe(true);
  });
});

describe('parsePack: schema problems, each with its exact path', () => {
  it.each([
    ['a number instead of a pack', 42, ['(root): expected object, got number']],
    [
      'an empty object',
      {},
      ['id: required', 'name: required', 'version: required', 'languages: required'],
    ],
    [
      'bad id, empty name, bad semver, unknown language',
      { id: 'Acme Care', name: '  ', version: '1.2', languages: ['en', 'fr'] },
      [
        'id: must be lower-case words joined by hyphens, e.g. "acme-care"',
        'name: must not be empty',
        'version: must be a semantic version such as "1.2.0"',
        'languages[1]: expected one of "en", "de", "sv", got "fr"',
      ],
    ],
    [
      'unknown fields at every level, with a suggestion when one is close',
      {
        ...minimal,
        colour: 'blue',
        tone: { maxExclamation: 2, emoji: { max: 2, alowed: ['🙂'] } },
        limits: { twitter: { maxChars: 200 } },
      },
      [
        'colour: unknown field',
        'tone.emoji.alowed: unknown field; did you mean "allowed"?',
        'tone.maxExclamation: unknown field; did you mean "maxExclamations"?',
        'limits.twitter: unknown key; expected one of "x", "linkedin", "facebook", "instagram", "youtube", "reddit", "bluesky", "mastodon", "threads", "whatsapp", "messenger", "generic"',
      ],
    ],
    [
      'wrong types in nested arrays',
      {
        ...minimal,
        vocabulary: {
          terms: ['iPhone', 7],
          banned: [
            { term: 'cheap', reason: 'we are not' },
            { term: 'ASAP', reason: 'vague' },
            { term: 'valued customer', reason: 'form letter', replacement: 3 },
          ],
        },
        readability: { maxSentenceWords: 3, maxHashtags: 1.5 },
      },
      [
        'vocabulary.terms[1]: expected string, got number',
        'vocabulary.banned[2].replacement: expected string, got number',
        'readability.maxSentenceWords: must be at least 5',
        'readability.maxHashtags: expected a whole number, got 1.5',
      ],
    ],
    [
      'custom rules: unknown kind, regex that does not compile, missing field, non-web link',
      {
        ...minimal,
        rules: [
          { id: 'no-cheap', kind: 'existance', message: 'No.' },
          { id: 'caps', kind: 'occurrence', message: 'm', token: '([A-Z]+', max: 1 },
          { id: 'swap', kind: 'substitution', message: 'm', link: 'javascript:alert(1)' },
        ],
      },
      [
        'rules[0].kind: expected one of "existence", "substitution", "occurrence", "capitalization", "consistency", "conditional", "metric", got "existance"',
        'rules[1].token: not a valid regular expression: Invalid regular expression: /([A-Z]+/u: Unterminated group',
        'rules[2].link: must be an http(s) URL',
        'rules[2].swap: required',
      ],
    ],
    [
      'override levels, block kinds, playbook steps and example expectations',
      {
        ...minimal,
        overrides: { 'human.deflection': 'loud' },
        blocks: [{ id: 'hi', label: 'Hi', kind: 'hello', text: { en: 'Hi {name}' } }],
        escalation: [
          { id: 'legal', label: 'Legal', severity: 'high', triggers: { en: [] }, steps: [] },
        ],
        examples: [
          { text: 'Hi', expect: 'fail' },
          { text: 'Hi', expect: { trips: [3] } },
          { text: 'Hi' },
        ],
      },
      [
        'overrides["human.deflection"]: expected one of "off", "error", "warning", "suggestion", got "loud"',
        'blocks[0].kind: expected one of "greeting", "acknowledge", "empathy", "apology", "answer", "next-step", "question", "closing", got "hello"',
        'escalation[0].triggers.en: must not be empty',
        'escalation[0].steps: must not be empty',
        'examples[0].expect: expected "pass" or object, got "fail"',
        'examples[1].expect.trips[0]: expected string, got number',
        'examples[2].expect: required',
      ],
    ],
    [
      'unknown fields inside a custom rule and an example expectation',
      {
        ...minimal,
        rules: [{ id: 'no-cheap', kind: 'existence', message: 'No.', tokenz: ['cheap'] }],
        examples: [{ text: 'So cheap', expect: { trips: ['brand.custom.no-cheap'], trip: [] } }],
      },
      [
        'rules[0].tokenz: unknown field; did you mean "tokens"?',
        'examples[0].expect.trip: unknown field; did you mean "trips"?',
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(problems(parsePack(input))).toEqual(expected);
  });
});

describe('parsePack: checks beyond the schema', () => {
  it('rejects unknown override ids, suggesting the closest one', () => {
    const result = parsePack({
      ...minimal,
      rules: [{ id: 'no-cheap', kind: 'existence', message: 'No.', tokens: ['cheap'] }],
      overrides: {
        'human.formletter': 'off',
        'foo.bar': 'warning',
        'no-cheap': 'error',
        'brand.custom.no-cheap': 'suggestion',
        'inclusive.ableist': 'off',
      },
    });
    expect(problems(result)).toEqual([
      'overrides["human.formletter"]: unknown rule id; did you mean "human.form-letter"?',
      'overrides["foo.bar"]: unknown rule id',
      'overrides["no-cheap"]: unknown rule id; did you mean "brand.custom.no-cheap"?',
    ]);
  });

  it('rejects duplicate ids in rules, blocks and the playbook', () => {
    const rule = { id: 'no-cheap', kind: 'existence', message: 'No.', tokens: ['cheap'] };
    const block = { id: 'hi', label: 'Hi', kind: 'greeting', text: { en: 'Hi {name},' } };
    const entry = {
      id: 'legal',
      label: 'Legal',
      severity: 'high',
      triggers: { en: ['lawyer'] },
      steps: ['Stop.'],
    };
    const result = parsePack({
      ...minimal,
      rules: [rule, { ...rule, tokens: ['cheaper'] }],
      blocks: [block, block, block],
      escalation: [entry, entry],
    });
    expect(problems(result)).toEqual([
      'rules[1].id: duplicate id "no-cheap" (first used at rules[0])',
      'blocks[1].id: duplicate id "hi" (first used at blocks[0])',
      'blocks[2].id: duplicate id "hi" (first used at blocks[0])',
      'escalation[1].id: duplicate id "legal" (first used at escalation[0])',
    ]);
  });

  it('needs min or max on occurrence and metric rules, and min ≤ max', () => {
    const result = parsePack({
      ...minimal,
      rules: [
        { id: 'sorry', kind: 'occurrence', message: 'm', token: 'sorry' },
        { id: 'long', kind: 'metric', message: 'm', metric: 'words' },
        { id: 'range', kind: 'metric', message: 'm', metric: 'words', min: 10, max: 5 },
        { id: 'fine', kind: 'metric', message: 'm', metric: 'lix', max: 40 },
      ],
    });
    expect(problems(result)).toEqual([
      'rules[0]: needs "min" or "max"',
      'rules[1]: needs "min" or "max"',
      'rules[2].min: must not be greater than "max" (5)',
    ]);
  });

  it('checks that examples trip known rules, built-in or the pack’s own', () => {
    const result = parsePack({
      ...minimal,
      rules: [{ id: 'no-cheap', kind: 'existence', message: 'No.', tokens: ['cheap'] }],
      examples: [
        { text: 'So cheap', expect: { trips: ['brand.custom.no-cheap', 'human.form-leter'] } },
        { text: 'So cheap', expect: { trips: ['no-cheap', 'brand.custom.no-chep'] } },
      ],
    });
    expect(problems(result)).toEqual([
      'examples[0].expect.trips[1]: unknown rule id "human.form-leter"; did you mean "human.form-letter"?',
      'examples[1].expect.trips[0]: unknown rule id "no-cheap"; did you mean "brand.custom.no-cheap"?',
      'examples[1].expect.trips[1]: unknown rule id "brand.custom.no-chep"; did you mean "brand.custom.no-cheap"?',
    ]);
  });

  it('rejects languages the pack does not declare, and unknown placeholders', () => {
    const result = parsePack({
      ...minimal,
      languages: ['en', 'de', 'en'],
      tone: { signOff: { template: '^{initals}' } },
      rules: [{ id: 'x', kind: 'existence', message: 'm', tokens: ['x'], languages: ['sv'] }],
      blocks: [
        {
          id: 'hi',
          label: 'Hi',
          kind: 'greeting',
          text: { en: 'Hi {nam},', de: 'Hallo {name},', sv: 'Hej {name},' },
        },
      ],
      escalation: [
        {
          id: 'legal',
          label: 'L',
          severity: 'high',
          triggers: { en: ['lawyer'], de: ['Anwalt'], sv: ['advokat'] },
          steps: ['Stop.'],
        },
      ],
      examples: [{ text: 'Hej', language: 'sv', expect: 'pass' }],
    });
    expect(problems(result)).toEqual([
      'languages[2]: duplicate language "en"',
      'tone.signOff.template: unknown placeholder {initals}; did you mean {initials}?',
      `rules[0].languages[0]: language "sv" is not in the pack's languages (en, de)`,
      'blocks[0].text.en: unknown placeholder {nam}; did you mean {name}?',
      `blocks[0].text.sv: language "sv" is not in the pack's languages (en, de)`,
      `escalation[0].triggers.sv: language "sv" is not in the pack's languages (en, de)`,
      `examples[0].language: language "sv" is not in the pack's languages (en, de)`,
    ]);
  });

  it('lists schema and semantic problems together', () => {
    const result = parsePack({
      ...minimal,
      version: 'v1',
      overrides: { 'human.formletter': 'off' },
      blocks: [{ id: 'hi', label: '', kind: 'greeting', text: { en: 'Hi' } }],
    });
    expect(problems(result)).toEqual([
      'version: must be a semantic version such as "1.2.0"',
      'overrides["human.formletter"]: unknown rule id; did you mean "human.form-letter"?',
      'blocks[0].label: must not be empty',
    ]);
  });
});

describe('parsePack: warnings on a valid pack', () => {
  it('warns about missing translations and house limits above the platform’s own', () => {
    const result = parsePack({
      ...minimal,
      languages: ['en', 'de', 'sv'],
      limits: { x: { maxChars: 300 }, linkedin: { maxChars: 800 } },
      blocks: [
        {
          id: 'hi',
          label: 'Hi',
          kind: 'greeting',
          text: { en: 'Hi {name},', de: 'Hallo {name},' },
        },
      ],
      escalation: [
        {
          id: 'legal',
          label: 'Legal',
          severity: 'high',
          triggers: { en: ['lawyer'], de: ['Anwalt'], sv: ['advokat'] },
          steps: ['Stop.'],
          holdingReply: { en: 'Hi {name}, I’ve passed this on.' },
        },
      ],
    });
    expect(result.ok).toBe(true);
    expect(warnings(result)).toEqual([
      "limits.x.maxChars: is above X's own limit of 280, which still applies",
      'blocks[0].text: no "sv" text',
      'escalation[0].holdingReply: no "de" holding reply',
      'escalation[0].holdingReply: no "sv" holding reply',
    ]);
  });
});

describe('parsePack: a good pack', () => {
  it('keeps its values and fills in every default', () => {
    const result = parsePack(
      JSON.stringify({
        ...minimal,
        tone: { emoji: { max: 1 }, signOff: { template: '^{initials}', platforms: ['x'] } },
        vocabulary: { terms: ['  iPhone  '] },
        rules: [{ id: 'no-cheap', kind: 'existence', message: 'Not “%s”.', tokens: ['cheap'] }],
        overrides: { 'brand.custom.no-cheap': 'error', 'human.exclamations': 'off' },
        limits: { x: { maxChars: 200 } },
      }),
    );
    if (!result.ok) throw new Error(formatProblems(result.errors));
    expect(result.warnings).toEqual([]);
    const { pack } = result;
    expect(pack.tone).toEqual({
      persona: '',
      formality: 'neutral',
      firstPerson: 'singular',
      emoji: { max: 1 },
      maxExclamations: 1,
      greetByName: true,
      signOff: { template: '^{initials}', platforms: ['x'] },
    });
    expect(pack.vocabulary).toEqual({
      terms: ['iPhone'],
      banned: [],
      preferred: [],
      avoidPhrases: [],
    });
    expect(pack.readability).toEqual({
      maxSentenceWords: 25,
      maxGrade: 8,
      maxLix: 40,
      maxHashtags: 2,
    });
    expect(pack.rules).toEqual([
      {
        id: 'no-cheap',
        kind: 'existence',
        message: 'Not “%s”.',
        level: 'warning',
        tokens: ['cheap'],
        raw: [],
        ignorecase: true,
        exceptions: [],
      },
    ]);
    expect(pack.overrides).toEqual({
      'brand.custom.no-cheap': 'error',
      'human.exclamations': 'off',
    });
    expect(pack.limits).toEqual({ x: { maxChars: 200 } });
    expect(pack.description).toBe('');
    expect([pack.blocks, pack.escalation, pack.examples]).toEqual([[], [], []]);
  });

  it('takes an already parsed value as well as JSON text', () => {
    const fromText = parsePack(JSON.stringify(minimal));
    const fromValue = parsePack(minimal);
    expect(fromText).toEqual(fromValue);
    expect(fromValue.ok).toBe(true);
  });
});

describe('formatProblems', () => {
  it('prints one `path: message` per line', () => {
    expect(
      formatProblems([
        { path: 'id', message: 'required' },
        { path: 'vocabulary.banned[2].replacement', message: 'expected string, got number' },
      ]),
    ).toBe('id: required\nvocabulary.banned[2].replacement: expected string, got number');
  });
});
