import { Span, isWhiteSpace } from './text';

// Inline Markdown spans the link scanner and the rules share: link tails, bracket pairs, code spans, comments, lines.

export interface InlineTail {
  /** Where the destination's text is, without angle brackets. */
  readonly destination: Span;
  readonly url: string;
  readonly angle: boolean;
  /** The offset of the closing `)`. */
  readonly close: number;
}

/** Parses `(destination "title")` at `open` as CommonMark does; undefined when GFM would not read a link there. */
export function parseInlineTail(text: string, open: number, end: number): InlineTail | undefined {
  if (text.charCodeAt(open) !== 40 /* ( */) return undefined;
  let i = skipSpaces(text, open + 1, end);
  let destination: Span;
  let angle = false;
  if (text.charCodeAt(i) === 60 /* < */) {
    let j = i + 1;
    while (j < end && text[j] !== '>' && text[j] !== '<' && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
    if (j >= end || text[j] !== '>') return undefined;
    destination = { start: i + 1, end: j };
    angle = true;
    i = j + 1;
  } else {
    let depth = 0;
    let j = i;
    while (j < end) {
      const ch = text[j];
      if (ch === '\\' && j + 1 < end) {
        j += 2;
        continue;
      }
      if (isWhiteSpace(text.charCodeAt(j)) || text.charCodeAt(j) < 32) break;
      if (ch === '(') {
        depth++;
        if (depth > 32) return undefined;
      } else if (ch === ')') {
        if (depth === 0) break;
        depth--;
      }
      j++;
    }
    if (depth !== 0) return undefined;
    destination = { start: i, end: j };
    i = j;
  }
  const afterDestination = i;
  i = skipSpaces(text, i, end);
  const opener = text[i];
  if ((opener === '"' || opener === "'" || opener === '(') && (i > afterDestination || destination.end === destination.start)) {
    const closer = opener === '(' ? ')' : opener;
    let j = i + 1;
    while (j < end && text[j] !== closer) {
      if (opener === '(' && text[j] === '(') return undefined;
      j += text[j] === '\\' ? 2 : 1;
    }
    if (j >= end) return undefined;
    i = skipSpaces(text, j + 1, end);
  }
  if (text.charCodeAt(i) !== 41 /* ) */) return undefined;
  return { destination, url: text.slice(destination.start, destination.end), angle, close: i };
}

/** The `]` that closes the `[` at `open` (brackets nest, escapes and code spans do not count), or -1. */
export function matchingBracket(text: string, open: number, end: number, code: readonly Span[] = []): number {
  let depth = 0;
  for (let i = open; i < end; i++) {
    if (code.length > 0) {
      const span = code.find((s) => s.start <= i && i < s.end);
      if (span) {
        i = span.end - 1;
        continue;
      }
    }
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 91 /* [ */) depth++;
    else if (c === 93 /* ] */ && --depth === 0) return i;
  }
  return -1;
}

/**
 * `matchingBracket(text, open, end, code)` for every `[` of a line, from one pass: asking each `[` separately
 * rescanned the rest of the line, so a line of unclosed brackets took quadratic time.
 */
export class BracketMatches {
  private from = -1;
  private readonly closes = new Map<number, number>();
  private readonly opens = new Map<number, number>();

  constructor(
    private readonly text: string,
    private readonly end: number,
    private readonly code: readonly Span[],
  ) {}

  closeOf(open: number): number {
    // A pass from an earlier `[` has met every later `[` it did not skip; one it skipped (escaped) starts a new pass.
    const known = open >= this.from ? this.closes.get(open) : undefined;
    if (known !== undefined) return known;
    this.pass(open);
    return this.closes.get(open) ?? matchingBracket(this.text, open, this.end, this.code);
  }

  /** The `[` that a pass from `from` pairs with the `]` at `close`; -1 when none. */
  openerOf(close: number, from: number): number {
    if (this.from !== from) this.pass(from);
    return this.opens.get(close) ?? -1;
  }

  /** Pairs brackets from `from` on as `matchingBracket` does from each `[`: escapes and code spans skipped, nesting counted. */
  private pass(from: number): void {
    const { text, end, code } = this;
    this.from = from;
    this.closes.clear();
    this.opens.clear();
    const open: number[] = [];
    let nextCode = firstEndingAfter(code, from);
    for (let i = from; i < end; i++) {
      while (nextCode < code.length && code[nextCode].end <= i) nextCode++;
      if (nextCode < code.length && code[nextCode].start <= i) {
        i = code[nextCode].end - 1;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */) i++;
      else if (c === 91 /* [ */) open.push(i);
      else if (c === 93 /* ] */ && open.length > 0) {
        const o = open.pop() as number;
        this.closes.set(o, i);
        this.opens.set(i, o);
      }
    }
    for (const o of open) this.closes.set(o, -1);
  }
}

/** Inline code spans on one line: a backtick run up to the next run of the same length. */
export function codeSpans(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  if (indexWithin(text, '`', start, end) < 0) return spans;
  let i = start;
  while (i < end) {
    const open = indexWithin(text, '`', i, end);
    if (open < 0 || open >= end) break;
    if (open > start && text.charCodeAt(open - 1) === 92 /* \ */) {
      i = open + 1;
      continue;
    }
    let runEnd = open;
    while (runEnd < end && text.charCodeAt(runEnd) === 96 /* ` */) runEnd++;
    const run = runEnd - open;
    let j = runEnd;
    let closed = -1;
    while (j < end) {
      const next = indexWithin(text, '`', j, end);
      if (next < 0 || next >= end) break;
      let k = next;
      while (k < end && text.charCodeAt(k) === 96 /* ` */) k++;
      if (k - next === run) {
        closed = k;
        break;
      }
      j = k;
    }
    if (closed < 0) {
      i = runEnd;
      continue;
    }
    spans.push({ start: open, end: closed });
    i = closed;
  }
  return spans;
}

/** `<!-- … -->` comments in `text[start, end)`, which Hugo drops from the page. */
export function htmlComments(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let i = text.indexOf('<!--', start);
  while (i >= 0 && i < end) {
    const close = text.indexOf('-->', i + 4);
    const stop = close < 0 ? end : Math.min(end, close + 3);
    spans.push({ start: i, end: stop });
    i = text.indexOf('<!--', stop);
  }
  return spans;
}

/** Lines of `text[start, end)` without their line breaks. */
export function lineSpans(text: string, start: number, end: number): Span[] {
  const lines: Span[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start: s, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      s = i + 1;
    }
  }
  if (s < end || lines.length === 0) lines.push({ start: s, end });
  return lines;
}

/**
 * The first `char` in `text` at or after `from`, or the text's length. A caller that asks in increasing order keeps
 * the answer until it passes it: one native search per occurrence, where a bounded search per line read each character in the interpreter.
 */
export function indexOrLength(text: string, char: string, from: number): number {
  const i = text.indexOf(char, from);
  return i < 0 ? text.length : i;
}

/** `text.indexOf(needle, from)` limited to `[from, end)`: an unbounded search per line would make a page quadratic. */
export function indexWithin(text: string, needle: string, from: number, end: number): number {
  if (needle.length === 0 || from < 0) {
    const found = text.slice(from, end).indexOf(needle);
    return found < 0 ? -1 : from + found;
  }
  // Compared in place: slicing a substring per call was a large share of the link finder's garbage.
  const first = needle.charCodeAt(0);
  const last = Math.min(end, text.length) - needle.length;
  outer: for (let i = from; i <= last; i++) {
    if (text.charCodeAt(i) !== first) continue;
    for (let k = 1; k < needle.length; k++) if (text.charCodeAt(i + k) !== needle.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}

/** The index of the first span of a sorted, disjoint list that ends after `offset` (the list's length when none does). */
export function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

const NO_SPANS: readonly Span[] = [];

/** The spans of a sorted, disjoint list that overlap `[start, end)`, in order; a shared empty list when none do. */
export function spansWithin(spans: readonly Span[], start: number, end: number): readonly Span[] {
  const first = firstEndingAfter(spans, start);
  let stop = first;
  while (stop < spans.length && spans[stop].start < end) stop++;
  return stop === first ? NO_SPANS : spans.slice(first, stop);
}

function skipSpaces(text: string, i: number, end: number): number {
  while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}
