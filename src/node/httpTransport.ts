import type { LookupFunction } from 'node:net';
import { Agent, Dispatcher, EnvHttpProxyAgent, ProxyAgent, request } from 'undici';
import type { HttpAnswer, Transport } from '../core';
import { firstHeader as header, toTransportError } from './transportErrors';

export interface TransportOptions {
  /** An explicit proxy (the editor's `http.proxy`); wins over the environment. */
  readonly proxy?: string;
  /** False accepts any certificate, as `http.proxyStrictSSL: false` asks. */
  readonly strictSSL?: boolean;
  /** HTTPS_PROXY / HTTP_PROXY / NO_PROXY, for the CLI. */
  readonly env?: NodeJS.ProcessEnv;
  /** Resolves host names instead of the system (tests point lab hosts at 127.0.0.1 with it). */
  readonly lookup?: LookupFunction;
  readonly userAgent?: string;
}

export interface ClosableTransport extends Transport {
  /** Lets requests under way finish, then closes idle connections. */
  close(): Promise<void>;
  /** Drops every connection at once. */
  destroy(): Promise<void>;
}

/** The online check's HTTP client: undici (the client Node itself ships), with proxies, keep-alive and no redirects followed. */
export function httpTransport(options: TransportOptions = {}): ClosableTransport {
  const connect = { rejectUnauthorized: options.strictSSL !== false, ...(options.lookup ? { lookup: options.lookup } : {}) };
  const dispatcher = makeDispatcher(options, connect);
  const headers = { 'user-agent': options.userAgent ?? 'worklog-studio link check', accept: 'text/html,*/*;q=0.8' };
  return {
    async request(url, method, signal): Promise<HttpAnswer> {
      let response: Dispatcher.ResponseData;
      try {
        response = await request(url, { method, headers, signal, dispatcher });
      } catch (e) {
        throw toTransportError(e);
      }
      // Only the status and headers matter: a short body is drained (the connection stays reusable), a long one dropped.
      await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
      return { status: response.statusCode, location: header(response.headers.location), retryAfter: header(response.headers['retry-after']) };
    },
    close: () => dispatcher.close(),
    destroy: () => dispatcher.destroy(),
  };
}

function makeDispatcher(options: TransportOptions, connect: { rejectUnauthorized: boolean; lookup?: LookupFunction }): Dispatcher {
  if (options.proxy) return new ProxyAgent({ uri: options.proxy, requestTls: connect, proxyTls: connect });
  const env = options.env ?? {};
  const proxied = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'].some((k) => env[k]);
  if (proxied) {
    return new EnvHttpProxyAgent({
      httpProxy: env.HTTP_PROXY ?? env.http_proxy,
      httpsProxy: env.HTTPS_PROXY ?? env.https_proxy ?? env.HTTP_PROXY ?? env.http_proxy,
      noProxy: env.NO_PROXY ?? env.no_proxy,
      connect,
      requestTls: connect,
    });
  }
  return new Agent({ connect });
}
