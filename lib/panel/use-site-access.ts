import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_MATCHES } from '../content/matches';
import { actionTab, parseActionTab, type ActionTab } from '../settings/action-tab';
import { originPattern } from '../settings/site-input';
import {
  loadSiteSettings,
  parseSiteSettings,
  siteSettings,
  type SiteSettings,
} from '../settings/sites';
import { disabledSiteOf, withGenericOrigin, type DisabledSite } from './site-access';

export interface SiteAccess {
  /** The site of the tab the panel was opened over, when Replykit does not run there. */
  disabled: (DisabledSite & { tabId: number }) | null;
  outcome: 'granted' | 'refused' | null;
  /** Call from the click itself: the browser asks the user only during the gesture. */
  enable: () => void;
  reload: () => void;
}

/**
 * Whether Replykit runs on the site the panel was opened over (known from the toolbar click,
 * see lib/settings/action-tab.ts), and the way to allow it: the access for that one origin,
 * then the site joins the other sites, and the background registers the content script for it
 * (lib/background/site-scripts.ts), as the options page does.
 */
export function useSiteAccess(): SiteAccess {
  const [tab, setTab] = useState<ActionTab | null>(null);
  const [settings, setSettings] = useState<SiteSettings | null>(null);
  const [granted, setGranted] = useState<readonly string[]>([]);
  const [outcome, setOutcome] = useState<SiteAccess['outcome']>(null);

  useEffect(() => {
    const refreshGranted = () => {
      browser.permissions.getAll().then(
        (all) => setGranted(all.origins ?? []),
        () => undefined,
      );
    };
    actionTab.getValue().then(
      (value) => setTab(parseActionTab(value)),
      () => undefined,
    );
    const unwatchTab = actionTab.watch((value) => {
      setTab(parseActionTab(value));
      setOutcome(null);
    });
    siteSettings.getValue().then(
      (value) => setSettings(parseSiteSettings(value).settings),
      () => undefined,
    );
    const unwatchSites = siteSettings.watch((value) =>
      setSettings(parseSiteSettings(value).settings),
    );
    refreshGranted();
    browser.permissions.onAdded.addListener(refreshGranted);
    browser.permissions.onRemoved.addListener(refreshGranted);
    // Another tab in front: the panel no longer knows the site (no `tabs` permission).
    const onActivated = ({ tabId }: { tabId: number }) =>
      setTab((current) => (current && current.tabId !== tabId ? null : current));
    browser.tabs?.onActivated.addListener(onActivated);
    return () => {
      unwatchTab();
      unwatchSites();
      browser.permissions.onAdded.removeListener(refreshGranted);
      browser.permissions.onRemoved.removeListener(refreshGranted);
      browser.tabs?.onActivated.removeListener(onActivated);
    };
  }, []);

  const site =
    tab && settings
      ? disabledSiteOf(tab.url, { staticMatches: CONTENT_SCRIPT_MATCHES, granted, settings })
      : null;
  const disabled = site && tab ? { ...site, tabId: tab.tabId } : null;
  // Just granted: the site counts as enabled now, but the page still needs a reload.
  const shown = disabled ?? (outcome === 'granted' && tab && settings ? lastShown(tab) : null);

  const origin = shown?.origin;
  const enable = useCallback(() => {
    if (!origin) return;
    browser.permissions.request({ origins: [originPattern(origin)] }).then(
      async (ok) => {
        setOutcome(ok ? 'granted' : 'refused');
        if (!ok) return;
        await siteSettings.setValue(withGenericOrigin(await loadSiteSettings(), origin));
      },
      (error: unknown) => {
        console.warn(`Replykit: could not ask for access to ${origin}`, error);
        setOutcome('refused');
      },
    );
  }, [origin]);

  const tabId = tab?.tabId;
  const reload = useCallback(() => {
    if (tabId !== undefined) browser.tabs.reload(tabId).catch(() => undefined);
  }, [tabId]);

  return { disabled: shown, outcome, enable, reload };
}

function lastShown(tab: ActionTab): (DisabledSite & { tabId: number }) | null {
  try {
    const url = new URL(tab.url);
    return { origin: url.origin, host: url.hostname, tabId: tab.tabId };
  } catch {
    return null;
  }
}
