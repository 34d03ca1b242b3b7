import type { VerdictCache } from './onlineCache';
import { HttpAnswer, Judgement, Transport, TransportError, Verdict, VerdictReason, headRefused, judgeAnswer } from './onlineVerdict';
import { RemapRule, remapUrl } from './remap';

/** How politely and how long the checker asks. */
export interface Limits {
  /** Requests to one host at once. */
  readonly perHost: number;
  /** Requests at once in all. */
  readonly global: number;
  /** Between two requests to one host. */
  readonly minIntervalMs: number;
  /** One request, headers included. */
  readonly timeoutMs: number;
  /** Once a host has timed out, what it may cost in all from then, retries included. */
  readonly hostBudgetMs: number;
  /** Tries after the first, for 429, 5xx, time-outs and network errors. */
  readonly retries: number;
  /** The first wait before a retry when the server gives no Retry-After; doubled each time. */
  readonly backoffMs: number;
  /** A longer Retry-After is not waited for: the link stays unverified. */
  readonly maxRetryAfterMs: number;
  readonly maxRedirects: number;
}

export const DEFAULT_LIMITS: Limits = {
  perHost: 2,
  global: 16,
  minIntervalMs: 50,
  timeoutMs: 10_000,
  hostBudgetMs: 30_000,
  retries: 2,
  backoffMs: 1_000,
  maxRetryAfterMs: 30_000,
  maxRedirects: 10,
};

export interface CheckOptions {
  readonly transport: Transport;
  readonly remap?: readonly RemapRule[];
  readonly cache?: VerdictCache;
  /** Stops every request and wait at once; the result then holds the links finished so far. */
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number) => void;
  readonly limits?: Partial<Limits>;
}

class Cancelled extends Error {}

/** One listener on the caller's signal fans out to every request and wait, instead of one listener each. */
class AbortHub {
  private readonly callbacks = new Set<() => void>();

  constructor(readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => [...this.callbacks].forEach((c) => c()), { once: true });
  }

  get aborted(): boolean {
    return this.signal.aborted;
  }

  /** Calls `callback` on abort; the returned function unsubscribes. */
  on(callback: () => void): () => void {
    this.callbacks.add(callback);
    return () => this.callbacks.delete(callback);
  }
}

interface HostState {
  active: number;
  nextAt: number;
  /** Set by the first time-out: no request to the host starts or waits past it. */
  deadline: number | undefined;
}

/** Checks each distinct URL once (after remapping) and returns a verdict per URL given; cancelled ones are absent. */
export async function checkLinks(urls: readonly string[], options: CheckOptions): Promise<Map<string, Verdict>> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const signal = new AbortHub(options.signal ?? new AbortController().signal);
  const targets = new Map<string, string[]>();
  for (const url of new Set(urls)) {
    const target = remapUrl(url, options.remap ?? []);
    const list = targets.get(target);
    if (list) list.push(url);
    else targets.set(target, [url]);
  }
  const result = new Map<string, Verdict>();
  const slots = new Slots(limits, signal);
  let done = 0;
  const total = targets.size;
  options.onProgress?.(0, total);
  await Promise.all(
    [...targets].map(async ([target, sources]) => {
      let verdict = options.cache?.get(target);
      if (!verdict) {
        try {
          verdict = await checkOne(target, slots, limits, options.transport, signal);
        } catch (e) {
          if (e instanceof Cancelled) return;
          throw e;
        }
        options.cache?.set(target, verdict);
      }
      for (const source of sources) result.set(source, verdict);
      options.onProgress?.(++done, total);
    }),
  );
  return result;
}

async function checkOne(target: string, slots: Slots, limits: Limits, transport: Transport, signal: AbortHub): Promise<Verdict> {
  let url = target;
  let redirects = 0;
  let retries = 0;
  const verdict = (status: Verdict['status'], reason: VerdictReason): Verdict => ({ status, reason, checked: target });
  for (;;) {
    const hostKey = keyOf(url);
    const host = slots.host(hostKey);
    if (host.deadline !== undefined && Date.now() >= host.deadline) return verdict('unverified', { kind: 'hostBudget' });
    await slots.acquire(hostKey);
    let judgement: Judgement;
    try {
      if (host.deadline !== undefined && Date.now() >= host.deadline) return verdict('unverified', { kind: 'hostBudget' });
      let answer = await send(transport, url, 'HEAD', host, limits, signal);
      if (headRefused(answer.status)) answer = await send(transport, url, 'GET', host, limits, signal);
      judgement = judgeAnswer(url, answer, Date.now());
    } catch (e) {
      if (!(e instanceof TransportError)) throw e;
      if (e.kind === 'dns' || e.kind === 'refused') return verdict('broken', { kind: e.kind, detail: e.message });
      judgement = { kind: 'retry', reason: { kind: e.kind, detail: e.message }, afterMs: undefined };
    } finally {
      slots.release(hostKey);
    }
    if (judgement.kind === 'verdict') return verdict(judgement.status, judgement.reason);
    if (judgement.kind === 'redirect') {
      if (++redirects > limits.maxRedirects) return verdict('unverified', { kind: 'tooManyRedirects' });
      url = judgement.to;
      continue;
    }
    if (++retries > limits.retries) return verdict('unverified', judgement.reason);
    if (judgement.afterMs !== undefined && judgement.afterMs > limits.maxRetryAfterMs) return verdict('unverified', { kind: 'retryTooLong', seconds: Math.round(judgement.afterMs / 1000) });
    const wait = judgement.afterMs ?? limits.backoffMs * 2 ** (retries - 1);
    // A server that asks for a pause gets it for every link on it, not only this one.
    if (judgement.afterMs !== undefined) host.nextAt = Math.max(host.nextAt, Date.now() + wait);
    if (host.deadline !== undefined && Date.now() + wait >= host.deadline) return verdict('unverified', { kind: 'hostBudget' });
    await sleep(wait, signal);
  }
}

/** One request, timed out at the limit or at the host's deadline, whichever comes first. */
async function send(transport: Transport, url: string, method: 'HEAD' | 'GET', host: HostState, limits: Limits, signal: AbortHub): Promise<HttpAnswer> {
  if (signal.aborted) throw new Cancelled();
  const started = Date.now();
  // The interval counts from when a request leaves, not from its slot's grant: work in between would shorten it.
  host.nextAt = Math.max(host.nextAt, started + limits.minIntervalMs);
  const timeout = Math.max(0, Math.min(limits.timeoutMs, (host.deadline ?? Infinity) - started));
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const unsubscribe = signal.on(() => controller.abort());
  try {
    return await transport.request(url, method, controller.signal);
  } catch (e) {
    if (signal.aborted) throw new Cancelled();
    const error = timedOut
      ? new TransportError('timeout', `no answer in ${timeout} ms`)
      : e instanceof TransportError
        ? e
        : new TransportError('network', e instanceof Error ? e.message : String(e));
    // The transport's own connect time-out counts too: either way the host's budget starts now.
    if (error.kind === 'timeout') host.deadline ??= started + limits.hostBudgetMs;
    throw error;
  } finally {
    clearTimeout(timer);
    unsubscribe();
  }
}

/** Requests are limited per host (with a pause between two starts) and in all; waiters are served in order. */
class Slots {
  private active = 0;
  private readonly hosts = new Map<string, HostState>();
  private readonly waiters: Array<{ key: string; grant: () => void; fail: (e: Error) => void }> = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Infinity;

  constructor(
    private readonly limits: Limits,
    private readonly signal: AbortHub,
  ) {
    signal.on(() => {
      clearTimeout(this.timer);
      for (const w of this.waiters.splice(0)) w.fail(new Cancelled());
    });
  }

  host(key: string): HostState {
    let state = this.hosts.get(key);
    if (!state) this.hosts.set(key, (state = { active: 0, nextAt: 0, deadline: undefined }));
    return state;
  }

  acquire(key: string): Promise<void> {
    if (this.signal.aborted) return Promise.reject(new Cancelled());
    return new Promise((grant, fail) => {
      this.waiters.push({ key, grant, fail });
      this.pump();
    });
  }

  release(key: string): void {
    this.active--;
    this.host(key).active--;
    this.pump();
  }

  private pump(): void {
    const now = Date.now();
    let wakeAt = Infinity;
    for (let i = 0; i < this.waiters.length && this.active < this.limits.global; ) {
      const waiter = this.waiters[i];
      const host = this.host(waiter.key);
      if (host.active >= this.limits.perHost) {
        i++;
        continue;
      }
      if (host.nextAt > now) {
        wakeAt = Math.min(wakeAt, host.nextAt);
        i++;
        continue;
      }
      this.waiters.splice(i, 1);
      this.active++;
      host.active++;
      host.nextAt = now + this.limits.minIntervalMs;
      waiter.grant();
    }
    if (wakeAt < this.timerAt) {
      clearTimeout(this.timer);
      this.timerAt = wakeAt;
      this.timer = setTimeout(() => {
        this.timerAt = Infinity;
        this.pump();
      }, wakeAt - now);
    }
  }
}

function keyOf(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

function sleep(ms: number, signal: AbortHub): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new Cancelled());
    const unsubscribe = signal.on(() => {
      clearTimeout(timer);
      reject(new Cancelled());
    });
    const timer = setTimeout(() => {
      unsubscribe();
      resolve();
    }, ms);
  });
}

