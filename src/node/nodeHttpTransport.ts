import * as http from 'node:http';
import * as https from 'node:https';
import type { HttpAnswer, Transport } from '../core';
import { firstHeader, toTransportError } from './transportErrors';

/**
 * The editor's transport: Node's own http/https, because VS Code's extension host applies `http.proxy` and
 * `http.proxyStrictSSL` to them itself, and the extension package stays small without a bundled client.
 */
export function nodeHttpTransport(userAgent: string): Transport & { close(): Promise<void> } {
  return {
    request(url, method, signal): Promise<HttpAnswer> {
      return new Promise((resolve, reject) => {
        let target: URL;
        try {
          target = new URL(url);
        } catch (e) {
          reject(toTransportError(e));
          return;
        }
        const client = target.protocol === 'http:' ? http : https;
        const request = client.request(target, { method, signal, headers: { 'user-agent': userAgent, accept: 'text/html,*/*;q=0.8' } }, (response) => {
          resolve({ status: response.statusCode ?? 0, location: firstHeader(response.headers.location), retryAfter: firstHeader(response.headers['retry-after']) });
          // Only the status and headers matter: the body is dropped unread.
          response.destroy();
        });
        request.on('error', (e) => reject(toTransportError(e)));
        request.end();
      });
    },
    close: async () => undefined,
  };
}
