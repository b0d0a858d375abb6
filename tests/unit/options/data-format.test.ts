import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  confirmsName,
  csvFileName,
  parseRetentionInput,
  parseTags,
  safeProfileUrl,
  visibleProblems,
} from '../../../lib/options/data-format';
import { sectionFromHash } from '../../../lib/options/data-section';

describe('customer data page: plain functions', () => {
  it('names files by the local date', () => {
    const day = new Date(2025, 2, 7, 23, 59);
    expect(backupFileName(day)).toBe('replykit-memory-2025-03-07.json');
    expect(csvFileName('contacts', day)).toBe('replykit-contacts-2025-03-07.csv');
    expect(csvFileName('interactions', day)).toBe('replykit-interactions-2025-03-07.csv');
  });

  it('links only http(s) profile addresses', () => {
    expect(safeProfileUrl('https://www.instagram.com/maya.p/')).toBe(
      'https://www.instagram.com/maya.p/',
    );
    expect(safeProfileUrl('http://example.org/u/1')).toBe('http://example.org/u/1');
    expect(safeProfileUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeProfileUrl('JaVaScRiPt:alert(1)')).toBeUndefined();
    expect(safeProfileUrl('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeProfileUrl('not a url')).toBeUndefined();
    expect(safeProfileUrl(undefined)).toBeUndefined();
  });

  it('shows the first 50 problems and counts the rest', () => {
    const problems = Array.from({ length: 812 }, (_, i) => ({
      path: `interactions[${i}].ourReply`,
      message: 'too long',
    }));
    const { shown, more } = visibleProblems(problems);
    expect(shown).toHaveLength(50);
    expect(shown[49]!.path).toBe('interactions[49].ourReply');
    expect(more).toBe(762);
    expect(visibleProblems(problems.slice(0, 3))).toEqual({ shown: problems.slice(0, 3), more: 0 });
  });

  it('reads tags as typed: commas, spacing, repeats', () => {
    expect(parseTags(' vip,  wholesale ,,VIP, late   delivery ')).toEqual([
      'vip',
      'wholesale',
      'late delivery',
    ]);
    expect(parseTags('')).toEqual([]);
  });

  it('confirms a name typed back without regard to case and spacing, never an empty one', () => {
    expect(confirmsName('  maya   PATEL ', 'Maya Patel')).toBe(true);
    expect(confirmsName('Maya', 'Maya Patel')).toBe(false);
    expect(confirmsName('', '')).toBe(false);
    expect(confirmsName('<b>x</b>', '<b>x</b>')).toBe(true);
  });

  it('accepts retention days from 0 to the maximum, whole numbers only', () => {
    expect(parseRetentionInput(' 90 ', 3650)).toEqual({ ok: true, days: 90 });
    expect(parseRetentionInput('0', 3650)).toEqual({ ok: true, days: 0 });
    expect(parseRetentionInput('3651', 3650)).toEqual({ ok: false });
    for (const bad of ['', '-1', '1.5', '1e3', 'ninety'])
      expect(parseRetentionInput(bad, 3650)).toEqual({ ok: false });
  });

  it('opens the section the hash names, sites otherwise', () => {
    expect(sectionFromHash('#data')).toBe('data');
    expect(sectionFromHash('#sites')).toBe('sites');
    expect(sectionFromHash('')).toBe('sites');
    expect(sectionFromHash('#nope')).toBe('sites');
  });
});
