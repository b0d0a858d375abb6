import type { PackProblem } from '../lib/voice/parse';
import { t } from '../lib/i18n';

/** No reply box followed: what to do. */
export function NoComposerState() {
  return (
    <section className="panel-state" aria-labelledby="no-composer-title" data-testid="no-composer">
      <h2 id="no-composer-title">{t('compose_state_no_composer')}</h2>
      <p>{t('compose_state_no_composer_help')}</p>
    </section>
  );
}

export interface SiteNotEnabledProps {
  host: string;
  /** Must ask for the access synchronously: the browser needs the click itself. */
  onEnable: () => void;
  outcome: 'granted' | 'refused' | null;
  onReload: () => void;
}

/** The tab's site has no access yet: the button asks for it. */
export function SiteNotEnabledState({ host, onEnable, outcome, onReload }: SiteNotEnabledProps) {
  return (
    <section
      className="panel-state panel-state--site"
      aria-labelledby="site-not-enabled-title"
      data-testid="site-not-enabled"
    >
      <h2 id="site-not-enabled-title">{t('compose_state_not_enabled', { host })}</h2>
      <p>{t('compose_state_not_enabled_help')}</p>
      {outcome === 'granted' ? (
        <>
          <p role="status">{t('compose_site_enabled')}</p>
          <button type="button" className="button button--primary" onClick={onReload}>
            {t('compose_reload_page')}
          </button>
        </>
      ) : (
        <>
          <button type="button" className="button button--primary" onClick={onEnable}>
            {t('compose_enable_site', { host })}
          </button>
          {outcome === 'refused' ? <p role="status">{t('compose_site_refused')}</p> : null}
        </>
      )}
    </section>
  );
}

export interface PackInvalidProps {
  problems: readonly PackProblem[];
  /** The name of the last good version of the broken pack, when that version is in use. */
  lastGoodName?: string;
  /** Another pack used instead (the next rule's, the team's default); absent: the built-in one. */
  insteadName?: string;
}

/** The stored team pack failed validation: its problems, and which pack is used instead. */
export function PackInvalidState({ problems, lastGoodName, insteadName }: PackInvalidProps) {
  return (
    <section
      className="panel-state panel-state--warning"
      aria-labelledby="pack-invalid-title"
      data-testid="pack-invalid"
    >
      <h2 id="pack-invalid-title">{t('compose_state_pack_invalid')}</h2>
      <p>
        {lastGoodName
          ? t('compose_state_pack_last_good', { name: lastGoodName })
          : insteadName
            ? t('panel_pack_instead', { name: insteadName })
            : t('compose_state_pack_default')}
      </p>
      <ul className="panel-state__problems">
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The keys of the panel and of the browser, reachable by keyboard (a native disclosure). */
export function KeyboardHelp() {
  return (
    <details className="keyboard-help" data-testid="keyboard-help">
      <summary>{t('compose_keys_heading')}</summary>
      <ul>
        <li>{t('compose_keys_insert')}</li>
        <li>{t('compose_keys_next')}</li>
        <li>{t('compose_keys_fix')}</li>
      </ul>
      <p>{t('compose_keys_where')}</p>
      <p>{t('compose_keys_global')}</p>
    </details>
  );
}
