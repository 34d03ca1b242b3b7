// A local HTTP server on 127.0.0.1 that plays every answer the online check must judge; no other network is used.
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Hit {
  readonly method: string;
  readonly host: string;
  readonly path: string;
  readonly at: number;
}

export interface LinkServer {
  readonly port: number;
  readonly hits: Hit[];
  /** The most requests in flight at once, per Host header and in all. */
  peakPerHost(): number;
  readonly peakGlobal: number;
  reset(): void;
  close(): Promise<void>;
}

/**
 * The last path segment picks the answer: ok, head405 (HEAD refused, GET 200), moved (301 → ok), home (302 → the
 * portal's home page), elsewhere (302 → another site), missing (404), gone (410), busy (429 Retry-After: 1, always), busyonce (429 then 200), error
 * (500), hang (never answers). Anything else is 200. `latencyMs` delays every answer.
 */
export async function startLinkServer(latencyMs = 0): Promise<LinkServer> {
  const hits: Hit[] = [];
  const active = new Map<string, number>();
  const peaks = new Map<string, number>();
  let inFlight = 0;
  let peakGlobal = 0;
  const seen = new Set<string>();
  const hanging = new Set<http.ServerResponse>();
  const server = http.createServer((req, res) => {
    const host = req.headers.host ?? '';
    const url = req.url ?? '/';
    hits.push({ method: req.method ?? '', host, path: url, at: Date.now() });
    active.set(host, (active.get(host) ?? 0) + 1);
    peaks.set(host, Math.max(peaks.get(host) ?? 0, active.get(host) ?? 0));
    peakGlobal = Math.max(peakGlobal, ++inFlight);
    let finished = false;
    const done = () => {
      if (finished) return;
      finished = true;
      active.set(host, (active.get(host) ?? 1) - 1);
      inFlight--;
    };
    res.on('close', done);
    const segment = url.split('?')[0].split('/').filter(Boolean).pop() ?? '';
    const answer = () => {
      switch (segment) {
        case 'head405':
          return req.method === 'HEAD' ? reply(res, 405) : reply(res, 200);
        case 'moved':
          return reply(res, 301, { location: url.replace(/moved\/?$/, 'ok/') });
        case 'home':
          return reply(res, 302, { location: 'https://awsstudygroup.com/' });
        case 'elsewhere':
          return reply(res, 302, { location: 'https://unrelated.example.org/start' });
        case 'missing':
          return reply(res, 404);
        case 'gone':
          return reply(res, 410);
        case 'busy':
          return reply(res, 429, { 'retry-after': '1' });
        case 'busyonce': {
          const key = `${host}${url}`;
          if (seen.has(key)) return reply(res, 200);
          seen.add(key);
          return reply(res, 429, { 'retry-after': '1' });
        }
        case 'error':
          return reply(res, 500);
        case 'hang':
          hanging.add(res);
          return;
        default:
          return reply(res, 200);
      }
    };
    if (latencyMs > 0) setTimeout(answer, latencyMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hits,
    peakPerHost: () => Math.max(0, ...peaks.values()),
    get peakGlobal() {
      return peakGlobal;
    },
    reset() {
      hits.length = 0;
      peaks.clear();
      peakGlobal = 0;
      seen.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function reply(res: http.ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html', ...headers });
  res.end(status === 200 ? '<html><body>lab</body></html>' : '');
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
