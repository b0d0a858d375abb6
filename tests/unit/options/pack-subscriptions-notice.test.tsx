// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { PackUpdateNotice } from '../../../components/PackUpdateNotice';
import { relativeTime } from '../../../components/PackSubscriptionsWords';
import type { SubscriptionState } from '../../../lib/packs/types';
import { setTestUiLanguage } from '../setup';
import { renderInDom } from '../components/dom';

const T = Date.UTC(2026, 0, 5, 9);
let view: ReturnType<typeof renderInDom> | undefined;
afterEach(() => {
  view?.unmount();
  view = undefined;
  setTestUiLanguage('en');
});

function summaries(state: SubscriptionState, name = 'Acme care') {
  view = renderInDom(<PackUpdateNotice name={name} state={state} />);
  return [...view.container.querySelectorAll('summary')].map((s) => s.textContent);
}

describe('PackUpdateNotice', () => {
  it('says nothing for a first download or an unchecked subscription', () => {
    expect(summaries({})).toEqual([]);
    expect(view!.container.innerHTML).toBe('');
    view!.unmount();
    summaries({ text: '{}', lastChange: { at: T, to: '1.0.0', changes: [] } });
    expect(view!.container.innerHTML).toBe('');
  });

  it('names the update with its versions, the changes behind a disclosure', () => {
    expect(
      summaries({
        text: '{}',
        lastChange: {
          at: T,
          from: '1.0.0',
          to: '2.0.0',
          changes: ['Version 1.0.0 → 2.0.0', 'Banned term added: “ASAP”'],
        },
      }),
    ).toEqual(['Acme care updated 1.0.0 → 2.0.0']);
    expect([...view!.container.querySelectorAll('details li')].map((l) => l.textContent)).toEqual([
      'Version 1.0.0 → 2.0.0',
      'Banned term added: “ASAP”',
    ]);
    expect(view!.container.querySelector('details')!.open).toBe(false);
  });

  it('says why an update was refused and which version stays, with the paths', () => {
    expect(
      summaries({
        text: '{}',
        lastChange: { at: T, to: '2.0.0', changes: [] },
        failure: {
          at: T,
          kind: 'tests',
          version: '3.0.0',
          problems: [{ path: 'examples[0]', message: 'expected no findings, got 1' }],
        },
      }),
    ).toEqual([
      'Update to 3.0.0 refused because its own examples fail. Still using version 2.0.0.',
    ]);
    expect(view!.container.querySelector('details li')!.textContent).toBe(
      'examples[0]: expected no findings, got 1',
    );
  });

  it('shows a version waiting while pinned, and pack text only as text', () => {
    expect(
      summaries(
        {
          text: '{}',
          available: {
            at: T,
            from: '2.0.0',
            to: '2.1.0',
            changes: ['Banned term added: “<img src=x onerror=alert(1)>”'],
            text: '{}',
          },
        },
        '<b>Acme</b>',
      ),
    ).toEqual(['2.1.0 available (pinned)']);
    expect(view!.container.querySelector('img')).toBeNull();
    expect(view!.container.querySelector('details li')!.textContent).toContain('<img');
  });

  it('in German', () => {
    setTestUiLanguage('de');
    expect(
      summaries({
        text: '{}',
        lastChange: { at: T, from: '1.0.0', to: '2.0.0', changes: [] },
      }),
    ).toEqual(['Acme care aktualisiert 1.0.0 → 2.0.0']);
  });
});

describe('relativeTime', () => {
  it('picks the unit that reads naturally, and never the future', () => {
    expect(relativeTime(T, T, 'en')).toBe('now');
    expect(relativeTime(T + 5000, T, 'en')).toBe('now');
    expect(relativeTime(T - 45_000, T, 'en')).toBe('45 seconds ago');
    expect(relativeTime(T - 5 * 60_000, T, 'en')).toBe('5 minutes ago');
    expect(relativeTime(T - 3 * 3_600_000, T, 'de')).toBe('vor 3 Stunden');
    expect(relativeTime(T - 86_400_000, T, 'sv')).toBe('i går');
    expect(relativeTime(T - 10 * 86_400_000, T, 'en')).toBe('10 days ago');
  });
});
