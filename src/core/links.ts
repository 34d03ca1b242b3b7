import { Span } from './text';

export type LinkKind = 'autolink' | 'inline' | 'bare' | 'html' | 'reference-definition';

/** A link a reader would click; `span` covers the destination exactly as written. */
export interface Link {
  readonly kind: LinkKind;
  readonly url: string;
  readonly span: Span;
  /** The whole construct (`[text](url)`, `<url>`, the bare URL): where a rewrite of the link goes. */
  readonly fullSpan: Span;
}

const AUTOLINK = /<((?:https?|ftp|mailto):[^\s<>]*)>/gi;
const INLINE = /\[((?:[^\]\\]|\\.)*)\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const HTML_HREF = /<a\s[^>]*?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*(<[^>]*>|\S+)/gm;
const BARE = /(?:https?:\/\/|www\.)[^\s<>"'`|]+/gi;

/** Finds links in `text[start, end)`; offsets are absolute. */
export function findLinks(text: string, start: number, end: number): Link[] {
  const source = text.slice(start, end);
  if (!/https?:|www\.|\]\(|href|\]:/i.test(source)) return [];
  const links: Link[] = [];
  const taken: Span[] = [];
  const add = (link: Link) => {
    links.push(link);
    taken.push(link.fullSpan);
  };
  for (const m of source.matchAll(AUTOLINK)) {
    const s = start + (m.index ?? 0);
    add({ kind: 'autolink', url: m[1], span: { start: s + 1, end: s + 1 + m[1].length }, fullSpan: { start: s, end: s + m[0].length } });
  }
  for (const m of source.matchAll(INLINE)) {
    const s = start + (m.index ?? 0);
    if (overlaps(taken, s)) continue;
    const destination = m[2];
    const angle = destination.startsWith('<');
    const url = angle ? destination.slice(1, -1) : destination;
    const destinationStart = s + m[0].indexOf(destination, m[1].length + 2) + (angle ? 1 : 0);
    add({ kind: 'inline', url, span: { start: destinationStart, end: destinationStart + url.length }, fullSpan: { start: s, end: s + m[0].length } });
  }
  for (const m of source.matchAll(HTML_HREF)) {
    const url = m[1] ?? m[2] ?? m[3] ?? '';
    const s = start + (m.index ?? 0) + m[0].lastIndexOf(url);
    add({ kind: 'html', url, span: { start: s, end: s + url.length }, fullSpan: { start: start + (m.index ?? 0), end: start + (m.index ?? 0) + m[0].length } });
  }
  for (const m of source.matchAll(REFERENCE_DEFINITION)) {
    const angle = m[1].startsWith('<');
    const url = angle ? m[1].slice(1, -1) : m[1];
    const s = start + (m.index ?? 0) + m[0].lastIndexOf(m[1]) + (angle ? 1 : 0);
    add({ kind: 'reference-definition', url, span: { start: s, end: s + url.length }, fullSpan: { start: start + (m.index ?? 0), end: start + (m.index ?? 0) + m[0].length } });
  }
  for (const m of source.matchAll(BARE)) {
    const s = start + (m.index ?? 0);
    if (overlaps(taken, s)) continue;
    // GFM leaves trailing punctuation and an unbalanced `)` out of an autolink literal.
    let url = m[0].replace(/[.,:;!?*_~'"]+$/, '');
    while (url.endsWith(')') && count(url, '(') < count(url, ')')) url = url.slice(0, -1);
    add({ kind: 'bare', url, span: { start: s, end: s + url.length }, fullSpan: { start: s, end: s + url.length } });
  }
  return links.sort((a, b) => a.span.start - b.span.start);
}

function overlaps(spans: readonly Span[], offset: number): boolean {
  return spans.some((s) => s.start <= offset && offset < s.end);
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}
