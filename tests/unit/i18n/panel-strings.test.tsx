import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { DraftEditor } from '../../../components/DraftEditor';
import { PageComposerCard } from '../../../components/PageComposerCard';
import { summarizeCounts } from '../../../components/labels';
import { placeLabel, problemsOf } from '../../../lib/panel/page-view';
import { parseMastodonDomain } from '../../../lib/settings/site-input';
import { LANGUAGE_OPTIONS, PLATFORM_OPTIONS } from '../../../lib/store/options';
import { setTestUiLanguage } from '../setup';

afterEach(() => setTestUiLanguage('en'));

const EMPTY = { mastodonDomains: [], genericOrigins: [] };

describe('the panel’s texts follow the UI language', () => {
  it('option labels are read when shown, not when the module loaded', () => {
    const other = () => PLATFORM_OPTIONS.find((o) => o.value === 'generic')!.label;
    expect(other()).toBe('Other site');
    setTestUiLanguage('de');
    expect(other()).toBe('Andere Website');
    expect(PLATFORM_OPTIONS.find((o) => o.value === 'x')!.label).toBe('X');
    expect(LANGUAGE_OPTIONS.map((o) => o.label)).toEqual([
      'Automatisch',
      'English',
      'Deutsch',
      'Svenska',
    ]);
    setTestUiLanguage('sv');
    expect(other()).toBe('Annan webbplats');
  });

  it('counts take the singular or plural key', () => {
    setTestUiLanguage('de');
    expect(summarizeCounts({ error: 1, warning: 2, suggestion: 1 })).toBe(
      '1 Fehler · 2 Warnungen · 1 Vorschlag',
    );
    setTestUiLanguage('sv');
    expect(summarizeCounts({ error: 2, warning: 1, suggestion: 3 })).toBe(
      '2 fel · 1 varning · 3 förslag',
    );
  });

  it('the reply box’s place, problems and card in German', () => {
    setTestUiLanguage('de');
    expect(placeLabel({ platform: 'generic' })).toBe('dieser Website');
    expect(
      problemsOf([{ adapter: 'generic', reader: 'reply.read', message: 'boom', url: 'x' }]),
    ).toEqual(['reply.read auf Andere Website konnte nicht gelesen werden: boom']);
    const html = renderToStaticMarkup(
      <PageComposerCard
        view={{
          platformLabel: 'LinkedIn',
          kindLabel: 'Kommentar',
          customerName: 'Sam',
          earlierCount: 2,
          genericLayout: false,
        }}
        problems={[]}
        notice={null}
        sentCount={3}
        onStopFollowing={() => {}}
      />,
    );
    expect(html).toContain('Kommentar auf LinkedIn an Sam');
    expect(html).toContain('2 frühere Nachrichten dieser Person auf dieser Seite.');
    expect(html).toContain('3 Antworten gesendet.');
  });

  it('the draft’s length line keeps the English wording and reads in Swedish', () => {
    const render = () =>
      renderToStaticMarkup(
        <DraftEditor
          value="x"
          onChange={() => {}}
          length={{ length: 300, limit: 280, platformLabel: 'X' }}
        />,
      ).replace(/<[^>]+>/g, '');
    expect(render()).toContain('300 / 280 · 20 over the X limit');
    setTestUiLanguage('sv');
    expect(render()).toContain('300 / 280 · 20 över gränsen för X');
  });

  it('a refused site address is explained in the UI language', () => {
    setTestUiLanguage('sv');
    expect(parseMastodonDomain('x.com', EMPTY)).toEqual({
      ok: false,
      error: 'x.com är X, som redan stöds.',
    });
  });
});
