import * as l10n from '@vscode/l10n';
import { Link, linksStartingIn, trimAutolinkLiteral } from '../page/links';
import { BracketMatches, codeSpans, htmlComments, indexOrLength, indexWithin, matchingBracket, spansWithin } from '../page/inlineSpans';
import type { Page } from '../page/page';
import type { TextEdit } from '../rules/types';
import type { Span } from '../page/text';

/** A place where what GFM links differs from what the author wrote. */
export interface LinkSyntaxProblem {
  readonly span: Span;
  readonly message: string;
  readonly fix: { readonly title: string; readonly edits: readonly TextEdit[] } | undefined;
}

const URL_LIKE = /^(?:(?:https?|ftp):\/\/|www\.|mailto:|\/|\.{1,2}\/|#)|^[^\s/]+\/[^\s]*/i;
/** What URL_LIKE asks of a run's start besides a `/`. */
const URL_START = /^(?:www\.|mailto:|#)/i;
const SPACED_LINK = /\[([^[\]\n]+)\][ \t]+\(((?:https?:\/\/|www\.)[^\s()<>]*)\)/g;
const OPEN_AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>|]*)/gi;
/** After the `)` that the author meant to close a link with, a new word, cell or tag begins. */
const AFTER_CLOSE = /[\s|<[!*_~,.;:?)"']/;
const GLUED = /^[.,;:!?]+/;
/** How far a destination is looked for after `](`: longer than any URL an author writes, and a bound on each `](`'s work. */
const MAX_DESTINATION = 1000;
/** Link text quoted in a message: nested brackets would otherwise copy the rest of the line into every message. */
const MAX_LABEL_SHOWN = 200;

/** Compares what GFM links on each line with what the author evidently meant to write. */
export function findLinkSyntaxProblems(page: Page): LinkSyntaxProblem[] {
  const { text } = page;
  const bodyStart = page.bodyLine < page.lines.lineCount ? page.lines.lines[page.bodyLine].start : text.length;
  if (!/\]|<(?:https?|ftp):|:\/\/|www\./i.test(text.slice(bodyStart))) return [];
  const comments = htmlComments(text, bodyStart, text.length);
  const linksAt = new Map<number, Link>();
  for (const link of page.links) if (!linksAt.has(link.fullSpan.start)) linksAt.set(link.fullSpan.start, link);
  const problems: LinkSyntaxProblem[] = [];
  const add = (problem: LinkSyntaxProblem | undefined) => {
    if (problem) addIfFree(problems, problem);
  };
  // The next `]` and `<` of the body, each found by a native search that later lines reuse: a loop per line over each character ran in the interpreter.
  let nextBracket = -1;
  let nextAngle = -1;
  for (let n = page.bodyLine; n < page.lines.lineCount; n++) {
    const line = page.lines.lines[n];
    if (page.codeLines.has(n)) continue;
    if (nextBracket < line.start) nextBracket = indexOrLength(text, ']', line.start);
    if (nextAngle < line.start) nextAngle = indexOrLength(text, '<', line.start);
    // Each check below needs a `]` or a `<h`/`<f`: table rows full of `<br>` and plain lines have nothing to find.
    const bracket = nextBracket < line.end;
    const autolink = nextAngle < line.end && mayOpenAutolink(text, nextAngle, line.end, linksAt);
    if (!bracket && !autolink) continue;
    const onLine = linksStartingIn(page.links, line.start, line.end);
    // `[label]: destination` runs to the end of its line: nothing on it is inline link syntax.
    if (onLine.some((l) => l.kind === 'reference-definition')) continue;
    // Only offsets on this line are looked up, so only the comments that reach it matter.
    const skip = [...codeSpans(text, line.start, line.end), ...spansWithin(comments, line.start, line.end)];
    const skipped = (offset: number) => skip.some((s) => s.start <= offset && offset < s.end);
    let pairs: BracketMatches | null | undefined;
    const search = lineSearch(text, line.end);
    for (let i = indexWithin(text, '](', line.start, line.end); i >= 0; i = indexWithin(text, '](', i + 2, line.end)) {
      pairs ??= linePairs(text, line.end, skip);
      const open = pairs ? pairedOpener(text, pairs, line.start, i) : openingBracket(text, line.start, i, skip);
      if (open >= 0 && !skipped(open)) add(checkInline(text, open, i, line.end, linksAt, search));
    }
    const content = text.slice(line.start, line.end);
    for (const m of bracket ? content.matchAll(SPACED_LINK) : []) {
      const start = line.start + (m.index ?? 0);
      if (!skipped(start) && !linksAt.has(start) && !linksAt.has(start - 1)) add(spacedLink(start, m[0], m[1]));
    }
    for (const m of autolink ? content.matchAll(OPEN_AUTOLINK) : []) {
      const start = line.start + (m.index ?? 0);
      // `\<` is a literal `<` the author chose to show.
      if (text[start - 1] === '\\') continue;
      if (!skipped(start) && !onLine.some((l) => l.fullSpan.start <= start && start < l.fullSpan.end)) add(openAutolink(text, start, m[1], line.end));
    }
  }
  for (const link of page.links) {
    if (link.kind !== 'bare') continue;
    const glued = GLUED.exec(text.slice(link.span.end, link.span.end + 8));
    if (!glued) continue;
    add({
      span: { start: link.span.start, end: link.span.end + glued[0].length },
      message: l10n.t('"{0}" is glued to the URL {1}: GFM leaves it out of the link, other tools and readers who copy the link take it in. Write the URL as <{1}> or put a space before the punctuation.', glued[0], link.url),
      fix: { title: l10n.t('Wrap the URL in <…>'), edits: [{ start: link.span.start, end: link.span.start, newText: '<' }, { start: link.span.end, end: link.span.end, newText: '>' }] },
    });
  }
  return problems;
}

/** Adds a problem unless it overlaps one already found; the list stays sorted by start, so each check is a binary search. */
function addIfFree(problems: LinkSyntaxProblem[], problem: LinkSyntaxProblem): void {
  let low = 0;
  let high = problems.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (problems[mid].span.start < problem.span.start) low = mid + 1;
    else high = mid;
  }
  // Found problems never overlap, so their ends rise with their starts: only the neighbours can collide.
  const before = problems[low - 1];
  const after = problems[low];
  if (before && before.span.end > problem.span.start && before.span.start < problem.span.end) return;
  if (after && after.span.start < problem.span.end && problem.span.start < after.span.end) return;
  problems.splice(low, 0, problem);
}

/**
 * Whether a `<` on the line from `first` (its first) is followed by h or f (any case), as OPEN_AUTOLINK's `<https://` and `<ftp://` need,
 * and starts no link: one that does is a link already (a row's `<https://…>` needs no further look).
 */
function mayOpenAutolink(text: string, first: number, end: number, linksAt: ReadonlyMap<number, Link>): boolean {
  // The last search runs on to the next line's first `<`: each stretch between two `<` is read at most twice.
  for (let i = first; i < end; i = indexOrLength(text, '<', i + 1)) {
    const c = text.charCodeAt(i + 1) | 32;
    if ((c === 104 /* h */ || c === 102 /* f */) && !linksAt.has(i)) return true;
  }
  return false;
}

/**
 * The brackets of a line paired in one pass, which gives `openingBracket` in linear time when no `[` lies in a
 * code span or comment and those do not overlap (else null: searching back from each `]` is exact there).
 */
function linePairs(text: string, end: number, skip: readonly Span[]): BracketMatches | null {
  const sorted = [...skip].sort((a, b) => a.start - b.start);
  for (let k = 0; k < sorted.length; k++) {
    if (k > 0 && sorted[k].start < sorted[k - 1].end) return null;
    if (indexWithin(text, '[', sorted[k].start, sorted[k].end) >= 0) return null;
  }
  return new BracketMatches(text, end, sorted);
}

/** `openingBracket` from the paired brackets: each `]` has at most one `[`, which must not follow a backslash. */
function pairedOpener(text: string, pairs: BracketMatches, lineStart: number, close: number): number {
  const open = pairs.openerOf(close, lineStart);
  return open >= 0 && text[open - 1] !== '\\' ? open : -1;
}

/** The `[` whose matching `]` is at `close`, searching back on the line; -1 when there is none. */
function openingBracket(text: string, lineStart: number, close: number, skip: readonly Span[]): number {
  for (let j = close - 1; j >= lineStart; j--) {
    if (text[j] === '[' && text[j - 1] !== '\\' && matchingBracket(text, j, close + 1, skip) === close) return j;
  }
  return -1;
}

/**
 * `[text](destination)`: the author meant the destination to run to the first `)` that leaves its parentheses
 * balanced and is followed by a space, a cell border, a tag or punctuation (else to the first `)` so followed).
 */
/** Searches forward on one line for offsets asked in increasing order; each answer is -1 when there is none. */
interface LineSearch {
  /** The first `)` at or after the offset. */
  readonly close: (from: number) => number;
  /** The first `/` at or after the offset. */
  readonly slash: (from: number) => number;
  /** The first white space, `|` or `<` at or after the offset: where a destination written without `)` stops. */
  readonly stop: (from: number) => number;
}

const STOP = /[\s|<]/g;

/** One search per kind serves every `](` of a line before its answer (an indexOf from each `](` of a line of `[x](` was quadratic). */
function lineSearch(text: string, lineEnd: number): LineSearch {
  return {
    close: forward((from) => indexWithin(text, ')', from, lineEnd)),
    slash: forward((from) => indexWithin(text, '/', from, lineEnd)),
    stop: forward((from) => {
      STOP.lastIndex = from;
      const m = STOP.exec(text);
      return m && m.index < lineEnd ? m.index : -1;
    }),
  };
}

/** `find` remembered for offsets asked in increasing order: an answer at or after the offset still holds, and so does none. */
function forward(find: (from: number) => number): (from: number) => number {
  let known = -2;
  return (from) => {
    if (known === -1 || known >= from) return known;
    known = find(from);
    return known;
  };
}

function checkInline(text: string, open: number, close: number, lineEnd: number, linksAt: ReadonlyMap<number, Link>, search: LineSearch): LinkSyntaxProblem | undefined {
  const image = text[open - 1] === '!';
  const from = image ? open - 1 : open;
  const parsed = linksAt.get(from);
  const gfm = parsed && (parsed.kind === 'inline' || parsed.kind === 'image') ? parsed : undefined;
  const destinationStart = close + 2;
  const scanEnd = Math.min(lineEnd, destinationStart + MAX_DESTINATION);
  // With no `)` within reach the scan below would walk the whole reach and find nothing.
  const reachable = search.close(destinationStart);
  const intended = reachable >= 0 && reachable < scanEnd ? intendedClose(text, destinationStart, scanEnd, lineEnd) : undefined;
  if (intended === undefined) {
    if (gfm) return undefined;
    const stop = search.stop(destinationStart);
    const end = stop >= 0 && stop < scanEnd ? stop : scanEnd;
    // URL_LIKE on a run without white space: a `/` anywhere in it, or www., mailto: or # first; a run slice per `](` of a long line cost most of its check.
    const slash = search.slash(destinationStart);
    if (!(slash >= 0 && slash < end) && !URL_START.test(text.slice(destinationStart, Math.min(end, destinationStart + 7)))) return undefined;
    if (indexWithin(text, '{{', destinationStart, end) >= 0) return undefined;
    return {
      span: { start: destinationStart, end },
      message: l10n.t('The "(" after [{0}] is never closed, so GFM shows the brackets as text instead of a link. Add ")" after the URL.', shownLabel(text.slice(open + 1, close))),
      fix: { title: l10n.t('Close the link with ")"'), edits: [{ start: end, end, newText: ')' }] },
    };
  }
  if (gfm && gfm.fullSpan.end === intended + 1) return undefined;
  const written = text.slice(destinationStart, intended);
  const { destination, title } = splitTitle(written);
  const trimmed = destination.trim();
  if (!URL_LIKE.test(trimmed) || trimmed.includes('{{') || /^<.*>$/.test(trimmed)) return undefined;
  const span = { start: destinationStart, end: intended };
  const leading = destination.length - destination.trimStart().length;
  const fix =
    /[<>]/.test(trimmed) || trimmed === ''
      ? undefined
      : {
          title: l10n.t('Wrap the destination in <…>'),
          edits: [{ start: destinationStart, end: destinationStart + destination.length, newText: `${' '.repeat(leading)}<${trimmed}>` }],
        };
  let reason: string;
  if (gfm) reason = l10n.t('the ")" inside it ends the link early, at {0}', gfm.url);
  else if (/\s/.test(trimmed)) reason = l10n.t('it contains a space, so GFM does not read [text](…) as a link');
  else if (count(trimmed, '(') !== count(trimmed, ')')) reason = l10n.t('its parentheses are unbalanced, so the link never closes and GFM shows [text](…) as plain text');
  else reason = l10n.t('GFM does not read [text](…) as a link');
  return {
    span,
    message: l10n.t('The destination {0} is cut short: {1}. Write it as <{2}>.', title ? `${trimmed} ${title}` : trimmed, reason, trimmed),
    fix,
  };
}

function intendedClose(text: string, start: number, scanEnd: number, lineEnd: number): number | undefined {
  let firstBoundary: number | undefined;
  let depth = 0;
  for (let j = start; j < scanEnd; j++) {
    const c = text[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '(') depth++;
    if (c !== ')') continue;
    const boundary = j + 1 >= lineEnd || AFTER_CLOSE.test(text[j + 1]);
    if (boundary && depth === 0) return j;
    if (boundary && firstBoundary === undefined) firstBoundary = j;
    depth = Math.max(0, depth - 1);
    if (text.startsWith('](', j + 1)) break;
  }
  return firstBoundary;
}

function shownLabel(label: string): string {
  return label.length > MAX_LABEL_SHOWN ? `${label.slice(0, MAX_LABEL_SHOWN - 1)}…` : label;
}

/** `url "title"`: a quoted title at the end stays outside the angle brackets. */
function splitTitle(written: string): { destination: string; title: string | undefined } {
  const m = /^(.*?)(\s+(?:"[^"]*"|'[^']*'))\s*$/.exec(written);
  return m ? { destination: m[1], title: m[2].trim() } : { destination: written, title: undefined };
}

function spacedLink(start: number, whole: string, label: string): LinkSyntaxProblem {
  const gapStart = start + 1 + label.length + 1;
  const gapEnd = start + whole.indexOf('(', label.length + 2);
  return {
    span: { start, end: start + whole.length },
    message: l10n.t('The space between [{0}] and "(" keeps GFM from reading a link: readers see the brackets and a bare URL. Remove the space.', shownLabel(label)),
    fix: { title: l10n.t('Remove the space before "("'), edits: [{ start: gapStart, end: gapEnd, newText: '' }] },
  };
}

/** `<https://…` with no `>`: GFM shows the `<` and links the URL on its own; or the URL holds spaces before its `>`. */
function openAutolink(text: string, start: number, run: string, lineEnd: number): LinkSyntaxProblem | undefined {
  const afterRun = start + 1 + run.length;
  const rest = text.slice(afterRun, lineEnd);
  const closing = /^[^<>|]*?>/.exec(rest);
  if (closing && /^\s/.test(rest)) {
    const inner = text.slice(start + 1, afterRun + closing[0].length - 1);
    const encoded = inner.trim().replace(/\s+/g, '%20');
    return {
      span: { start, end: afterRun + closing[0].length },
      message: l10n.t('The autolink <{0}> contains spaces, so GFM does not read it as a link. Encode the spaces as %20: <{1}>.', inner, encoded),
      fix: { title: l10n.t('Encode the spaces as %20'), edits: [{ start: start + 1, end: afterRun + closing[0].length - 1, newText: encoded }] },
    };
  }
  const url = trimAutolinkLiteral(run);
  if (url.length < 9) return undefined;
  const end = start + 1 + url.length;
  return {
    span: { start, end },
    message: l10n.t('The autolink <{0} is never closed with ">", so readers see a stray "<". Write <{0}>.', url),
    fix: { title: l10n.t('Close the autolink with ">"'),
 edits: [{ start: end, end, newText: '>' }] },
  };
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
