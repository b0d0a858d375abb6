import { describe, expect, it } from 'vitest';
import { adapterOptions, adapterUrl } from '../../../lib/content/start';
import { adapterForUrl } from '../../../lib/sites/registry';

describe('adapterOptions: the adapter choice follows the user’s sites', () => {
  const settings = {
    mastodonDomains: ['example.social'],
    genericOrigins: ['https://forum.example.com'],
  };

  it('a Mastodon instance the user added gets the Mastodon adapter, a removed one none', () => {
    const options = adapterOptions(settings, false);
    expect(adapterForUrl('https://example.social/@dana/1', options)?.id).toBe('mastodon');
    expect(adapterForUrl('https://mastodon.social/home', options)).toBeUndefined();
    expect(adapterForUrl('https://x.com/home', options)?.id).toBe('x');
  });

  it('an enabled site gets the generic adapter; others none', () => {
    const options = adapterOptions(settings, false);
    expect(adapterForUrl('https://forum.example.com/t/1', options)?.id).toBe('generic');
    expect(adapterForUrl('https://other.example.com/', options)).toBeUndefined();
    expect(adapterForUrl('http://127.0.0.1:5173/', options)).toBeUndefined();
  });

  it('the demo build also treats the local origins as enabled', () => {
    const options = adapterOptions(settings, true);
    expect(adapterForUrl('http://127.0.0.1:5173/', options)?.id).toBe('generic');
    expect(adapterForUrl('http://localhost:8080/demo', options)?.id).toBe('generic');
    expect(adapterForUrl('https://forum.example.com/t/1', options)?.id).toBe('generic');
  });

  it('no Mastodon instance at all: Mastodon stays off', () => {
    const options = adapterOptions({ mastodonDomains: [], genericOrigins: [] }, false);
    expect(adapterForUrl('https://mastodon.social/home', options)).toBeUndefined();
  });
});

describe('adapterUrl: the demo build reads a local copy of a site page as that site', () => {
  const X_POST = 'https://x.com/dana_k/status/1';

  it.each([
    ['http://127.0.0.1:5173/x/reply-thread.html', X_POST, true, X_POST],
    ['http://localhost:8080/x/', X_POST, true, X_POST],
    // Only in the demo build, only on the local origins, only an https address.
    [
      'http://127.0.0.1:5173/x/reply-thread.html',
      X_POST,
      false,
      'http://127.0.0.1:5173/x/reply-thread.html',
    ],
    ['https://forum.example.com/t/1', X_POST, true, 'https://forum.example.com/t/1'],
    ['http://127.0.0.1.example.com/', X_POST, true, 'http://127.0.0.1.example.com/'],
    ['http://127.0.0.1:5173/', 'javascript:alert(1)', true, 'http://127.0.0.1:5173/'],
    ['http://127.0.0.1:5173/', 'not a url', true, 'http://127.0.0.1:5173/'],
    ['http://127.0.0.1:5173/', null, true, 'http://127.0.0.1:5173/'],
  ])('%s naming %s (demo %s) → %s', (href, copied, demo, expected) => {
    expect(adapterUrl(href, copied, demo)).toBe(expected);
  });

  it('the copy of a site page gets that site’s adapter in the demo build', () => {
    const options = adapterOptions(
      { mastodonDomains: ['mastodon.social'], genericOrigins: [] },
      true,
    );
    const url = adapterUrl(
      'http://127.0.0.1:5173/mastodon/reply.html',
      'https://mastodon.social/@d/1',
      true,
    );
    expect(adapterForUrl(url, options)?.id).toBe('mastodon');
  });
});
