import { MAX_PACK_BYTES, type UpdateFailure } from './types';
import { checkPackUrl } from './url';

/** What the server said last time, for a conditional request. */
export interface Validators {
  etag?: string;
  lastModified?: string;
}

/** A failed download, without the time (the caller stamps it). */
export type FetchFailure = Omit<UpdateFailure, 'at'> & { kind: 'network' | 'too-large' };

export type FetchResult =
  | { kind: 'not-modified' }
  | { kind: 'ok'; text: string; etag?: string; lastModified?: string }
  | { kind: 'failed'; failure: FetchFailure };

export const FETCH_TIMEOUT_MS = 30_000;

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

function failed(kind: FetchFailure['kind'], message: string): FetchResult {
  return { kind: 'failed', failure: { kind, problems: [{ path: '(root)', message }] } };
}

function tooLarge(): FetchResult {
  return failed('too-large', `the pack is larger than ${MAX_PACK_BYTES} bytes`);
}

/** The body as text, or undefined once it passes the cap (reading stops there). */
async function readCapped(response: Response): Promise<string | undefined> {
  const body = response.body;
  if (body === null) {
    const text = await response.text();
    return new TextEncoder().encode(text).length > MAX_PACK_BYTES ? undefined : text;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_PACK_BYTES) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder('utf-8').decode(all);
}

/**
 * Downloads a subscribed pack: a conditional request (the server answers 304 when nothing
 * changed), never from the HTTP cache and without cookies, at most {@link MAX_PACK_BYTES} read,
 * given up after {@link FETCH_TIMEOUT_MS}. A redirect must still land on an allowed URL.
 */
export async function fetchPack(
  url: string,
  validators: Validators,
  fetchFn: FetchFn = (input, init) => fetch(input, init),
): Promise<FetchResult> {
  const checked = checkPackUrl(url);
  if (!checked.ok) return failed('network', checked.message);
  const headers: Record<string, string> = {};
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetchFn(checked.url, {
      headers,
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      signal: abort.signal,
    });
    if (response.redirected || (response.url !== '' && response.url !== checked.url)) {
      const landed = checkPackUrl(response.url);
      if (!landed.ok) {
        await response.body?.cancel().catch(() => undefined);
        return failed(
          'network',
          `redirected to ${response.url}, which is refused: ${landed.message}`,
        );
      }
    }
    if (response.status === 304) return { kind: 'not-modified' };
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      const status = `${response.status} ${response.statusText}`.trim();
      return failed('network', `the server answered HTTP ${status}`);
    }
    const length = Number(response.headers.get('Content-Length'));
    if (Number.isFinite(length) && length > MAX_PACK_BYTES) {
      await response.body?.cancel().catch(() => undefined);
      return tooLarge();
    }
    const text = await readCapped(response);
    if (text === undefined) return tooLarge();
    const result: FetchResult = { kind: 'ok', text };
    const etag = response.headers.get('ETag');
    const lastModified = response.headers.get('Last-Modified');
    if (etag) result.etag = etag;
    if (lastModified) result.lastModified = lastModified;
    return result;
  } catch (error) {
    if (abort.signal.aborted)
      return failed('network', `no answer within ${FETCH_TIMEOUT_MS / 1000} seconds`);
    return failed('network', `could not reach the server: ${String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}
