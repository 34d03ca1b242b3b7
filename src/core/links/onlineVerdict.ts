import { LAB_DOMAIN, PORTAL_HOSTS } from './labUrl';

/** One HTTP answer, headers only; the transport never follows redirects (the checker judges each hop). */
export interface HttpAnswer {
  readonly status: number;
  readonly location?: string;
  readonly retryAfter?: string;
}

export type NetworkFailure = 'dns' | 'refused' | 'timeout' | 'network';

/** Thrown by a transport when no answer came; `kind` decides broken (dns, refused) or unverified. */
export class TransportError extends Error {
  constructor(
    readonly kind: NetworkFailure,
    message: string,
  ) {
    super(message);
  }
}

/** Sends one request (no redirects followed, body discarded); the signal aborts it. Node-only code implements it. */
export interface Transport {
  request(url: string, method: 'HEAD' | 'GET', signal: AbortSignal): Promise<HttpAnswer>;
}

/** Why a link got its verdict; the findings turn it into a sentence. */
export type VerdictReason =
  | { readonly kind: 'status'; readonly status: number }
  | { readonly kind: 'portalHome'; readonly to: string }
  | { readonly kind: 'otherHost'; readonly to: string }
  | { readonly kind: 'tooManyRedirects' }
  | { readonly kind: 'retryTooLong'; readonly seconds: number }
  | { readonly kind: 'hostBudget' }
  | { readonly kind: NetworkFailure; readonly detail?: string };

export interface Verdict {
  readonly status: 'ok' | 'broken' | 'unverified';
  readonly reason: VerdictReason;
  /** The URL requested, after remapping. */
  readonly checked: string;
  readonly fromCache?: boolean;
}

/** What one answer means: a final verdict, a redirect to follow, or a try-again. */
export type Judgement =
  | { readonly kind: 'verdict'; readonly status: 'ok' | 'broken' | 'unverified'; readonly reason: VerdictReason }
  | { readonly kind: 'redirect'; readonly to: string }
  | { readonly kind: 'retry'; readonly reason: VerdictReason; readonly afterMs: number | undefined };

/** HEAD is refused by some servers; these answers mean "ask again with GET". */
export function headRefused(status: number): boolean {
  return status === 405 || status === 501 || status === 403;
}

/** Reads one answer to a request for `url`; `now` dates a Retry-After given as an HTTP date. */
export function judgeAnswer(url: string, answer: HttpAnswer, now: number): Judgement {
  const { status } = answer;
  if (status >= 200 && status < 300) return { kind: 'verdict', status: 'ok', reason: { kind: 'status', status } };
  if (status >= 300 && status < 400 && status !== 304) {
    const to = answer.location === undefined ? undefined : resolveUrl(answer.location, url);
    if (to === undefined) return { kind: 'verdict', status: 'unverified', reason: { kind: 'status', status } };
    const soft = softNotFound(url, to);
    if (soft) return { kind: 'verdict', status: 'broken', reason: soft };
    return { kind: 'redirect', to };
  }
  if (status === 404 || status === 410) return { kind: 'verdict', status: 'broken', reason: { kind: 'status', status } };
  if (status === 429 || status >= 500) return { kind: 'retry', reason: { kind: 'status', status }, afterMs: retryAfterMs(answer.retryAfter, now) };
  // 401, 403 and other refusals say nothing about the page itself: never reported as broken.
  return { kind: 'verdict', status: 'unverified', reason: { kind: 'status', status } };
}

/** A redirect to another host or to the portal's home page: the page is gone though the server says 200 in the end. */
export function softNotFound(from: string, to: string): VerdictReason | undefined {
  const a = safeUrl(from);
  const b = safeUrl(to);
  if (!a || !b) return undefined;
  if (isPortalHome(b) && !isPortalHome(a)) return { kind: 'portalHome', to };
  if (bareHost(a.hostname) !== bareHost(b.hostname)) return { kind: 'otherHost', to };
  return undefined;
}

function isPortalHome(url: URL): boolean {
  const host = bareHost(url.hostname);
  const isPortal = host === LAB_DOMAIN || PORTAL_HOSTS.some((p) => host === `${p}.${LAB_DOMAIN}`);
  return isPortal && /^\/(?:(?:en|vi)\/?)?$/.test(url.pathname) && url.search === '';
}

function bareHost(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

function resolveUrl(location: string, base: string): string | undefined {
  try {
    return new URL(location, base).href;
  } catch {
    return undefined;
  }
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds from now; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,9}$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
