// @vitest-environment happy-dom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AnalysisSummary } from '../../../components/AnalysisSummary';
import { CustomerCard } from '../../../components/CustomerCard';
import { EscalationGuidance } from '../../../components/EscalationGuidance';
import { SuggestionList } from '../../../components/SuggestionList';
import type { Analysis, EscalationMatch } from '../../../lib/compose/types';
import type { InsertMode } from '../../../lib/messaging/protocol';
import { setTestUiLanguage } from '../setup';
import { renderInDom } from './dom';

const analysis: Analysis = {
  language: 'en',
  languageDetected: false,
  intent: 'delivery',
  secondaryIntent: 'complaint',
  intensity: 'angry',
  intensityScore: 0.7,
  signals: ['caps', 'exclamations', 'something-new'],
  entities: { names: [], orderNumbers: ['#4411'], products: [], dates: [], emails: [] },
  topic: 'your parcel',
  escalation: [],
};

const noop = () => {};

describe('the compose components', () => {
  it('render page text as text, never as markup', () => {
    const html = renderToStaticMarkup(
      <SuggestionList
        suggestions={[
          { text: 'Hi <img src=x onerror=alert(1)>', shape: 'short', findings: [], blocks: [] },
        ]}
        canInsert
        onInsert={noop}
        onCopy={async () => true}
      />,
    );
    expect(html).toContain('Hi &lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    expect(html).toContain('data-testid="suggestion"');
    expect(html).toContain('aria-label="Insert suggestion 1, replacing the reply box’s text"');
  });

  it('suggestions: Insert replaces, Insert at caret inserts there, Copy says whether it worked', async () => {
    const suggestions = ['Hi Sam, it ships today.', 'Hi Sam, sorry for the wait.'].map((text) => ({
      text,
      shape: 'short' as const,
      findings: [],
      blocks: [],
    }));
    const inserted: [number, InsertMode][] = [];
    const copied: number[] = [];
    const view = renderInDom(
      <SuggestionList
        suggestions={suggestions}
        canInsert
        onInsert={(index, mode) => inserted.push([index, mode])}
        onCopy={async (index) => copied.push(index) === 1}
      />,
    );
    view.button('Insert suggestion 2, replacing the reply box’s text').click();
    view.button('Insert at caret: suggestion 1, where the cursor is in the reply box').click();
    expect(inserted).toEqual([
      [1, 'replace'],
      [0, 'caret'],
    ]);
    const status = () =>
      [...view.container.querySelectorAll('[role="status"]')].map((s) => s.textContent);
    await view.act(() => view.button('Copy suggestion 2').click());
    expect(copied).toEqual([1]);
    expect(status()).toEqual(['', 'Copied']);
    await view.act(() => view.button('Copy suggestion 1').click());
    expect(status()).toEqual(['Could not copy: select the text and copy it by hand.', '']);
    view.unmount();

    const noBox = renderInDom(
      <SuggestionList
        suggestions={suggestions}
        canInsert={false}
        onInsert={noop}
        onCopy={async () => true}
      />,
    );
    const disabled = [...noBox.container.querySelectorAll('button')].map((b) => [
      b.dataset.action,
      b.disabled,
    ]);
    expect(disabled.slice(0, 3)).toEqual([
      ['insert', true],
      ['insert-caret', true],
      ['copy', false],
    ]);
    noBox.unmount();
  });

  it('say what the analysis read, in words, and when the language is only assumed', () => {
    const html = renderToStaticMarkup(<AnalysisSummary analysis={analysis} />);
    expect(html).toContain('an order or delivery, also a complaint');
    expect(html).toContain('angry (capitals, exclamation marks, other signs)');
    expect(html).toContain('English (assumed: too short to tell)');
    expect(html).toContain('#4411');
  });

  it('the customer card is honest about what memory knows', () => {
    const card = (history?: Parameters<typeof CustomerCard>[0]['history']) =>
      renderToStaticMarkup(
        <CustomerCard
          name="Dana K"
          handle="dana_k"
          platformLabel="X"
          kindLabel="Reply"
          {...(history ? { history } : {})}
          lastLabel={() => ({ platform: 'LinkedIn', date: '3 May' })}
        />,
      );
    expect(card()).toContain('No earlier conversations on record');
    expect(card({ conversations: 0, unresolved: 0 })).toContain('First contact');
    expect(
      card({ conversations: 2, unresolved: 1, last: { platform: 'linkedin', at: '2026-05-03' } }),
    ).toContain('Returning · 2 conversations · last on LinkedIn, 3 May');
  });

  it('escalation: one block per playbook with its steps in order; a cue without one still warns', () => {
    const playbook = {
      id: 'legal',
      label: 'Legal threat',
      severity: 'high' as const,
      steps: ['Do not argue', 'Hand to legal'],
      handOffTo: 'Legal team',
      holdingReply: 'We are on it.',
    };
    const matches: EscalationMatch[] = [
      { cue: 'legal', evidence: 'my lawyer', playbook },
      { cue: 'press', evidence: 'journalist', playbook },
      { cue: 'self-harm', evidence: 'no way out' },
    ];
    const html = renderToStaticMarkup(
      <EscalationGuidance matches={matches} onInsertHolding={noop} />,
    );
    expect(html.match(/data-playbook="legal"/g)).toHaveLength(1);
    expect(html).toContain('<ol class="playbook__steps"');
    expect(html).toContain('<li>Do not argue</li><li>Hand to legal</li>');
    expect(html).toContain('Hand off to: Legal team');
    expect(html).toContain('self-harm');
    expect(html).toContain('has no playbook for this');
  });

  it('speak German with a German UI', () => {
    setTestUiLanguage('de');
    try {
      const html = renderToStaticMarkup(<AnalysisSummary analysis={analysis} />);
      expect(html).toContain('eine Bestellung oder Lieferung, außerdem eine Beschwerde');
    } finally {
      setTestUiLanguage('en');
    }
  });
});
