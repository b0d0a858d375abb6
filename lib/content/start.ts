import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { loadSiteSettings, type SiteSettings } from '../settings/sites';
import { adapterForUrl, type AdapterOptions } from '../sites/registry';
import { DEMO_ORIGINS } from './matches';
import { setupContentScript } from './session';

/**
 * The user's sites as the adapter choice needs them. The demo build behind `npm start` also
 * treats the local demo origins as sites the user enabled.
 */
export function adapterOptions(settings: SiteSettings, demo: boolean): AdapterOptions {
  return {
    mastodonDomains: settings.mastodonDomains,
    genericOrigins: [...settings.genericOrigins, ...(demo ? DEMO_ORIGINS : [])],
  };
}

/**
 * Picks the adapter for this page from the user's site settings and starts; a page no adapter
 * claims (a Mastodon instance the user removed, say) is left alone.
 */
export async function startOnPage(ctx: ContentScriptContext): Promise<void> {
  const settings = await loadSiteSettings();
  if (ctx.isInvalid) return;
  const adapter = adapterForUrl(
    location.href,
    adapterOptions(settings, !!import.meta.env.WXT_REPLYKIT_DEMO),
  );
  if (adapter) setupContentScript(ctx, adapter);
}
