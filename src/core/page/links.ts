import { Span } from './text';
import { BracketMatches, codeSpans, firstEndingAfter, htmlComments, indexWithin, lineSpans, parseInlineTail } from './inlineSpans';
import { patternProblem, regexParts } from './patterns';

/**
 * How a link is written: `<url>` (autolink), `[text](url)` (inline), a bare URL that GFM links by itself,
 * `<a href>`, `[label]: url` (reference definition), `[text][label]` (reference, its URL is the definition's),
 * `![alt](src)` or `<img src>` (image).
 */
export type LinkKind = 'autolink' | 'inline' | 'bare' | 'html' | 'reference-definition' | 'reference' | 'image';

/** A link a reader would click (or an image the page shows); `span` covers the destination exactly as written. */
export interface Link {
  readonly kind: LinkKind;
  readonly url: string;
  /** The destination as written; for a `reference` link, the URL in its definition. */
  readonly span: Span;
  /** The whole construct (`[text](url)`, `<url>`, the bare URL): where a rewrite of the link goes. */
  readonly fullSpan: Span;
}

/** Kinds whose `span` is the URL written at this place (a `reference` points at its definition's URL instead). */
export function writesUrl(link: Link): boolean {
  return link.kind !== 'reference';
}

const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/y;
const EMAIL_AUTOLINK = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
const HTML_TAG = /<\/?([A-Za-z][A-Za-z0-9-]*)(?:\s(?:[^<>"']|"[^"]*"|'[^']*')*)?\/?>/y;
const HTML_ATTRIBUTE = /\s(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
const BARE = /(?:(?:https?|ftp):\/\/|www\.)[^\s<>|`]*/iy;
const REFERENCE_DEFINITION = /^ {0,3}\[((?:[^\]\\]|\\.){1,999})\]:[ \t]*(<[^<>\n]*>|\S+)/;
const AUTOLINKS = [AUTOLINK, EMAIL_AUTOLINK];
/** Where the scan has something to do: an escape, `<`, `[`, `![`, or a URL's scheme or `www.` after no letter or digit. */
const LINK_START = /[\\<[]|!\[|(?<![A-Za-z0-9])(?:(?:https?|ftp):\/\/|www\.)/gi;
/** GFM leaves these out of the end of an autolink literal. */
const TRAILING_PUNCTUATION = /[?!.,:;*_~'"]$/;

/**
 * Finds links in `text[start, end)`; offsets are absolute. Fenced code is the caller's to exclude. `lines` are the
 * lines of that range when the caller has them already (empty lines may be among them).
 */
export function findLinks(text: string, start: number, end: number, lines?: readonly Span[]): Link[] {
  const source = text.slice(start, end);
  if (!/[a-z]:|www\.|\]|href|src/i.test(source)) return [];
  const comments = htmlComments(text, start, end);
  lines ??= lineSpans(text, start, end);
  const definitions = new Map<string, Link>();
  const links: Link[] = [];
  const definitionLines = new Set<number>();
  lines.forEach((line, index) => {
    // A definition starts with `[` after at most 3 spaces: checking that first spares a slice and a regex per line.
    if (!startsDefinition(text, line.start, line.end)) return;
    const m = REFERENCE_DEFINITION.exec(text.slice(line.start, line.end));
    if (!m || inside(comments, line.start)) return;
    const destination = m[2];
    const angle = destination.startsWith('<');
    const url = angle ? destination.slice(1, -1) : destination;
    const s = line.start + m[0].length - destination.length + (angle ? 1 : 0);
    const link: Link = { kind: 'reference-definition', url, span: { start: s, end: s + url.length }, fullSpan: { start: line.start + m[0].indexOf('['), end: line.start + m[0].length } };
    links.push(link);
    definitionLines.add(index);
    const label = normalizeReferenceLabel(m[1]);
    if (!definitions.has(label)) definitions.set(label, link);
  });
  const scanner = new InlineScanner(text, definitions, comments, links);
  lines.forEach((line, index) => {
    if (!definitionLines.has(index)) scanner.scan(line.start, line.end, false);
  });
  return links.sort((a, b) => a.fullSpan.start - b.fullSpan.start || a.span.start - b.span.start);
}

/** Walks one line left to right the way a GFM inline parser does, recording the links it meets. */
class InlineScanner {
  /** The first LINK_START at or after the last place searched from: the scan only moves forward, so later lines reuse it. */
  private nextStart = -1;

  constructor(
    private readonly text: string,
    private readonly definitions: ReadonlyMap<string, Link>,
    private readonly comments: readonly Span[],
    private readonly links: Link[],
  ) {}

  scan(start: number, end: number, insideLink: boolean): void {
    const { text } = this;
    const code = codeSpans(text, start, end);
    // Code spans and comments are sorted and disjoint and `i` only grows: a cursor into each replaces a search per character.
    const comments = this.comments;
    let nextCode = 0;
    let nextComment = firstEndingAfter(comments, start);
    // Most lines have no bracket: their matches (two Maps) are made at the first `[`.
    let brackets: BracketMatches | undefined;
    let i = start;
    while (i < end) {
      // Other characters are passed over by one native search: a loop over each ran in the interpreter.
      i = this.startAtOrAfter(i);
      if (i >= end) break;
      const c = text.charCodeAt(i);
      while (nextCode < code.length && code[nextCode].end <= i) nextCode++;
      if (nextCode < code.length && code[nextCode].start <= i) {
        i = code[nextCode].end;
        continue;
      }
      while (nextComment < comments.length && comments[nextComment].end <= i) nextComment++;
      if (nextComment < comments.length && comments[nextComment].start <= i) {
        i = Math.max(i + 1, Math.min(comments[nextComment].end, end));
        continue;
      }
      if (c === 92 /* \ */) {
        i += 2;
        continue;
      }
      if (c === 60 /* < */) {
        const next = this.angle(i, end, insideLink);
        if (next > i) {
          i = next;
          continue;
        }
      }
      const image = c === 33 /* ! */ && text.charCodeAt(i + 1) === 91;
      if (c === 91 /* [ */ || image) {
        brackets ??= new BracketMatches(text, end, code);
        const next = this.bracket(image ? i + 1 : i, end, brackets, image, insideLink);
        if (next > i) {
          i = next;
          continue;
        }
      }
      // A literal starts with h(ttp), f(tp) or w(ww): other letters never reach the regex.
      const lower = c | 32;
      if (!insideLink && (lower === 104 /* h */ || lower === 102 /* f */ || lower === 119 /* w */) && !isAlphanumeric(text.charCodeAt(i - 1))) {
        const next = this.bare(i, end);
        if (next > i) {
          i = next;
          continue;
        }
      }
      i++;
    }
  }

  private startAtOrAfter(i: number): number {
    if (this.nextStart < i) {
      LINK_START.lastIndex = i;
      const m = LINK_START.exec(this.text);
      this.nextStart = m ? m.index : this.text.length;
    }
    return this.nextStart;
  }

  /** `<scheme:…>`, `<user@host>`, or an HTML tag (an `<a href>` / `<img src>` is a link; any tag's inside is not text). */
  private angle(i: number, end: number, insideLink: boolean): number {
    const { text } = this;
    // `<br>` in nearly every table cell: the same answer as the HTML tag regex, without its match array.
    const br = brLength(text, i);
    if (br > 0 && i + br <= end) return i + br;
    for (const pattern of AUTOLINKS) {
      pattern.lastIndex = i;
      const m = pattern.exec(text);
      if (m && i + m[0].length <= end) {
        if (!insideLink) this.links.push({ kind: 'autolink', url: m[1], span: { start: i + 1, end: i + 1 + m[1].length }, fullSpan: { start: i, end: i + m[0].length } });
        return i + m[0].length;
      }
    }
    HTML_TAG.lastIndex = i;
    const tag = HTML_TAG.exec(text);
    if (!tag || i + tag[0].length > end) return i;
    const name = tag[1].toLowerCase();
    // Only <a href> and <img src> are links: other tags (the <br> in every cell) skip the attribute regex.
    const attribute = name === 'a' || name === 'img' ? HTML_ATTRIBUTE.exec(tag[0]) : null;
    if (attribute && ((name === 'a' && attribute[1].toLowerCase() === 'href' && !insideLink) || (name === 'img' && attribute[1].toLowerCase() === 'src'))) {
      const url = attribute[2] ?? attribute[3] ?? attribute[4] ?? '';
      const s = i + (attribute.index ?? 0) + attribute[0].length - url.length - (attribute[4] === undefined ? 1 : 0);
      this.links.push({ kind: name === 'a' ? 'html' : 'image', url, span: { start: s, end: s + url.length }, fullSpan: { start: i, end: i + tag[0].length } });
    }
    return i + tag[0].length;
  }

  /** `[text](url)`, `![alt](src)`, `[text][label]`, `[label][]`, `[label]`; returns where scanning resumes. */
  private bracket(open: number, end: number, brackets: BracketMatches, image: boolean, insideLink: boolean): number {
    const close = brackets.closeOf(open);
    if (close < 0) return open;
    const from = image ? open - 1 : open;
    const inline = parseInlineTail(this.text, close + 1, end);
    if (inline) {
      if (image || !insideLink) {
        this.links.push({ kind: image ? 'image' : 'inline', url: inline.url, span: inline.destination, fullSpan: { start: from, end: inline.close + 1 } });
      }
      if (!image && !insideLink) this.scan(open + 1, close, true);
      return inline.close + 1;
    }
    const reference = this.reference(open, close, end);
    if (reference) {
      if (image || !insideLink) {
        this.links.push({ kind: image ? 'image' : 'reference', url: reference.definition.url, span: reference.definition.span, fullSpan: { start: from, end: reference.end } });
      }
      return reference.end;
    }
    return open;
  }

  private reference(open: number, close: number, end: number): { definition: Link; end: number } | undefined {
    if (this.definitions.size === 0) return undefined;
    const { text } = this;
    const textLabel = text.slice(open + 1, close);
    if (text.charCodeAt(close + 1) === 91 /* [ */) {
      const labelClose = indexWithin(text, ']', close + 2, end);
      if (labelClose >= 0 && labelClose < end) {
        const label = text.slice(close + 2, labelClose);
        const definition = this.definitions.get(normalizeReferenceLabel(label === '' ? textLabel : label));
        if (definition) return { definition, end: labelClose + 1 };
        return undefined;
      }
    }
    const definition = this.definitions.get(normalizeReferenceLabel(textLabel));
    return definition ? { definition, end: close + 1 } : undefined;
  }

  /** A GFM autolink literal: `https://…`, `http://…`, `ftp://…` or `www.…`, trimmed the way GFM trims it. */
  private bare(i: number, end: number): number {
    BARE.lastIndex = i;
    const m = BARE.exec(this.text);
    if (!m) return i;
    const raw = m[0].slice(0, end - i);
    const url = trimAutolinkLiteral(raw);
    const afterScheme = url.replace(/^(?:(?:https?|ftp):\/\/|www\.)/i, '');
    if (!/^[A-Za-z0-9]/.test(afterScheme) || (/^www\./i.test(url) && !/\./.test(afterScheme))) return i + 1;
    this.links.push({ kind: 'bare', url, span: { start: i, end: i + url.length }, fullSpan: { start: i, end: i + url.length } });
    return i + url.length;
  }
}

/** The URL GFM links out of a run of non-space text: trailing punctuation, unbalanced `)` and entities dropped. */
export function trimAutolinkLiteral(raw: string): string {
  let url = raw;
  for (;;) {
    const entity = /&[A-Za-z0-9]+;$/.exec(url);
    if (entity) url = url.slice(0, -entity[0].length);
    else if (TRAILING_PUNCTUATION.test(url)) url = url.slice(0, -1);
    else if (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1);
    else return url;
  }
}

/** Reference labels match case-insensitively with runs of white space collapsed. */
export function normalizeReferenceLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

const compiled = new Map<string, RegExp | undefined>();

/**
 * Whether `url` matches one of the user's `ignoreLinks` patterns: a substring, or `/regex/flags`. A regex that is
 * can backtrack super-linearly is never run, wherever it came from (settings or `.worklogrc.json`).
 */
export function isIgnoredLink(url: string, patterns: readonly string[]): boolean {
  return patterns.some((pattern) => {
    const parts = regexParts(pattern);
    if (!parts) return pattern !== '' && url.includes(pattern);
    const problem = patternProblem(pattern);
    // Not a valid regex: read as plain text, as before; super-linear: never run.
    if (problem) return problem === 'invalid' && url.includes(pattern);
    if (!compiled.has(pattern)) compiled.set(pattern, new RegExp(parts.source, parts.flags));
    return compiled.get(pattern)?.test(url) ?? false;
  });
}

/** The links whose construct starts in `[start, end)`, from a list sorted by `fullSpan.start` (as `findLinks` returns it). */
export function linksStartingIn(links: readonly Link[], start: number, end: number): readonly Link[] {
  let low = 0;
  let high = links.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (links[mid].fullSpan.start < start) low = mid + 1;
    else high = mid;
  }
  let stop = low;
  while (stop < links.length && links[stop].fullSpan.start < end) stop++;
  return links.slice(low, stop);
}

function startsDefinition(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
  return text.charCodeAt(i) === 91 /* [ */ && i < end;
}

function inside(spans: readonly Span[], offset: number): boolean {
  return spans.some((s) => s.start <= offset && offset < s.end);
}

/** The length of `<br>`, `<br/>` or `<br />` (any case) at `i`, else 0. */
function brLength(text: string, i: number): number {
  if ((text.charCodeAt(i + 1) | 32) !== 98 /* b */ || (text.charCodeAt(i + 2) | 32) !== 114 /* r */) return 0;
  const c = text.charCodeAt(i + 3);
  if (c === 62 /* > */) return 4;
  if (c === 47 /* / */) return text.charCodeAt(i + 4) === 62 ? 5 : 0;
  return c === 32 && text.charCodeAt(i + 4) === 47 && text.charCodeAt(i + 5) === 62 ? 6 : 0;
}

function isAlphanumeric(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
