import type { Element, ElementContent, Text } from 'hast';
import type { Position } from 'unist';

/**
 * Inline Markdown of the plain kind worklog cells and lines are made of (text, `<br>`, common entities,
 * backslash escapes, `<https://…>` autolinks, `**strong**`), turned into the hast the full pipeline would give
 * before sanitising, with the same positions. Anything else (links, code, other emphasis, other HTML, bare URLs,
 * numeric or rare entities, tabs) returns undefined and the caller uses the full pipeline. Written by hand because
 * micromark's generic tokenizer costs tens of microseconds per cell and grows super-linearly on long paragraphs.
 */

/** Where the text sits: its 1-based line and the offset that line starts at (columns count from there). */
export interface Place {
  readonly line: number;
  readonly lineStart: number;
}

/** Named references this path decodes; any other `&name;` leaves the text to the full pipeline. */
const ENTITIES: Readonly<Record<string, string>> = {
  emsp: '\u2003', ensp: '\u2002', nbsp: '\u00a0', thinsp: '\u2009', amp: '&', lt: '<', gt: '>', quot: '"',
  apos: "'", mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', rarr: '\u2192', larr: '\u2190', copy: '\u00a9',
};
const ENTITY = /&([A-Za-z][A-Za-z0-9]{0,31});/y;
const BR = /<br ?\/?>/y;
const AUTOLINK = /<(https?:\/\/(?:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*)>/y;
const WWW = /www\./iy;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const WORD = /[\p{L}\p{N}]/u;
// Characters micromark may start a construct at which this path does not follow: it gives up on them.
const UNSUPPORTED = new Set(['_', '`', '~', '[', ']', '@', '\t', '\r', '\n']);

type Item = ElementContent | Delimiter;
interface Delimiter {
  readonly type: 'delimiter';
  readonly offset: number;
}

/** The hast for `src[start, end)` (already trimmed as its block trims it), or undefined when it is not plain. */
export function plainInline(src: string, start: number, end: number, place: Place): ElementContent[] | undefined {
  const items: Item[] = [];
  let value = '';
  let textStart = start;
  const point = (offset: number) => ({ line: place.line, column: offset - place.lineStart + 1, offset });
  const position = (from: number, to: number): Position => ({ start: point(from), end: point(to) });
  const flush = (at: number) => {
    if (value !== '') items.push({ type: 'text', value, position: position(textStart, at) } satisfies Text);
    value = '';
  };
  let i = start;
  while (i < end) {
    const c = src[i];
    const code = src.charCodeAt(i);
    if (code < 32 || UNSUPPORTED.has(c)) return undefined;
    if (value === '') textStart = i;
    if (c === '\\') {
      const next = src[i + 1];
      if (i + 1 < end && ASCII_PUNCTUATION.test(next)) {
        value += next;
        i += 2;
      } else {
        value += c;
        i++;
      }
    } else if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(src);
      if (m && m.index + m[0].length <= end) {
        const decoded = ENTITIES[m[1]];
        if (decoded === undefined) return undefined;
        value += decoded;
        i += m[0].length;
      } else if (src[i + 1] === '#') {
        return undefined;
      } else {
        value += c;
        i++;
      }
    } else if (c === '<') {
      BR.lastIndex = i;
      AUTOLINK.lastIndex = i;
      const br = BR.exec(src);
      const link = br ? null : AUTOLINK.exec(src);
      if (br && i + br[0].length <= end) {
        flush(i);
        items.push({ type: 'raw', value: br[0], position: position(i, i + br[0].length) } as unknown as Element);
        i += br[0].length;
      } else if (link && i + link[0].length <= end) {
        flush(i);
        const url = link[1];
        const text: Text = { type: 'text', value: url, position: position(i + 1, i + 1 + url.length) };
        items.push({ type: 'element', tagName: 'a', properties: { href: url }, children: [text], position: position(i, i + link[0].length) });
        i += link[0].length;
      } else if (i + 1 < end && /[A-Za-z/!?]/.test(src[i + 1])) {
        return undefined;
      } else {
        value += c;
        i++;
      }
    } else if (c === '*') {
      flush(i);
      items.push({ type: 'delimiter', offset: i });
      if (src[i + 1] !== '*' || src[i + 2] === '*') return undefined;
      i += 2;
    } else if (c === ':' && src[i + 1] === '/' && src[i + 2] === '/') {
      return undefined;
    } else {
      if (c === 'w' || c === 'W') {
        WWW.lastIndex = i;
        if (WWW.test(src)) return undefined;
      }
      value += c;
      i++;
    }
  }
  flush(end);
  return strong(items, src, start, end, position);
}

/**
 * Pairs `**` runs in order: each opener starts a word after a space, punctuation or the start, each closer ends a
 * word before a space, punctuation or the end. Then micromark pairs them the same way; any other layout gives up.
 */
function strong(items: Item[], src: string, start: number, end: number, position: (from: number, to: number) => Position): ElementContent[] | undefined {
  const out: ElementContent[] = [];
  let open: { offset: number; children: ElementContent[] } | undefined;
  for (const item of items) {
    if (item.type !== 'delimiter') {
      (open ? open.children : out).push(item);
      continue;
    }
    const before = item.offset > start ? src[item.offset - 1] : ' ';
    const after = item.offset + 2 < end ? src[item.offset + 2] : ' ';
    if (!open) {
      if (!(before === ' ' || ASCII_PUNCTUATION.test(before)) || !WORD.test(after)) return undefined;
      open = { offset: item.offset, children: [] };
    } else {
      if (!WORD.test(before) || !(after === ' ' || ASCII_PUNCTUATION.test(after))) return undefined;
      out.push({ type: 'element', tagName: 'strong', properties: {}, children: open.children, position: position(open.offset, item.offset + 2) });
      open = undefined;
    }
  }
  return open ? undefined : out;
}
