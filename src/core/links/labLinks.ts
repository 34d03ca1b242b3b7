import type { Config } from '../config';
import { LabUrl, labDomainCandidate, readLabUrl } from './labUrl';
import { Link, isIgnoredLink, linksStartingIn, writesUrl } from '../page/links';
import { codeSpans, htmlComments, spansWithin } from '../page/inlineSpans';
import { MemoSlot } from '../page/memo';
import type { Page } from '../page/page';
import { Span, isWhiteSpace } from '../page/text';

/** An awsstudygroup URL on a page: a link, or host text a reader cannot click because it has no scheme. */
export interface LabOccurrence {
  readonly url: string;
  /** The URL as written. */
  readonly span: Span;
  readonly lab: LabUrl;
  /** Undefined for scheme-less text such as `000039.awsstudygroup.com/`. */
  readonly link: Link | undefined;
}

const HOST_TEXT = /(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:\/[^\s<>|()[\]"'`*]*)?/y;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
// A regex literal is a new object each time it is evaluated: these are read for every host named on a line.
const URL_CHAR = /[\w.@/:%-]/;
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;
const OCCURRENCES = new MemoSlot<WeakMap<readonly string[], readonly LabOccurrence[]>>('lab occurrences');

/** Every awsstudygroup URL on the page (minus `config.ignoreLinks`), computed once per page and ignore list. */
export function labOccurrences(page: Page, config: Pick<Config, 'ignoreLinks'>): readonly LabOccurrence[] {
  const byConfig = page.memo.get(OCCURRENCES, () => new WeakMap());
  let found = byConfig.get(config.ignoreLinks);
  if (!found) {
    found = [...fromLinks(page), ...fromText(page)].filter((o) => !isIgnoredLink(o.url, config.ignoreLinks)).sort((a, b) => a.span.start - b.span.start);
    byConfig.set(config.ignoreLinks, found);
  }
  return found;
}

function fromLinks(page: Page): LabOccurrence[] {
  const found: LabOccurrence[] = [];
  for (const link of page.links) {
    if (!writesUrl(link) || link.kind === 'image') continue;
    const lab = readLabUrl(link.url);
    if (lab) found.push({ url: link.url, span: link.span, lab, link });
  }
  return found;
}

/** Host names written as plain text (`000039.awsstudygroup.com/`), outside links, code, comments and HTML tags. */
function fromText(page: Page): LabOccurrence[] {
  const { text } = page;
  const bodyStart = page.bodyLine < page.lines.lineCount ? page.lines.lines[page.bodyLine].start : text.length;
  const found: LabOccurrence[] = [];
  let comments: readonly Span[] | undefined;
  // One search of the body finds where the lab domain may be named, instead of a slice and a test per line.
  let skippedOn: { line: number; skipped: (start: number) => boolean } | undefined;
  for (let at = labDomainCandidate(text, bodyStart); at >= 0; ) {
    const n = page.lines.lineAt(at - 1);
    const line = page.lines.lines[n];
    const nextLine = () => (line.next > line.end ? labDomainCandidate(text, line.next) : -1);
    if (page.codeLines.has(n)) {
      at = nextLine();
      continue;
    }
    // A host text never holds white space, a tag, table or link bracket, quote, backtick or `*`, and hostTexts starts
    // afresh after one: only the stretch between two of them around the candidate is read (not a table row's every cell).
    let start = at - 1;
    while (start > line.start && !breaksHostText(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < line.end && !breaksHostText(text.charCodeAt(end))) end++;
    comments ??= htmlComments(text, bodyStart, text.length);
    if (skippedOn?.line !== n) skippedOn = { line: n, skipped: skipper(page, line, comments) };
    fromStretch(page, start, end, skippedOn.skipped, found);
    at = end < line.end ? labDomainCandidate(text, end) : nextLine();
  }
  return found;
}

/** Whether `start` lies in a code span, comment, link or HTML tag of `line`; the spans are gathered on the first question. */
function skipper(page: Page, line: Span, comments: readonly Span[]): (start: number) => boolean {
  const { text } = page;
  let skip: Span[] | undefined;
  return (start: number) => {
    // Built on the first candidate only: most lines that name the domain do it inside a link, which never gets here.
    skip ??= [
      ...codeSpans(text, line.start, line.end),
      ...spansWithin(comments, line.start, line.end),
      ...linksStartingIn(page.links, line.start, line.end).map((l) => l.fullSpan),
      ...[...text.slice(line.start, line.end).matchAll(HTML_TAG)].map((m) => ({ start: line.start + (m.index ?? 0), end: line.start + (m.index ?? 0) + m[0].length })),
    ];
    return skip.some((s) => s.start <= start && start < s.end);
  };
}

function fromStretch(page: Page, from: number, to: number, skipped: (start: number) => boolean, found: LabOccurrence[]): void {
  const { text } = page;
  for (const m of hostTexts(text.slice(from, to))) {
    const start = from + m.index;
    const before = text[start - 1] ?? '';
    if (URL_CHAR.test(before) || skipped(start)) continue;
    const url = m[0].replace(TRAILING_PUNCTUATION, '');
    const lab = readLabUrl(url);
    // The bare domain in prose ("awsstudygroup.com") names the site; only lab and portal hosts are meant as links.
    // So does a portal host named in a sentence ("the specialforce.awsstudygroup.com website") unless a path follows.
    if (!lab || lab.host === 'other' || (lab.host === 'portal' && !url.includes('/'))) continue;
    found.push({ url, span: { start, end: start + url.length }, lab, link: undefined });
  }
}

/** White space or one of `` <>|()[]"'`* ``: what HOST_TEXT, path included, never holds. */
function breaksHostText(c: number): boolean {
  switch (c) {
    case 60: case 62: case 124: case 40: case 41: case 91: case 93: case 34: case 39: case 96: case 42: // < > | ( ) [ ] " ' ` *
      return true;
    default:
      return isWhiteSpace(c);
  }
}

/**
 * `content.matchAll(/(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}…/g)`, in linear time: the regex engine tried every letter of a long
 * word without a dot in turn (each try reading to the word's end). A failed try rules out every later start inside
 * the same dotted run, since any match from there would extend to one from the earlier start.
 */
function* hostTexts(content: string): Generator<{ index: number; 0: string }> {
  let i = 0;
  while (i < content.length) {
    if (!isHostChar(content.charCodeAt(i))) {
      i++;
      continue;
    }
    // A match needs a dot right after the first run of host characters: a plain word is passed over without the regex.
    let j = i;
    while (j < content.length && isHostChar(content.charCodeAt(j))) j++;
    if (content.charCodeAt(j) !== 46 /* . */ || !isHostChar(content.charCodeAt(j + 1))) {
      i = j;
      continue;
    }
    HOST_TEXT.lastIndex = i;
    const m = HOST_TEXT.exec(content);
    if (m) {
      yield { index: i, 0: m[0] };
      i += m[0].length;
      continue;
    }
    for (;;) {
      while (i < content.length && isHostChar(content.charCodeAt(i))) i++;
      if (content.charCodeAt(i) === 46 /* . */ && isHostChar(content.charCodeAt(i + 1))) i++;
      else break;
    }
  }
}

/** `[A-Za-z0-9-]`. */
function isHostChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}
