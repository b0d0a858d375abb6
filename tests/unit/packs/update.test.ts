import { describe, expect, it } from 'vitest';
import { compareVersions, evaluateUpdate } from '../../../lib/packs/update';
import { json, V1, V2, V3_BROKEN, V4_FAILING } from './subscription-packs';

const now = Date.UTC(2026, 0, 5, 9);

describe('evaluateUpdate', () => {
  it('takes a first download as it is, with no version before', () => {
    const result = evaluateUpdate(undefined, json(V1), { now });
    expect(result).toMatchObject({
      ok: true,
      changed: true,
      text: json(V1),
      report: { at: now, to: '1.0.0', changes: [] },
    });
    expect(result.ok && result.changed && result.report.from).toBeUndefined();
  });

  it('applies a valid v2 and says what changed in words', () => {
    const result = evaluateUpdate(json(V1), json(V2), { now });
    expect(result.ok && result.changed && result.report).toEqual({
      at: now,
      from: '1.0.0',
      to: '2.0.0',
      changes: [
        'Version 1.0.0 → 2.0.0',
        'Product name added: “Kettle Pro”',
        'Banned term added: “ASAP” (say when)',
      ],
    });
  });

  it('says why an update was refused in the language of the person in this browser, same paths', () => {
    for (const next of [json(V3_BROKEN), json(V4_FAILING)]) {
      const english = evaluateUpdate(json(V2), next, { now });
      const german = evaluateUpdate(json(V2), next, { now, locale: 'de' });
      expect(english.ok || german.ok).toBe(false);
      if (english.ok || german.ok) continue;
      expect(german.failure.kind).toBe(english.failure.kind);
      expect(german.failure.problems.map((p) => p.path)).toEqual(
        english.failure.problems.map((p) => p.path),
      );
      german.failure.problems.forEach((problem, i) =>
        expect(problem.message).not.toBe(english.failure.problems[i]!.message),
      );
    }
  });

  it('reports no change for the same text, or the same pack written differently', () => {
    expect(evaluateUpdate(json(V2), json(V2), { now })).toEqual({
      ok: true,
      changed: false,
      text: json(V2),
    });
    expect(evaluateUpdate(json(V2), JSON.stringify(V2), { now })).toEqual({
      ok: true,
      changed: false,
      text: JSON.stringify(V2),
    });
  });

  it('refuses broken JSON with where it broke', () => {
    const result = evaluateUpdate(json(V1), '{"id": "acme-care", "version": ', { now });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure.kind).toBe('invalid');
    expect(result.failure.problems[0]!.path).toBe('(root)');
    expect(result.failure.problems[0]!.message).toMatch(/^invalid JSON at line 1, column/);
    expect(result.failure.at).toBe(now);
  });

  it('refuses a wrong version string and an unknown rule id, each with its path', () => {
    const result = evaluateUpdate(json(V2), json(V3_BROKEN), { now });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'invalid', version: '3.0' } });
    if (result.ok) return;
    const paths = result.failure.problems.map((p) => p.path);
    expect(paths).toContain('version');
    expect(paths).toContain('overrides["brand.no-such-rule"]');
  });

  it('refuses HTML in a pack message, with the path of the text', () => {
    const html = {
      ...V2,
      version: '2.1.0',
      vocabulary: { banned: [{ term: 'cheap', reason: '<b>say</b> affordable' }] },
    };
    const result = evaluateUpdate(json(V2), json(html), { now });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'invalid' } });
    if (result.ok) return;
    expect(result.failure.problems).toEqual([
      {
        path: 'vocabulary.banned[0].reason',
        message: expect.stringContaining('contains HTML markup "<b>"') as string,
      },
    ]);
  });

  it('refuses a pack over 1 MB before reading it', () => {
    const huge = json({ ...V2, description: 'x'.repeat(10 * 1024 * 1024) });
    const result = evaluateUpdate(json(V2), huge, { now });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'too-large' } });
    if (result.ok) return;
    expect(result.failure.problems).toEqual([
      { path: '(root)', message: 'the pack is 10.0 MB; a voice pack may be at most 1.0 MB' },
    ]);
    const german = evaluateUpdate(json(V2), huge, { now, locale: 'de' });
    expect(german.ok ? [] : german.failure.problems.map((problem) => problem.message)).toEqual([
      'das Paket ist 10,0 MB groß; ein Stimmpaket darf höchstens 1,0 MB groß sein',
    ]);
    // Counted in bytes, not characters: 600,000 "ä" are 1.2 MB.
    const wide = json({ ...V2, description: 'ä'.repeat(600_000) });
    expect(evaluateUpdate(json(V2), wide, { now })).toMatchObject({
      ok: false,
      failure: { kind: 'too-large' },
    });
  });

  it('refuses a pack whose own examples fail, naming each with the reason', () => {
    const result = evaluateUpdate(json(V2), json(V4_FAILING), { now });
    expect(result).toEqual({
      ok: false,
      failure: {
        at: now,
        kind: 'tests',
        version: '4.0.0',
        problems: [
          {
            path: 'examples[0]',
            message: 'expected no findings, got 1: brand.banned on "cheap"',
          },
        ],
      },
    });
  });

  it('refuses an older version than the one in use', () => {
    const result = evaluateUpdate(json(V2), json(V1), { now });
    expect(result).toEqual({
      ok: false,
      failure: {
        at: now,
        kind: 'older',
        version: '1.0.0',
        problems: [{ path: 'version', message: '1.0.0 is older than 2.0.0, the version in use' }],
      },
    });
  });
});

describe('compareVersions', () => {
  it('orders by number, not by text, and a release above its pre-releases', () => {
    const sorted = [
      '10.0.0',
      '2.0.0',
      '2.0.0-rc.10',
      '2.0.0-rc.2',
      '2.0.0-beta',
      '1.9.9',
      '2.0.0-1',
    ];
    sorted.sort(compareVersions);
    expect(sorted).toEqual([
      '1.9.9',
      '2.0.0-1',
      '2.0.0-beta',
      '2.0.0-rc.2',
      '2.0.0-rc.10',
      '2.0.0',
      '10.0.0',
    ]);
    expect(compareVersions('1.2.3+build.5', '1.2.3')).toBe(0);
  });
});
