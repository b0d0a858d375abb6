import { useEffect } from 'react';
import { DataPage } from '../../components/DataPage';
import { ManagedPolicyNotice } from '../../components/ManagedPolicyNotice';
import { SectionNav } from '../../components/DataSectionNav';
import { PackSection } from '../../components/PackSection';
import { PanelHeader } from '../../components/PanelHeader';
import { SitesSettings } from '../../components/SitesSettings';
import { t, uiLanguage } from '../../lib/i18n';
import { useCustomerData } from '../../lib/options/data-hook';
import { useAgentInitials, useRetention } from '../../lib/options/data-retention';
import { useSection } from '../../lib/options/data-section';
import { usePacksStore } from '../../lib/options/packs-store';
import { useManagedPolicy } from '../../lib/options/use-managed-policy';
import { supportedSites } from '../../lib/options/sites';
import { useSites } from '../../lib/options/use-sites';
import { MAX_RETENTION_DAYS } from '../../lib/settings/memory-retention';

const SUPPORTED = supportedSites();

function SitesSection() {
  const sites = useSites();
  return (
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
  );
}

// Mounted only while its section is open: customer memory is opened when the user looks at it.
function DataSection() {
  const agentInitials = useAgentInitials();
  const data = useCustomerData(agentInitials ? { agentInitials } : {});
  const retention = useRetention();
  return (
    <DataPage
      data={data}
      retention={{ days: retention.days, max: MAX_RETENTION_DAYS, onSave: retention.save }}
    />
  );
}

// Mounted only while its section is open, like the others.
function PacksSection() {
  return <PackSection store={usePacksStore()} />;
}

/** Wires the settings sections to the presentational components. No logic of its own. */
export function App() {
  const [section] = useSection();
  const policy = useManagedPolicy();
  // index.html is static: the tab title and the page language follow the browser's UI language.
  useEffect(() => {
    document.title = t('options_title');
    document.documentElement.lang = uiLanguage();
  }, []);
  return (
    <div className="panel options">
      <PanelHeader title={t('ext_name')} subtitle={t('options_subtitle')} iconUrl="/icon/32.png" />
      <SectionNav current={section} />
      <main className="panel__main">
        <ManagedPolicyNotice policy={policy} />
        {section === 'data' ? (
          <DataSection />
        ) : section === 'packs' ? (
          <PacksSection />
        ) : (
          <SitesSection />
        )}
      </main>
      <footer className="panel__footer">{t('options_footer')}</footer>
    </div>
  );
}
