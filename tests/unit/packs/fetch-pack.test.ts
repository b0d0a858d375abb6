import { describe, expect, it } from 'vitest';
import { fetchPack } from '../../../lib/packs/fetch-pack';
import { MAX_PACK_BYTES } from '../../../lib/packs/types';

const URL_ = 'https://packs.example.com/acme.json';

interface Call {
  url: string;
  init: RequestInit;
}

/** A fetch that records what it was asked and answers with `respond`. */
function fakeFetch(respond: (call: Call) => Response) {
  const calls: Call[] = [];
  const fn = (url: string, init: RequestInit) => {
    const call = { url, init };
    calls.push(call);
    return Promise.resolve(respond(call));
  };
  return { fn, calls };
}

function redirected(response: Response, url: string): Response {
  Object.defineProperty(response, 'url', { value: url });
  Object.defineProperty(response, 'redirected', { value: true });
  return response;
}

describe('fetchPack', () => {
  it('asks conditionally, without cache or cookies, and gets 304 when nothing changed', async () => {
    const { fn, calls } = fakeFetch(() => new Response(null, { status: 304 }));
    const result = await fetchPack(
      URL_,
      { etag: '"v2"', lastModified: 'Mon, 05 Jan 2026 09:00:00 GMT' },
      fn,
    );
    expect(result).toEqual({ kind: 'not-modified' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe(URL_);
    expect(calls[0]!.init).toMatchObject({
      headers: { 'If-None-Match': '"v2"', 'If-Modified-Since': 'Mon, 05 Jan 2026 09:00:00 GMT' },
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
    });
    expect(calls[0]!.init.signal).toBeInstanceOf(AbortSignal);
  });

  it('returns the text with the new validators on 200', async () => {
    const { fn, calls } = fakeFetch(
      () =>
        new Response('{"id":"acme-care"}', {
          status: 200,
          headers: { ETag: '"v3"', 'Last-Modified': 'Tue, 06 Jan 2026 09:00:00 GMT' },
        }),
    );
    expect(await fetchPack(URL_, {}, fn)).toEqual({
      kind: 'ok',
      text: '{"id":"acme-care"}',
      etag: '"v3"',
      lastModified: 'Tue, 06 Jan 2026 09:00:00 GMT',
    });
    expect(calls[0]!.init.headers).toEqual({});
  });

  it('reports an HTTP error as a network failure with its status', async () => {
    const { fn } = fakeFetch(
      () => new Response('oops', { status: 500, statusText: 'Internal Server Error' }),
    );
    expect(await fetchPack(URL_, {}, fn)).toEqual({
      kind: 'failed',
      failure: {
        kind: 'network',
        problems: [
          { path: '(root)', message: 'the server answered HTTP 500 Internal Server Error' },
        ],
      },
    });
  });

  it('reports a server that cannot be reached', async () => {
    const fn = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await fetchPack(URL_, {}, fn)).toMatchObject({
      kind: 'failed',
      failure: {
        kind: 'network',
        problems: [{ message: 'could not reach the server: TypeError: Failed to fetch' }],
      },
    });
  });

  it('stops reading a body that grows past the limit, and trusts a large Content-Length at once', async () => {
    let pulled = 0;
    let cancelled = false;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const { fn } = fakeFetch(() => new Response(endless, { status: 200 }));
    expect(await fetchPack(URL_, {}, fn)).toMatchObject({
      kind: 'failed',
      failure: { kind: 'too-large' },
    });
    expect(cancelled).toBe(true);
    // Read up to the first chunk past the limit, and a little ahead at most.
    expect(pulled).toBeLessThan(MAX_PACK_BYTES + 4 * chunk.byteLength);

    let read = false;
    // highWaterMark 0: nothing is pulled before someone reads.
    const declared = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          read = true;
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    const big = fakeFetch(
      () =>
        new Response(declared, {
          status: 200,
          headers: { 'Content-Length': String(MAX_PACK_BYTES + 1) },
        }),
    );
    expect(await fetchPack(URL_, {}, big.fn)).toMatchObject({
      kind: 'failed',
      failure: { kind: 'too-large' },
    });
    expect(read).toBe(false);
  });

  it('takes a pack of exactly the limit', async () => {
    const text = `"${'a'.repeat(MAX_PACK_BYTES - 2)}"`;
    const { fn } = fakeFetch(() => new Response(text, { status: 200 }));
    expect(await fetchPack(URL_, {}, fn)).toEqual({ kind: 'ok', text });
  });

  it('refuses a redirect to plain http on another host, and follows one to https', async () => {
    const { fn } = fakeFetch(() =>
      redirected(new Response('{}', { status: 200 }), 'http://evil.example.net/acme.json'),
    );
    expect(await fetchPack(URL_, {}, fn)).toEqual({
      kind: 'failed',
      failure: {
        kind: 'network',
        problems: [
          {
            path: '(root)',
            message:
              'redirected to http://evil.example.net/acme.json, which is refused: plain http is allowed only for localhost; use https:// for other hosts',
          },
        ],
      },
    });
    const ok = fakeFetch(() =>
      redirected(new Response('{}', { status: 200 }), 'https://raw.example.org/acme.json'),
    );
    expect(await fetchPack(URL_, {}, ok.fn)).toEqual({ kind: 'ok', text: '{}' });
  });

  it('never asks a URL that is not allowed', async () => {
    const { fn, calls } = fakeFetch(() => new Response('{}'));
    expect(await fetchPack('http://intranet.example.com/p.json', {}, fn)).toMatchObject({
      kind: 'failed',
      failure: { kind: 'network' },
    });
    expect(calls).toEqual([]);
  });
});
