import type { ElementContent, Root, RootContent } from 'hast';

/**
 * Keeps the Markdown parser linear. micromark walks back over a whole paragraph's tokens in a few places: from
 * each emphasis closer that finds no opener, from each `]` looking for a footnote label, and from each word
 * start after an unclosed `[` (GFM autolink literals). Real pages stay far below the bounds here (at most 59
 * emphasis runs and 28 brackets in one paragraph across the sample sites); past them, the offending characters
 * of that paragraph or table row are swapped for same-length stand-ins the parser reads as text and put back
 * in the finished tree, so the page shows them as written and every offset stays the page's.
 */

/** Emphasis and strikethrough runs, backtick runs, or brackets in one unit past which that class is text. */
const MAX_RUNS = 200;
/** An unclosed `[` (or one closed further away) with more text than this after it is text. */
const MAX_LABEL_REACH = 1000;
/** Unpaired `]` past this count in one unit are text. */
const MAX_UNPAIRED_CLOSERS = 50;

// Each stand-in is a private-use character: one UTF-16 unit like the ASCII it replaces.
const STAND_IN_BASE = 0xe000;
const TAMED = new Set(['*', '_', '~', '`', '[', ']']);
const STAND_IN = /[\ue000-\ue07f]/g;
const ENCODED_STAND_IN = /%EE%8[01]%[89AB][0-9A-F]/gi;
/** How micromark writes each tamed character inside a URL (it percent-encodes brackets and the backtick). */
const IN_URL: Readonly<Record<string, string>> = { '[': '%5B', ']': '%5D', '`': '%60' };

export interface Tamed {
  readonly text: string;
  readonly changed: boolean;
}

/** `text` with the characters of pathological units swapped for stand-ins; unchanged for every real page. */
export function tame(text: string): Tamed {
  const codes: number[] = [];
  let unitStart = 0;
  let at = 0;
  const flush = (end: number) => {
    if (end > unitStart) tameUnit(text, unitStart, end, codes);
    unitStart = end;
  };
  while (at < text.length) {
    let eol = text.indexOf('\n', at);
    if (eol < 0) eol = text.length;
    const line = text.slice(at, eol).trimStart();
    // A blank line ends a paragraph; a table row's cells are parsed one by one, so a row is a unit of its own.
    if (line.trim() === '') flush(Math.min(text.length, eol + 1));
    else if (line.startsWith('|')) {
      flush(at);
      flush(Math.min(text.length, eol + 1));
    }
    at = eol + 1;
  }
  flush(text.length);
  if (codes.length === 0) return { text, changed: false };
  const out = text.split('');
  // A page's own stand-in characters would come back as ASCII: in a tamed page they become U+FFFD.
  for (let i = 0; i < out.length; i++) if (isStandIn(out[i].charCodeAt(0))) out[i] = '\ufffd';
  for (const index of codes) out[index] = String.fromCharCode(STAND_IN_BASE + text.charCodeAt(index));
  return { text: out.join(''), changed: true };
}

/** Puts the tamed characters back in every text and property of `root`. */
export function untame(root: Root): void {
  const visit = (node: RootContent | ElementContent | Root) => {
    if (node.type === 'text') node.value = restore(node.value);
    if (node.type === 'element') {
      for (const [key, value] of Object.entries(node.properties)) {
        if (typeof value === 'string') node.properties[key] = restoreProperty(value);
        else if (Array.isArray(value)) node.properties[key] = value.map((v) => (typeof v === 'string' ? restoreProperty(v) : v));
      }
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
}

function isStandIn(code: number): boolean {
  return code >= STAND_IN_BASE && code < STAND_IN_BASE + 0x80;
}

function restore(value: string): string {
  return value.replace(STAND_IN, (c) => String.fromCharCode(c.charCodeAt(0) - STAND_IN_BASE));
}

function restoreProperty(value: string): string {
  return restore(value).replace(ENCODED_STAND_IN, (m) => {
    const ascii = String.fromCharCode(decodeURIComponent(m).charCodeAt(0) - STAND_IN_BASE);
    return TAMED.has(ascii) ? (IN_URL[ascii] ?? ascii) : m;
  });
}

/** Adds to `codes` the indices in [start, end) to swap. */
function tameUnit(text: string, start: number, end: number, codes: number[]): void {
  let emphasisRuns = 0;
  let tickRuns = 0;
  let brackets = 0;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '[' || c === ']') brackets++;
    else if ((c === '*' || c === '_' || c === '~') && text[i - 1] !== c) emphasisRuns++;
    else if (c === '`' && text[i - 1] !== '`') tickRuns++;
  }
  if (emphasisRuns > MAX_RUNS) swapAll(text, start, end, '*_~', codes);
  if (tickRuns > MAX_RUNS) swapAll(text, start, end, '`', codes);
  if (brackets > MAX_RUNS) swapAll(text, start, end, '[]', codes);
  else if (brackets > 0) swapUnreachable(text, start, end, codes);
}

function swapAll(text: string, start: number, end: number, chars: string, codes: number[]): void {
  for (let i = start; i < end; i++) if (chars.includes(text[i])) codes.push(i);
}

/**
 * Pairs brackets as a stack does (a backslash escapes); swaps each `[` left open or closed past the reach, and the
 * unpaired `]` when there are many. Neither can start or end a link the parser would make.
 */
function swapUnreachable(text: string, start: number, end: number, codes: number[]): void {
  const open: number[] = [];
  const unpaired: number[] = [];
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '[') open.push(i);
    else if (c === ']') {
      const opener = open.pop();
      if (opener === undefined) unpaired.push(i);
      else if (i - opener > MAX_LABEL_REACH) codes.push(opener, i);
    }
  }
  for (const opener of open) if (end - opener > MAX_LABEL_REACH) codes.push(opener);
  if (unpaired.length > MAX_UNPAIRED_CLOSERS) codes.push(...unpaired);
}
