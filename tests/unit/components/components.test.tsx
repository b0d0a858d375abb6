// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FindingCard } from '../../../components/FindingCard';
import { FindingGroups } from '../../../components/FindingGroups';
import { excerptOf } from '../../../components/excerpt';
import { summarizeCounts } from '../../../components/labels';
import type { Finding, Fix } from '../../../lib/rules/types';
import { renderInDom } from './dom';

const noop = () => {};

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'human.form-letter',
    category: 'human',
    severity: 'warning',
    start: 0,
    end: 34,
    message: 'This sounds like a form letter.',
    why: 'Customers want a person.',
    link: 'https://example.org/why',
    fixes: [{ label: 'Replace with “I’m sorry”', start: 0, end: 34, replacement: 'I’m sorry' }],
    ...overrides,
  };
}

describe('summarizeCounts', () => {
  it('lists the non-zero counts with plurals', () => {
    expect(summarizeCounts({ error: 2, warning: 1, suggestion: 0 })).toBe('2 errors · 1 warning');
    expect(summarizeCounts({ error: 0, warning: 0, suggestion: 3 })).toBe('3 suggestions');
    expect(summarizeCounts({ error: 0, warning: 0, suggestion: 0 })).toBe('');
  });
});

describe('excerptOf', () => {
  it('keeps the match and some context', () => {
    const text =
      'Thanks for waiting. We apologize for any inconvenience caused by the delay today.';
    const start = text.indexOf('We apologize');
    const excerpt = excerptOf(text, start, start + 'We apologize'.length, 12);
    expect(excerpt.match).toBe('We apologize');
    expect(excerpt.before.length).toBeLessThanOrEqual(12);
    expect(excerpt.cutStart).toBe(true);
    expect(excerpt.cutEnd).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const text = '😀😀😀 hello';
    const excerpt = excerptOf(text, 6, 11, 3);
    expect(excerpt.before).not.toMatch(/^[\udc00-\udfff]/);
  });

  it('copes with offsets past the end', () => {
    expect(excerptOf('abc', 5, 9).match).toBe('');
  });
});

describe('FindingCard', () => {
  it('renders page text as text, never as HTML', () => {
    const text = '<img src=x onerror=alert(1)> hi';
    const html = renderToStaticMarkup(
      <FindingCard
        finding={finding({ start: 0, end: 28, message: '<b>bold</b>' })}
        text={text}
        onApplyFix={noop}
        onShow={noop}
      />,
    );
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows the rule, the fix buttons and a safe external link', () => {
    const html = renderToStaticMarkup(
      <FindingCard
        finding={finding()}
        text="We apologize for any inconvenience."
        onApplyFix={noop}
        onShow={noop}
      />,
    );
    expect(html).toContain('data-rule-id="human.form-letter"');
    expect(html).toContain('Replace with “I’m sorry”');
    expect(html).toContain('rel="noreferrer"');
    expect(html).toContain('target="_blank"');
  });

  it('drops links that are not web links', () => {
    const html = renderToStaticMarkup(
      <FindingCard
        finding={finding({ link: 'javascript:alert(1)' })}
        text="We apologize for any inconvenience."
        onApplyFix={noop}
        onShow={noop}
      />,
    );
    expect(html).not.toContain('javascript:');
  });
});

describe('FindingGroups', () => {
  const noCounts = { error: 0, warning: 0, suggestion: 0 };

  it('says "No findings" for a clean draft', () => {
    const html = renderToStaticMarkup(
      <FindingGroups
        text="Hi Sam, it arrives Friday."
        findings={[]}
        counts={noCounts}
        onApplyFix={noop}
        onShow={noop}
      />,
    );
    expect(html).toContain('No findings');
  });

  it('prompts for a draft when empty', () => {
    const html = renderToStaticMarkup(
      <FindingGroups text="  " findings={[]} counts={noCounts} onApplyFix={noop} onShow={noop} />,
    );
    expect(html).toContain('Type or paste a reply');
    expect(html).not.toContain('No findings');
  });

  it('summarises the counts and groups errors, then warnings, then suggestions', () => {
    const html = renderToStaticMarkup(
      <FindingGroups
        text="We apologize for any inconvenience."
        findings={[
          finding({ severity: 'suggestion', ruleId: 'style.one' }),
          finding({ severity: 'error', ruleId: 'style.two' }),
          finding({ severity: 'error', ruleId: 'style.three', start: 3 }),
        ]}
        counts={{ error: 2, warning: 0, suggestion: 1 }}
        onApplyFix={noop}
        onShow={noop}
      />,
    );
    expect(html).toContain('2 errors · 1 suggestion');
    const order = [...html.matchAll(/data-severity-group="(\w+)"|data-rule-id="([\w.]+)"/g)].map(
      (m) => m[1] ?? m[2],
    );
    expect(order).toEqual(['error', 'style.two', 'style.three', 'suggestion', 'style.one']);
  });

  it('applies the fix a button names and shows the finding in the draft', () => {
    const applied: Fix[] = [];
    const shown: [number, number][] = [];
    const text = 'Hi. We apologize for any inconvenience.';
    const view = renderInDom(
      <FindingGroups
        text={text}
        findings={[finding({ start: 4, end: 38 })]}
        counts={{ error: 0, warning: 1, suggestion: 0 }}
        onApplyFix={(fix) => applied.push(fix)}
        onShow={(start, end) => shown.push([start, end])}
      />,
    );
    view.button('Replace with “I’m sorry”').click();
    view.button('Show in draft').click();
    expect(applied).toEqual([finding().fixes[0]]);
    expect(shown).toEqual([[4, 38]]);
    view.unmount();
  });
});
