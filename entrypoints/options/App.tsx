import { useEffect } from 'react';
import { PanelHeader } from '../../components/PanelHeader';
import { SitesSettings } from '../../components/SitesSettings';
import { t, uiLanguage } from '../../lib/i18n';
import { supportedSites } from '../../lib/options/sites';
import { useSites } from '../../lib/options/use-sites';

const SUPPORTED = supportedSites();

/** Wires the site settings to the presentational components. No logic of its own. */
export function App() {
  const sites = useSites();
  // index.html is static: the tab title and the page language follow the browser's UI language.
  useEffect(() => {
    document.title = t('options_title');
    document.documentElement.lang = uiLanguage();
  }, []);
  return (
    <div className="panel options">
      <PanelHeader title={t('ext_name')} subtitle={t('options_subtitle')} iconUrl="/icon/32.png" />
      <main className="panel__main">
        <SitesSettings
          supported={SUPPORTED}
          mastodon={{
            rows: sites.mastodon,
            onAdd: (raw) => sites.add('mastodon', raw),
            onRemove: (value) => sites.remove('mastodon', value),
            onGrant: sites.grant,
          }}
          other={{
            rows: sites.generic,
            onAdd: (raw) => sites.add('generic', raw),
            onRemove: (value) => sites.remove('generic', value),
            onGrant: sites.grant,
          }}
        />
      </main>
      <footer className="panel__footer">{t('options_footer')}</footer>
    </div>
  );
}
