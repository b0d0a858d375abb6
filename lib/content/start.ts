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
 * The address the adapter choice goes by. The demo build serves copies of the sites' pages on the
 * local demo origins, each naming the page it copies in `<meta name="fixture-url">`; there it
 * picks that site's adapter, so the demo shows what the adapter reads from the copy. Everywhere
 * else, and in every other build, the page's own address.
 */
export function adapterUrl(href: string, copied: string | null | undefined, demo: boolean): string {
  if (!demo || !copied) return href;
  try {
    const { protocol, hostname } = new URL(href);
    const local = (DEMO_ORIGINS as readonly string[]).includes(`${protocol}//${hostname}`);
    return local && new URL(copied).protocol === 'https:' ? copied : href;
  } catch {
    return href;
  }
}

/**
 * Picks the adapter for this page from the user's site settings and starts; a page no adapter
 * claims (a Mastodon instance the user removed, say) is left alone.
 */
export async function startOnPage(ctx: ContentScriptContext): Promise<void> {
  const settings = await loadSiteSettings();
  if (ctx.isInvalid) return;
  const demo = !!import.meta.env.WXT_REPLYKIT_DEMO;
  const copied = document.querySelector('meta[name="fixture-url"]')?.getAttribute('content');
  const adapter = adapterForUrl(
    adapterUrl(location.href, copied, demo),
    adapterOptions(settings, demo),
  );
  if (adapter) setupContentScript(ctx, adapter);
}
