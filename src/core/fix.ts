import type { Finding, TextEdit } from './rules/types';

/** Applies non-overlapping edits to text; later edits first so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  let limit = Number.POSITIVE_INFINITY;
  for (const edit of sorted) {
    if (edit.end > limit) continue;
    result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
    limit = edit.start;
  }
  return result;
}

/**
 * What Fix All applies: the first fix of each finding, skipping any that overlaps (or repeats) an edit already taken.
 * Wider edits go first, so a fix that reshapes a row or removes a block wins over one inside it (which the next
 * round re-reads) instead of leaving the reshape for a later round.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  const width = (f: Finding) => Math.max(...(f.fixes[0]?.edits ?? []).map((e) => e.end - e.start));
  const ordered = findings.filter((f) => f.fixes.length > 0).map((f, i) => ({ f, i, w: width(f) }));
  ordered.sort((a, b) => b.w - a.w || a.i - b.i);
  // Kept sorted by start, so each check is a binary search.
  const sorted: TextEdit[] = [];
  for (const { f: finding } of ordered) {
    const fix = finding.fixes[0];
    if (!fix || fix.edits.some((e) => collides(sorted, e))) continue;
    for (const e of fix.edits) sorted.splice(firstAtOrAfter(sorted, e.start), 0, e);
    taken.push(...fix.edits);
  }
  return taken;
}

/** Index of the first edit starting at or after `start`. */
function firstAtOrAfter(sorted: readonly TextEdit[], start: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid].start < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

function collides(sorted: readonly TextEdit[], e: TextEdit): boolean {
  const i = firstAtOrAfter(sorted, e.start);
  const before = sorted[i - 1];
  if (before && before.end > e.start) return true;
  // Edits starting at e.start or later: overlapping, or the same insertion point twice.
  for (let j = i; j < sorted.length && sorted[j].start <= e.end; j++) {
    const t = sorted[j];
    if ((e.start < t.end && t.start < e.end) || (t.start === e.start && t.end === e.end)) return true;
  }
  return false;
}
