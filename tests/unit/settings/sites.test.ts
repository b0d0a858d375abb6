import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_SITE_SETTINGS,
  loadSiteSettings,
  parseSiteSettings,
  siteSettings,
} from '../../../lib/settings/sites';

describe('parseSiteSettings', () => {
  it('keeps a valid value as it is', () => {
    const value = {
      mastodonDomains: ['mastodon.social', 'example.social'],
      genericOrigins: ['https://forum.example.com', 'http://localhost'],
    };
    expect(parseSiteSettings(value)).toEqual({ settings: value, defaulted: [], dropped: [] });
  });

  it.each([null, undefined, 'x', 42, [], ['example.social'], true])(
    'gives the defaults for %j',
    (value) => {
      const parsed = parseSiteSettings(value);
      expect(parsed.settings).toEqual({
        mastodonDomains: ['mastodon.social'],
        genericOrigins: [],
      });
      expect(parsed.defaulted).toEqual(['mastodonDomains', 'genericOrigins']);
    },
  );

  it('falls back field by field', () => {
    expect(parseSiteSettings({ mastodonDomains: 'example.social', genericOrigins: [] })).toEqual({
      settings: { mastodonDomains: ['mastodon.social'], genericOrigins: [] },
      defaulted: ['mastodonDomains'],
      dropped: [],
    });
    expect(parseSiteSettings({ mastodonDomains: ['example.social'] }).settings).toEqual({
      mastodonDomains: ['example.social'],
      genericOrigins: [],
    });
  });

  it('drops entries that are not in normal form, duplicated, or in both lists', () => {
    const parsed = parseSiteSettings({
      mastodonDomains: [
        'example.social',
        'Example.Social',
        'https://x.social/',
        7,
        null,
        'example.social',
      ],
      genericOrigins: [
        'https://forum.example.com',
        'forum.example.com',
        'https://forum.example.com/',
        'javascript:alert(1)',
        'https://example.social',
        { origin: 'https://a.example' },
      ],
    });
    expect(parsed.settings).toEqual({
      mastodonDomains: ['example.social'],
      genericOrigins: ['https://forum.example.com'],
    });
    expect(parsed.defaulted).toEqual([]);
    expect(parsed.dropped).toEqual([
      'Example.Social',
      'https://x.social/',
      7,
      null,
      'example.social',
      'forum.example.com',
      'https://forum.example.com/',
      'javascript:alert(1)',
      { origin: 'https://a.example' },
      'https://example.social',
    ]);
  });

  it('keeps an empty Mastodon list: the user removed every instance', () => {
    expect(parseSiteSettings({ mastodonDomains: [], genericOrigins: [] }).settings).toEqual({
      mastodonDomains: [],
      genericOrigins: [],
    });
  });

  it('bounds a huge stored list', () => {
    const many = Array.from({ length: 600 }, (_, i) => `i${i}.example.social`);
    const parsed = parseSiteSettings({ mastodonDomains: many, genericOrigins: [] });
    expect(parsed.settings.mastodonDomains).toHaveLength(500);
    expect(parsed.dropped).toHaveLength(100);
  });
});

describe('siteSettings in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is mastodon.social and no other site before anything was saved', async () => {
    expect(await siteSettings.getValue()).toEqual(DEFAULT_SITE_SETTINGS);
    expect(await loadSiteSettings()).toEqual(DEFAULT_SITE_SETTINGS);
  });

  it('is stored under one key with its version', async () => {
    const value = { mastodonDomains: ['example.social'], genericOrigins: ['https://a.example'] };
    await siteSettings.setValue(value);
    const stored = await fakeBrowser.storage.local.get(['siteSettings', 'siteSettings$']);
    expect(stored).toEqual({ siteSettings: value, siteSettings$: { v: 1 } });
    expect(await loadSiteSettings()).toEqual(value);
  });

  it('reads a corrupt stored value as valid settings', async () => {
    await fakeBrowser.storage.local.set({
      siteSettings: { mastodonDomains: ['ok.social', 'not a domain'], genericOrigins: 'nope' },
    });
    expect(await loadSiteSettings()).toEqual({
      mastodonDomains: ['ok.social'],
      genericOrigins: [],
    });
    await fakeBrowser.storage.local.set({ siteSettings: 'garbage' });
    expect(await loadSiteSettings()).toEqual(DEFAULT_SITE_SETTINGS);
  });
});
