import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { originPattern } from '../settings/site-input';
import { parseSiteSettings, siteSettings, type SiteSettings } from '../settings/sites';
import {
  isBuiltIn,
  listOf,
  originOf,
  parseSiteInput,
  siteRows,
  type SiteKind,
  type SiteRowView,
} from './sites';

export interface SitesController {
  /** Undefined until the saved settings are loaded. */
  mastodon?: SiteRowView[];
  generic?: SiteRowView[];
  /** Validates and adds; returns the message to show at the field, or what was added. */
  add: (kind: SiteKind, raw: string) => { error: string } | { added: string };
  remove: (kind: SiteKind, value: string) => void;
  grant: (origin: string) => void;
}

function warn(message: string, error: unknown): void {
  console.warn(`Replykit: ${message}`, error);
}

/**
 * Asks for access to one origin. Must be called synchronously from the user's click or key
 * press: the browser only shows the prompt during that gesture, so no `await` may come before.
 */
function requestAccess(origin: string, onDone: () => void): void {
  browser.permissions
    .request({ origins: [originPattern(origin)] })
    .then(onDone, (error: unknown) => warn(`could not ask for access to ${origin}.`, error));
}

/**
 * The options page's site lists: the saved settings, the access the user granted, and the
 * actions. The background follows the saved settings and the permissions and registers the
 * content scripts (lib/background/site-scripts.ts).
 */
export function useSites(): SitesController {
  const [settings, setSettings] = useState<SiteSettings>();
  const [granted, setGranted] = useState<readonly string[]>([]);

  const refreshGranted = useCallback(() => {
    browser.permissions.getAll().then(
      (all) => setGranted(all.origins ?? []),
      (error: unknown) => warn('could not read the granted access.', error),
    );
  }, []);

  useEffect(() => {
    let live = true;
    siteSettings.getValue().then(
      (value) => {
        if (live) setSettings(parseSiteSettings(value).settings);
      },
      (error: unknown) => {
        warn('could not load the site settings; showing the defaults.', error);
        if (live) setSettings(parseSiteSettings(undefined).settings);
      },
    );
    const unwatch = siteSettings.watch((value) => setSettings(parseSiteSettings(value).settings));
    refreshGranted();
    browser.permissions.onAdded.addListener(refreshGranted);
    browser.permissions.onRemoved.addListener(refreshGranted);
    return () => {
      live = false;
      unwatch();
      browser.permissions.onAdded.removeListener(refreshGranted);
      browser.permissions.onRemoved.removeListener(refreshGranted);
    };
  }, [refreshGranted]);

  const save = useCallback((next: SiteSettings) => {
    setSettings(next);
    siteSettings.setValue(next).catch((error: unknown) => warn('could not save the sites.', error));
  }, []);

  const add = useCallback<SitesController['add']>(
    (kind, raw) => {
      if (!settings) return { error: t('options_still_loading') };
      const parsed = parseSiteInput(kind, raw, settings);
      if (!parsed.ok) return { error: parsed.error };
      const origin = originOf(kind, parsed.value);
      // First, while the gesture counts; the site is saved either way and shows its access.
      if (!isBuiltIn(origin)) requestAccess(origin, refreshGranted);
      const list = listOf(kind);
      save({ ...settings, [list]: [...settings[list], parsed.value] });
      return { added: parsed.value };
    },
    [settings, save, refreshGranted],
  );

  const remove = useCallback<SitesController['remove']>(
    (kind, value) => {
      if (!settings) return;
      const list = listOf(kind);
      save({ ...settings, [list]: settings[list].filter((v) => v !== value) });
      const origin = originOf(kind, value);
      if (!isBuiltIn(origin)) {
        browser.permissions
          .remove({ origins: [originPattern(origin)] })
          .then(refreshGranted, (error: unknown) =>
            warn(`could not give back the access to ${origin}.`, error),
          );
      }
    },
    [settings, save, refreshGranted],
  );

  const grant = useCallback(
    (origin: string) => requestAccess(origin, refreshGranted),
    [refreshGranted],
  );

  const mastodon = useMemo(
    () => settings && siteRows('mastodon', settings, granted),
    [settings, granted],
  );
  const generic = useMemo(
    () => settings && siteRows('generic', settings, granted),
    [settings, granted],
  );
  return { ...(mastodon ? { mastodon } : {}), ...(generic ? { generic } : {}), add, remove, grant };
}
