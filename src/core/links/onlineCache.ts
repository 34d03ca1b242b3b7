import type { Verdict, VerdictReason } from './onlineVerdict';

export const DEFAULT_CACHE_TTL_MS = 24 * 60 * 60 * 1000;

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `3600`, `30m`, `12h`, `1d` in milliseconds; undefined when unreadable. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d{1,9})\s*([smhd]?)\s*$/i.exec(text);
  return m ? Number(m[1]) * UNITS[(m[2] || 's').toLowerCase()] : undefined;
}

interface Entry {
  readonly status: 'ok' | 'broken';
  readonly reason: VerdictReason;
  readonly at: number;
}

/**
 * Answers already known, by the URL requested. Only successes and definite failures are kept: a 429, a 5xx or a
 * time-out says nothing lasting about the page, so it is asked again next time.
 */
export class VerdictCache {
  private readonly entries = new Map<string, Entry>();
  private changed = false;

  constructor(
    readonly ttlMs: number = DEFAULT_CACHE_TTL_MS,
    private readonly now: () => number = Date.now,
  ) {}

  get(url: string): Verdict | undefined {
    const entry = this.entries.get(url);
    if (!entry) return undefined;
    const age = this.now() - entry.at;
    if (age < 0 || age >= this.ttlMs) return undefined;
    return { status: entry.status, reason: entry.reason, checked: url, fromCache: true };
  }

  set(url: string, verdict: Verdict): void {
    if (verdict.status === 'unverified' || verdict.fromCache) return;
    this.entries.set(url, { status: verdict.status, reason: verdict.reason, at: this.now() });
    this.changed = true;
  }

  /** True when something was added since the cache was read: only then is it worth writing back. */
  get dirty(): boolean {
    return this.changed;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Fresh entries as JSON text; stale ones are dropped on the way out. */
  serialize(): string {
    const now = this.now();
    const fresh = [...this.entries].filter(([, e]) => now - e.at < this.ttlMs);
    return JSON.stringify({ version: 1, entries: Object.fromEntries(fresh) });
  }

  /** Loads entries written by `serialize`; anything unreadable is skipped, never thrown. */
  load(text: string): void {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return;
    }
    if (!raw || typeof raw !== 'object') return;
    const { version, entries } = raw as { version?: unknown; entries?: unknown };
    if (version !== 1 || !entries || typeof entries !== 'object') return;
    for (const [url, value] of Object.entries(entries as Record<string, unknown>)) {
      const e = value as Partial<Entry> | null;
      if (e && (e.status === 'ok' || e.status === 'broken') && typeof e.at === 'number' && e.reason && typeof e.reason === 'object' && typeof (e.reason as { kind?: unknown }).kind === 'string') {
        this.entries.set(url, { status: e.status, reason: e.reason, at: e.at });
      }
    }
  }
}
