/**
 * The panel section's browser work: the built extension in headless Chromium with the site
 * fixture pages (real editor libraries) served at their real addresses, the side panel open as
 * a tab (chrome-extension://<id>/sidepanel.html), and for each run a reply box focused in a
 * site page while both pages time the flow themselves:
 * - the site page: a capturing `focus` listener on window notes when the reply box gets focus;
 * - the panel: a MutationObserver notes when the card first names the run's customer and when
 *   the suggestions are ready for that customer (data-suggestions-ready="true" with the new
 *   name: the state goes to `working` in the same update that changes the card), then the next
 *   animation frame and the task after it (the frame that shows them has been produced).
 * Times are `performance.timeOrigin + performance.now()`, epoch milliseconds from the machine's
 * clock, comparable across the two pages. The panel is brought to the front for each run (see
 * timeFocus).
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROME_EXTENSION_DIR, extensionIdOf, QUIET_ARGS } from '../../../lib/devtools/browser';
import { buildSiteFixtures, type BuiltSitePage } from '../../fixtures/build-site-fixtures';
import type { PanelRun } from './plan';
import { retellPage, type RetellCount } from './retell';

/** After a page has loaded and been retold: the content script's first scan and the editor's mount are done. */
const SETTLE_MS = 400;
const TIMEOUT_MS = 15_000;

export interface RunTiming {
  run: PanelRun;
  cold: boolean;
  retold: RetellCount;
  /** Epoch ms in the site page: the reply box's focus event. */
  focusAt: number;
  /** The element that got the focus (the editor's own, inside or at the selector). */
  focusTarget: string;
  /** Epoch ms in the panel. */
  cardAt: number;
  committedAt: number;
  frameAt: number;
  paintedAt: number;
  /** When the panel page started loading (its timeOrigin), epoch ms. */
  panelOpenedAt: number;
  /** Seen from Node: from just before the click was sent to the panel's answer (an upper bound). */
  nodeMs: number;
  /** What the panel showed at that moment. */
  suggestions: string[];
  language: string | null;
}

/** What the two pages note, on window. */
interface SiteWindow {
  __benchFocus?: { at: number; target: string } | null;
}
interface PanelReady {
  cardAt: number;
  committedAt: number;
  frameAt: number;
  paintedAt: number;
  suggestions: string[];
  language: string | null;
}
interface PanelWindow {
  __benchDone?: Promise<PanelReady>;
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  browserVersion: string;
  /** Opens the run's page in a new tab, retold for the run; resolves once the content script runs there. */
  openSite(run: PanelRun): Promise<{ page: Page; retold: RetellCount }>;
  /** Opens the side panel in a new tab; resolves once the panel has rendered. */
  openPanel(): Promise<Page>;
  close(): Promise<void>;
}

let fixtures: Promise<Map<string, BuiltSitePage>> | undefined;
function builtFixtures(): Promise<Map<string, BuiltSitePage>> {
  fixtures ??= buildSiteFixtures().then((pages) => new Map(pages.map((p) => [p.page, p])));
  return fixtures;
}

/** A fresh browser with the built extension; nothing has been focused in it yet. */
export async function startSession(): Promise<Session> {
  const pages = await builtFixtures();
  const context = await chromium.launchPersistentContext('', {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${CHROME_EXTENSION_DIR}`,
      `--load-extension=${CHROME_EXTENSION_DIR}`,
      '--no-sandbox',
      ...QUIET_ARGS,
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  try {
    const extensionId = await extensionIdOf(context);
    const origin = `chrome-extension://${extensionId}`;
    // Several fixture pages share an address: the one being opened is served.
    let serving: BuiltSitePage | undefined;
    await context.route(
      (url) => url.protocol === 'https:',
      (route) =>
        serving && route.request().url() === new URL(serving.url).href
          ? route.fulfill({ contentType: 'text/html', body: serving.html })
          : route.abort(),
    );
    const browserVersion = context.browser()?.version() ?? 'unknown';
    return {
      context,
      extensionId,
      browserVersion,
      async openSite(run) {
        const built = pages.get(run.page);
        if (!built) throw new Error(`No built site fixture page ${run.page}`);
        const page = await context.newPage();
        page.setDefaultTimeout(TIMEOUT_MS);
        const cdp = await context.newCDPSession(page);
        let contentScript = false;
        cdp.on('Runtime.executionContextCreated', ({ context: world }) => {
          if (world.origin === origin) contentScript = true;
        });
        await cdp.send('Runtime.enable');
        // The content script follows a reply box that has the focus when it starts, and takes a
        // page whose focus is on <body> for a wrapper of its one reply box (editorRoot(body)): on
        // these one-box pages it would follow the box at load, before any focus, and the panel
        // would have read the page's message long before the click. The focus starts on a link
        // or button instead (as after a click on the post), so the click starts the reading.
        await page.addInitScript(() => {
          document.addEventListener(
            'DOMContentLoaded',
            () => {
              const editors = '[contenteditable], textarea, input';
              const start = [
                ...document.querySelectorAll<HTMLElement>('a[href], button, [tabindex]'),
              ].find(
                (element) =>
                  !element.matches(editors) &&
                  !element.querySelector(editors) &&
                  !element.closest('[contenteditable]') &&
                  !(element instanceof HTMLButtonElement && element.disabled),
              );
              start?.focus({ preventScroll: true });
            },
            { once: true },
          );
        });
        serving = built;
        await page.goto(built.url);
        const deadline = Date.now() + TIMEOUT_MS;
        while (!contentScript && Date.now() < deadline) await page.waitForTimeout(20);
        await cdp.detach();
        if (!contentScript) throw new Error(`${run.page}: the content script did not start`);
        if (await page.evaluate(() => document.activeElement === document.body))
          throw new Error(`${run.page}: the focus did not start on a link or button`);
        const retold = await page.evaluate(retellPage, run.retelling);
        if (retold.messages === 0 || retold.names === 0)
          throw new Error(`${run.page}: the customer or the message was not found to retell`);
        await page.waitForTimeout(SETTLE_MS);
        return { page, retold };
      },
      async openPanel() {
        const panel = await context.newPage();
        panel.setDefaultTimeout(TIMEOUT_MS);
        await panel.goto(`${origin}/sidepanel.html`);
        await panel.locator('[data-testid="panel"]').waitFor();
        return panel;
      },
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Focuses the run's reply box in `site` (a click, as a user would) and times it to the panel. */
export async function timeFocus(
  site: Page,
  panel: Page,
  run: PanelRun,
  retold: RetellCount,
  cold: boolean,
): Promise<RunTiming> {
  await panel.evaluate((name) => {
    const w = window as unknown as PanelWindow;
    w.__benchDone = new Promise<PanelReady>((resolve) => {
      let cardAt = 0;
      const observer = new MutationObserver(() => {
        const now = performance.timeOrigin + performance.now();
        const root = document.querySelector('[data-testid="panel"]');
        if (root?.querySelector('.customer-card__name')?.textContent !== name) return;
        if (!cardAt) cardAt = now;
        if (root.getAttribute('data-suggestions-ready') !== 'true') return;
        observer.disconnect();
        const suggestions = [...root.querySelectorAll('[data-testid="suggestion-text"]')].map(
          (element) => element.textContent ?? '',
        );
        const language =
          root.querySelector('[data-testid="analysis"]')?.getAttribute('data-language') ?? null;
        requestAnimationFrame(() => {
          const frameAt = performance.timeOrigin + performance.now();
          // A task queued in the frame's callbacks runs once the frame has been produced.
          const channel = new MessageChannel();
          channel.port1.onmessage = () =>
            resolve({
              cardAt,
              committedAt: now,
              frameAt,
              paintedAt: performance.timeOrigin + performance.now(),
              suggestions,
              language,
            });
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    });
  }, run.retelling.toName);

  await site.evaluate((selector) => {
    const w = window as unknown as SiteWindow;
    const composer = document.querySelector(selector);
    if (!composer) throw new Error(`no reply box ${selector}`);
    if (document.activeElement && composer.contains(document.activeElement))
      throw new Error('the reply box already has the focus');
    w.__benchFocus = null;
    window.addEventListener(
      'focus',
      (event) => {
        const target = event.target;
        if (w.__benchFocus || !(target instanceof Node)) return;
        if (!composer.contains(target) && !target.contains(composer)) return;
        w.__benchFocus = {
          at: performance.timeOrigin + performance.now(),
          target: target instanceof Element ? target.tagName.toLowerCase() : String(target),
        };
      },
      true,
    );
  }, run.composer);

  // Headless Chromium gives animation frames promptly only to the page in front; the real side
  // panel is always on screen. The site page still gets the click and its focus event there.
  await panel.bringToFront();
  const done = panel.evaluate(() => (window as unknown as PanelWindow).__benchDone!);
  const started = performance.now();
  await site.locator(run.composer).first().click();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${run.page}: no suggestions for ${run.retelling.toName}`)),
      TIMEOUT_MS,
    );
  });
  let ready: PanelReady;
  try {
    ready = await Promise.race([done, timeout]);
  } finally {
    clearTimeout(timer);
    // The race's loser is left to settle quietly.
    done.catch(() => undefined);
  }
  const nodeMs = performance.now() - started;
  const focus = await site.evaluate(() => (window as unknown as SiteWindow).__benchFocus);
  if (!focus) throw new Error(`${run.page}: the reply box got no focus event`);
  const panelOpenedAt = await panel.evaluate(() => performance.timeOrigin);
  return {
    run,
    cold,
    retold,
    focusAt: focus.at,
    focusTarget: focus.target,
    ...ready,
    panelOpenedAt,
    nodeMs,
  };
}
