// Disagreements with Hugo that are known and accepted, each with its reason. The test fails on any other
// disagreement, and on an exception that no longer matches anything (so the list cannot go stale).
import type { Disagreement } from './compare';

export interface Exception {
  readonly topic: Disagreement['topic'];
  readonly side: Disagreement['side'];
  /** Matches the page key `<site>/<path under content>`. */
  readonly file: RegExp;
  readonly reason: string;
}

export const fixtureExceptions: readonly Exception[] = [];

export const corpusExceptions: readonly Exception[] = [];

export function unexplained(disagreements: readonly Disagreement[], exceptions: readonly Exception[]): { left: Disagreement[]; unused: Exception[] } {
  const used = new Set<Exception>();
  const left = disagreements.filter((d) => {
    const hit = exceptions.find((e) => e.topic === d.topic && e.side === d.side && e.file.test(d.file));
    if (hit) used.add(hit);
    return !hit;
  });
  return { left, unused: exceptions.filter((e) => !used.has(e)) };
}
