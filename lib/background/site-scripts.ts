import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_MATCHES } from '../content/matches';
import { coversOrigin, mastodonOrigin, originPattern } from '../settings/site-input';
import { loadSiteSettings, siteSettings, type SiteSettings } from '../settings/sites';

/** Our run-time content scripts carry this id prefix; scripts with other ids are left alone. */
export const SITE_SCRIPT_PREFIX = 'replykit-site:';
/** The content script WXT builds from entrypoints/content.ts. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export interface SiteScript {
  id: string;
  matches: string[];
}

/** What the browser reports for a registered script (only the fields the plan compares). */
export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
}

export interface SiteScriptPlan {
  register: SiteScript[];
  unregister: string[];
  /** Origins whose content script runs after the plan: registered, or covered by the manifest. */
  active: string[];
  /** Origins in the settings still waiting for the user to grant access. */
  notGranted: string[];
}

export interface PlanInput {
  settings: SiteSettings;
  /** Host permissions the user granted (`permissions.getAll().origins`). */
  granted: readonly string[];
  registered: readonly RegisteredScript[];
  /** The manifest's own content script matches: those origins need no run-time script. */
  staticMatches: readonly string[];
}

export function siteScriptId(origin: string): string {
  return `${SITE_SCRIPT_PREFIX}${origin}`;
}

/** Every origin the user's settings ask for, Mastodon instances first. */
export function siteOrigins(settings: SiteSettings): string[] {
  return [
    ...new Set([...settings.mastodonDomains.map(mastodonOrigin), ...settings.genericOrigins]),
  ];
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return !!a && a.length === b.length && a.every((value, index) => value === b[index]);
}

/**
 * Which run-time content scripts to register and unregister so that exactly the origins the user
 * added and granted have one (`replykit-site:<origin>`, matching `<origin>/*`). Origins the
 * manifest already covers (mastodon.social, the demo origins) get none, so no page runs the
 * script twice. A registered script with the right id but other matches or files is replaced.
 */
export function planSiteScripts(input: PlanInput): SiteScriptPlan {
  const wanted = new Map<string, SiteScript>();
  const active: string[] = [];
  const notGranted: string[] = [];
  for (const origin of siteOrigins(input.settings)) {
    if (coversOrigin(input.staticMatches, origin)) {
      active.push(origin);
    } else if (coversOrigin(input.granted, origin)) {
      active.push(origin);
      wanted.set(siteScriptId(origin), {
        id: siteScriptId(origin),
        matches: [originPattern(origin)],
      });
    } else {
      notGranted.push(origin);
    }
  }
  const unregister: string[] = [];
  const keep = new Set<string>();
  for (const script of input.registered) {
    if (!script.id.startsWith(SITE_SCRIPT_PREFIX)) continue;
    const want = wanted.get(script.id);
    if (
      want &&
      sameList(script.matches, want.matches) &&
      sameList(script.js, [CONTENT_SCRIPT_FILE])
    ) {
      keep.add(script.id);
    } else {
      unregister.push(script.id);
    }
  }
  const register = [...wanted.values()].filter((script) => !keep.has(script.id));
  return { register, unregister, active, notGranted };
}

/** Brings the registered content scripts in line with the settings and the granted access. */
export async function syncSiteScripts(): Promise<SiteScriptPlan> {
  const [settings, permissions, registered] = await Promise.all([
    loadSiteSettings(),
    browser.permissions.getAll(),
    browser.scripting.getRegisteredContentScripts(),
  ]);
  const plan = planSiteScripts({
    settings,
    granted: permissions.origins ?? [],
    registered,
    staticMatches: CONTENT_SCRIPT_MATCHES,
  });
  if (plan.unregister.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
  }
  if (plan.register.length > 0) {
    await browser.scripting.registerContentScripts(
      plan.register.map((script) => ({
        id: script.id,
        matches: script.matches,
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle' as const,
        persistAcrossSessions: true,
      })),
    );
  }
  return plan;
}

/**
 * Keeps the run-time content scripts in line: at every start of the background, when the site
 * settings change (the options page) and when access is granted or taken away (the options page,
 * or the browser's own extension settings). Runs one sync at a time, so two quick changes never
 * register the same id twice.
 */
export function setupSiteScripts(): void {
  if (!browser.scripting?.registerContentScripts) return;
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue
      .then(() => syncSiteScripts())
      .then(
        () => undefined,
        (error: unknown) => console.error('Replykit: could not update the site scripts', error),
      );
  };
  sync();
  siteSettings.watch(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
