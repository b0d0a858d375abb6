import { describe, expect, it } from 'vitest';
import { adapterOptions } from '../../../lib/content/start';
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
