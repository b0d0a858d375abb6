import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { adapterForUrl } from '../sites/registry';
import { DEMO_ORIGINS } from './matches';
import { setupContentScript } from './session';

/** Picks the adapter for this page and starts; a page no adapter claims is left alone. */
export function startOnPage(ctx: ContentScriptContext): void {
  const adapter = adapterForUrl(location.href, {
    genericOrigins: import.meta.env.WXT_REPLYKIT_DEMO ? [...DEMO_ORIGINS] : [],
  });
  if (adapter) setupContentScript(ctx, adapter);
}
