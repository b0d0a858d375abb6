import type { Page } from 'playwright-core';
import { buildSiteFixtures, type BuiltSitePage } from '../fixtures/build-site-fixtures';
import { launchExtension, openPanel, type Extension } from './extension';

export interface SitePages {
  extension: Extension;
  /** Serves the built fixture page `<site>/<name>` at its real address from now on. */
  serve: (page: string) => BuiltSitePage;
}

/**
 * The built extension with the site fixture pages (real editor libraries) served at their real
 * addresses, so the manifest's own match patterns decide; anything else the markup points at
 * (avatars) never leaves the machine.
 */
export async function launchWithSitePages(): Promise<SitePages> {
  const [pages, extension] = await Promise.all([buildSiteFixtures(), launchExtension()]);
  const built = new Map(pages.map((page) => [page.page, page]));
  // Several pages share a URL (a post with its comment and its reply box): serve the one asked for.
  let serving: BuiltSitePage | undefined;
  await extension.context.route(
    (url) => url.protocol === 'https:',
    (route) =>
      serving && route.request().url() === new URL(serving.url).href
        ? route.fulfill({ contentType: 'text/html', body: serving.html })
        : route.abort(),
  );
  return {
    extension,
    serve(page) {
      const found = built.get(page);
      if (!found) throw new Error(`No built site fixture page ${page}`);
      serving = found;
      return found;
    },
  };
}

export interface PanelAndSitePages extends SitePages {
  /** The side panel, open as a tab. */
  panel: Page;
  /** A new tab on the built fixture page `<site>/<name>`; the caller closes it. */
  openSite: (page: string) => Promise<Page>;
}

/**
 * launchWithSitePages with the side panel open as a tab; locators in the panel and in every site
 * tab opened here wait `timeout` ms.
 */
export async function launchPanelWithSitePages(timeout: number): Promise<PanelAndSitePages> {
  const { extension, serve } = await launchWithSitePages();
  try {
    const panel = await openPanel(extension, timeout);
    return {
      extension,
      serve,
      panel,
      async openSite(page) {
        const site = await extension.context.newPage();
        site.setDefaultTimeout(timeout);
        try {
          await site.goto(serve(page).url);
          return site;
        } catch (error) {
          await site.close();
          throw error;
        }
      },
    };
  } catch (error) {
    await extension.close();
    throw error;
  }
}
