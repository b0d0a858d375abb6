import { describe, expect, it } from 'vitest';
import {
  CONTENT_SCRIPT_FILE,
  planSiteScripts,
  siteOrigins,
  siteScriptId,
  type PlanInput,
  type RegisteredScript,
} from '../../../lib/background/site-scripts';
import { CONTENT_SCRIPT_MATCHES } from '../../../lib/content/matches';

const STATIC = ['https://mastodon.social/*', '*://x.com/*'];

function input(overrides: Partial<PlanInput>): PlanInput {
  return {
    settings: { mastodonDomains: ['mastodon.social'], genericOrigins: [] },
    granted: [],
    registered: [],
    staticMatches: STATIC,
    ...overrides,
  };
}

function ours(
  origin: string,
  matches = [`${origin}/*`],
  js = [CONTENT_SCRIPT_FILE],
): RegisteredScript {
  return { id: siteScriptId(origin), matches, js };
}

describe('planSiteScripts', () => {
  it('registers nothing for the default: mastodon.social is in the manifest', () => {
    expect(planSiteScripts(input({}))).toEqual({
      register: [],
      unregister: [],
      active: ['https://mastodon.social'],
      notGranted: [],
    });
    // The real manifest matches cover it too.
    expect(planSiteScripts(input({ staticMatches: CONTENT_SCRIPT_MATCHES })).register).toEqual([]);
  });

  it('registers one script per added and granted origin', () => {
    const plan = planSiteScripts(
      input({
        settings: {
          mastodonDomains: ['mastodon.social', 'example.social'],
          genericOrigins: ['https://forum.example.com', 'http://intranet.example.com'],
        },
        granted: [
          'https://example.social/*',
          'https://forum.example.com/*',
          'http://intranet.example.com/*',
        ],
      }),
    );
    expect(plan.register).toEqual([
      { id: 'replykit-site:https://example.social', matches: ['https://example.social/*'] },
      { id: 'replykit-site:https://forum.example.com', matches: ['https://forum.example.com/*'] },
      {
        id: 'replykit-site:http://intranet.example.com',
        matches: ['http://intranet.example.com/*'],
      },
    ]);
    expect(plan.unregister).toEqual([]);
    expect(plan.notGranted).toEqual([]);
  });

  it('waits for the grant: an added origin without access gets no script', () => {
    const plan = planSiteScripts(
      input({
        settings: { mastodonDomains: ['example.social'], genericOrigins: ['https://a.example'] },
        granted: ['https://a.example/*', 'https://unrelated.example/*'],
      }),
    );
    expect(plan.register.map((s) => s.id)).toEqual(['replykit-site:https://a.example']);
    expect(plan.notGranted).toEqual(['https://example.social']);
    expect(plan.active).toEqual(['https://a.example']);
  });

  it('a broader grant covers an origin; a narrower one or another scheme does not', () => {
    const plan = planSiteScripts(
      input({
        settings: {
          mastodonDomains: [],
          genericOrigins: ['https://a.example', 'https://b.example', 'http://c.example'],
        },
        granted: ['https://*/*', 'https://b.example/forum/*', 'https://c.example/*'],
      }),
    );
    expect(plan.register.map((s) => s.id)).toEqual([
      'replykit-site:https://a.example',
      'replykit-site:https://b.example',
    ]);
    expect(plan.notGranted).toEqual(['http://c.example']);
  });

  it('keeps scripts that are already right, and registers only what is missing', () => {
    const plan = planSiteScripts(
      input({
        settings: { mastodonDomains: ['example.social'], genericOrigins: ['https://a.example'] },
        granted: ['https://example.social/*', 'https://a.example/*'],
        registered: [ours('https://example.social')],
      }),
    );
    expect(plan.register.map((s) => s.id)).toEqual(['replykit-site:https://a.example']);
    expect(plan.unregister).toEqual([]);
  });

  it('unregisters removed sites, revoked access, and scripts registered for the manifest’s sites', () => {
    const plan = planSiteScripts(
      input({
        settings: { mastodonDomains: ['mastodon.social', 'example.social'], genericOrigins: [] },
        granted: [],
        registered: [
          ours('https://example.social'),
          ours('https://removed.example'),
          ours('https://mastodon.social'),
        ],
      }),
    );
    expect(plan.register).toEqual([]);
    expect(plan.unregister).toEqual([
      'replykit-site:https://example.social',
      'replykit-site:https://removed.example',
      'replykit-site:https://mastodon.social',
    ]);
    expect(plan.notGranted).toEqual(['https://example.social']);
  });

  it('replaces a script whose matches or file are out of date', () => {
    const plan = planSiteScripts(
      input({
        settings: {
          mastodonDomains: [],
          genericOrigins: ['https://a.example', 'https://b.example'],
        },
        granted: ['https://a.example/*', 'https://b.example/*'],
        registered: [
          ours('https://a.example', ['https://a.example/forum/*']),
          ours('https://b.example', ['https://b.example/*'], ['content-scripts/old.js']),
        ],
      }),
    );
    expect(plan.unregister).toEqual([
      'replykit-site:https://a.example',
      'replykit-site:https://b.example',
    ]);
    expect(plan.register.map((s) => s.id)).toEqual([
      'replykit-site:https://a.example',
      'replykit-site:https://b.example',
    ]);
  });

  it('leaves scripts it did not register alone', () => {
    const plan = planSiteScripts(
      input({ registered: [{ id: 'someone-else', matches: ['https://a.example/*'] }] }),
    );
    expect(plan.unregister).toEqual([]);
  });
});

describe('siteOrigins', () => {
  it('lists Mastodon instances as https origins, then the other sites', () => {
    expect(
      siteOrigins({
        mastodonDomains: ['example.social'],
        genericOrigins: ['http://localhost', 'https://example.social'],
      }),
    ).toEqual(['https://example.social', 'http://localhost']);
  });
});
