import { TransportError } from '../core';

/** Which failures mean "this host is not there" (broken) and which only "no answer now" (unverified). */
export function toTransportError(e: unknown): Error {
  if (e instanceof Error && e.name === 'AbortError') return e;
  const code = (e as { code?: string }).code ?? (e as { cause?: { code?: string } }).cause?.code;
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'ENOTFOUND') return new TransportError('dns', message);
  if (code === 'ECONNREFUSED') return new TransportError('refused', message);
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'ETIMEDOUT') return new TransportError('timeout', message);
  return new TransportError('network', code ? `${code}: ${message}` : message);
}

export function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
