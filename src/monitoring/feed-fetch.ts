export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

export interface Validators {
  etag?: string;
  lastModified?: string;
}

export type FetchResult =
  | { kind: 'not-modified' }
  | { kind: 'body'; body: string; validators: Validators; finalUrl: string }
  | { kind: 'error'; message: string };

/**
 * A conditional GET of a feed the users configured, defended against hostile servers: one
 * deadline for the whole exchange (a server trickling bytes is cut off too), a body size cap
 * (read as a stream, so a huge body never sits in memory), and a bounded number of redirects,
 * each of which must stay on http(s).
 */
export async function fetchFeed(url: string, validators: Validators, limits: FetchLimits = DEFAULT_LIMITS): Promise<FetchResult> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let current = url;
  try {
    for (let hop = 0; hop <= limits.maxRedirects; hop++) {
      const protocol = new URL(current).protocol;
      if (protocol !== 'http:' && protocol !== 'https:') return { kind: 'error', message: `not an http(s) URL: ${current}` };
      const headers: Record<string, string> = {
        accept: 'application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
        'user-agent': 'Boussole feed monitor',
      };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const response = await fetch(current, { headers, redirect: 'manual', signal });
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        await response.body?.cancel();
        const location = response.headers.get('location');
        if (!location) return { kind: 'error', message: `redirect ${response.status} without a location` };
        current = new URL(location, current).toString();
        continue;
      }
      if (response.status === 304) return { kind: 'not-modified' };
      if (!response.ok) {
        await response.body?.cancel();
        return { kind: 'error', message: `HTTP ${response.status}` };
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > limits.maxBytes) {
        await response.body?.cancel();
        return { kind: 'error', message: `body too large (${declared} bytes, limit ${limits.maxBytes})` };
      }
      const body = await readCapped(response, limits.maxBytes);
      if (body === undefined) return { kind: 'error', message: `body too large (over ${limits.maxBytes} bytes)` };
      return {
        kind: 'body',
        body,
        finalUrl: current,
        validators: { etag: response.headers.get('etag') ?? undefined, lastModified: response.headers.get('last-modified') ?? undefined },
      };
    }
    return { kind: 'error', message: `more than ${limits.maxRedirects} redirects` };
  } catch (error) {
    if (signal.aborted) return { kind: 'error', message: `no complete answer within ${limits.timeoutMs} ms` };
    return { kind: 'error', message: error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error) };
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks));
}
