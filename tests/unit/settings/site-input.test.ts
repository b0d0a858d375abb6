import { describe, expect, it } from 'vitest';
import {
  coversOrigin,
  isDomainName,
  isSiteOrigin,
  parseMastodonDomain,
  parseSiteOrigin,
  type SiteLists,
} from '../../../lib/settings/site-input';

const EMPTY: SiteLists = { mastodonDomains: [], genericOrigins: [] };
const LISTS: SiteLists = {
  mastodonDomains: ['mastodon.social', 'example.social'],
  genericOrigins: ['https://forum.example.com', 'http://127.0.0.1'],
};

describe('parseMastodonDomain', () => {
  it.each([
    ['example.social', 'example.social'],
    ['  Example.Social  ', 'example.social'],
    ['https://example.social/', 'example.social'],
    ['https://example.social/about?x=1#top', 'example.social'],
    ['http://example.social', 'example.social'],
    ['example.social.', 'example.social'],
    ['@dana@example.social', 'example.social'],
    ['dana@example.social', 'example.social'],
    ['social.coop', 'social.coop'],
    ['bücher.social', 'xn--bcher-kva.social'],
  ])('%j → %j', (raw, value) => {
    expect(parseMastodonDomain(raw, EMPTY)).toEqual({ ok: true, value });
  });

  it.each([
    ['not a domain', '“not a domain” is not a web address: type one like example.social.'],
    ['', 'Type an address, like example.social.'],
    ['   ', 'Type an address, like example.social.'],
    [
      'localhost',
      '“localhost” is not a domain name: type the instance’s address, like example.social.',
    ],
    [
      '127.0.0.1',
      '“127.0.0.1” is not a domain name: type the instance’s address, like example.social.',
    ],
    [
      'example',
      '“example” is not a domain name: type the instance’s address, like example.social.',
    ],
    [
      '-bad-.social',
      '“-bad-.social” is not a domain name: type the instance’s address, like example.social.',
    ],
    ['ftp://example.social', 'Only web addresses work here (https://…), not ftp:.'],
    ['example.social:8443', 'Leave out the port (:8443): access is given to the whole site.'],
    [
      'https://user:pw@example.social/',
      '“https://user:pw@example.social/” is not a web address: type one like example.social.',
    ],
    ['x.com', 'x.com is X, already supported.'],
    ['https://www.reddit.com/r/foo', 'www.reddit.com is Reddit, already supported.'],
  ])('%j is refused: %s', (raw, error) => {
    expect(parseMastodonDomain(raw, EMPTY)).toEqual({ ok: false, error });
  });

  it('refuses duplicates, in its own list and under Other sites', () => {
    expect(parseMastodonDomain('https://Example.Social/', LISTS)).toEqual({
      ok: false,
      error: 'example.social is already in the list.',
    });
    expect(parseMastodonDomain('forum.example.com', LISTS)).toEqual({
      ok: false,
      error: 'forum.example.com is already under Other sites: remove it there first.',
    });
  });
});

describe('parseSiteOrigin', () => {
  it.each([
    ['forum.example.com', 'https://forum.example.com'],
    ['https://Forum.Example.com/t/123', 'https://forum.example.com'],
    ['http://intranet.example.com/', 'http://intranet.example.com'],
    ['http://localhost', 'http://localhost'],
    ['127.0.0.1', 'https://127.0.0.1'],
  ])('%j → %j', (raw, value) => {
    expect(parseSiteOrigin(raw, EMPTY)).toEqual({ ok: true, value });
  });

  it.each([
    ['not a domain', '“not a domain” is not a web address: type one like forum.example.com.'],
    ['intranet', '“intranet” is not a web address: type one like forum.example.com.'],
    ['*.example.com', '“*.example.com” is not a web address: type one like forum.example.com.'],
    ['http://localhost:3000', 'Leave out the port (:3000): access is given to the whole site.'],
    ['file:///etc/passwd', 'Only web addresses work here (https://…), not file:.'],
    ['https://www.linkedin.com/feed', 'www.linkedin.com is LinkedIn, already supported.'],
  ])('%j is refused: %s', (raw, error) => {
    expect(parseSiteOrigin(raw, EMPTY)).toEqual({ ok: false, error });
  });

  it('refuses duplicates, in its own list and among the Mastodon instances', () => {
    expect(parseSiteOrigin('forum.example.com/latest', LISTS)).toEqual({
      ok: false,
      error: 'forum.example.com is already in the list.',
    });
    expect(parseSiteOrigin('http://127.0.0.1', LISTS)).toEqual({
      ok: false,
      error: '127.0.0.1 is already in the list.',
    });
    expect(parseSiteOrigin('example.social', LISTS)).toEqual({
      ok: false,
      error: 'example.social is already a Mastodon instance: remove it there first.',
    });
  });
});

describe('stored forms', () => {
  it('accepts only normalised entries', () => {
    expect(isDomainName('example.social')).toBe(true);
    expect(isDomainName('Example.social')).toBe(false);
    expect(isDomainName('https://example.social')).toBe(false);
    expect(isSiteOrigin('https://forum.example.com')).toBe(true);
    expect(isSiteOrigin('http://localhost')).toBe(true);
    expect(isSiteOrigin('https://forum.example.com/')).toBe(false);
    expect(isSiteOrigin('https://forum.example.com:8080')).toBe(false);
    expect(isSiteOrigin('forum.example.com')).toBe(false);
    expect(isSiteOrigin(42)).toBe(false);
  });
});

describe('coversOrigin', () => {
  it('is true only for a pattern that covers the whole origin', () => {
    expect(coversOrigin(['https://example.social/*'], 'https://example.social')).toBe(true);
    expect(coversOrigin(['https://*/*'], 'https://example.social')).toBe(true);
    expect(coversOrigin(['*://*.example.social/*'], 'https://example.social')).toBe(true);
    expect(coversOrigin(['<all_urls>'], 'http://localhost')).toBe(true);
    expect(coversOrigin(['https://example.social/about/*'], 'https://example.social')).toBe(false);
    expect(coversOrigin(['http://example.social/*'], 'https://example.social')).toBe(false);
    expect(coversOrigin(['https://other.social/*'], 'https://example.social')).toBe(false);
    expect(coversOrigin(['not a pattern'], 'https://example.social')).toBe(false);
    expect(coversOrigin([], 'https://example.social')).toBe(false);
  });
});
