import { labCatalog } from '../links/labs';
import { MemoSlot } from '../page/memo';
import type { Page } from '../page/page';
import type { Span } from '../page/text';
import { noticeBlocks } from '../workspace/noticeBlocks';
import { week1Fragments } from '../workspace/templateText';

/**
 * The words an intern wrote on a page: the template's sentences, headings, table headers, lab titles, links, HTML,
 * dates and numbers left out. Words are kept as hashes of their lower-case NFC form with where they were written,
 * so a 2,000-page cohort is compared without building a string per word.
 */
export interface OwnWords {
  readonly count: number;
  readonly hashes: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly text: string;
  /** How many of the template's week-1 sentences the page repeats. */
  readonly templateSentences: number;
}

/** Words `from` to `to` (exclusive) as written, joined by spaces. */
export function wordsOf(own: OwnWords, from = 0, to = own.count): string[] {
  const out: string[] = [];
  for (let i = from; i < Math.min(to, own.count); i++) out.push(own.text.slice(own.starts[i], own.ends[i]));
  return out;
}

// Date and day columns carry no words of the intern's own.
const SKIPPED_ROLES = new Set(['day', 'date', 'start', 'end']);

const NONE = 0;
const LETTER = 1;
const DIGIT = 2;
const MARK = 3;
// Both tables are built on first use: every bundle that loads the core loads this file, and only the report reads them.
let classes: Uint8Array | undefined;
let lowers: Uint16Array | undefined;
/** Character classes below U+2000 (Latin, Vietnamese, combining marks), decided once by Unicode property. */
function classTable(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x2000);
  for (let c = 0; c < table.length; c++) {
    const ch = String.fromCharCode(c);
    table[c] = /\p{N}/u.test(ch) ? DIGIT : /\p{M}/u.test(ch) ? MARK : /\p{L}/u.test(ch) ? LETTER : NONE;
  }
  return (classes = table);
}
/** Lower case of each character below U+2000 that lower-cases to one character. */
function lowerTable(): Uint16Array {
  if (lowers) return lowers;
  const table = new Uint16Array(0x2000);
  for (let c = 0; c < table.length; c++) {
    const lower = String.fromCharCode(c).toLowerCase();
    table[c] = lower.length === 1 ? lower.charCodeAt(0) : c;
  }
  return (lowers = table);
}
const wideClasses = new Map<number, number>();

function classOf(c: number): number {
  if (c < 0x2000) return (classes ?? classTable())[c];
  // Surrogates and symbols above U+2000 (punctuation, arrows, emoji) end a word; letters there (CJK…) are words.
  if (c >= 0xd800 && c <= 0xdfff) return NONE;
  let k = wideClasses.get(c);
  if (k === undefined) wideClasses.set(c, (k = /\p{L}/u.test(String.fromCharCode(c)) ? LETTER : /\p{N}/u.test(String.fromCharCode(c)) ? DIGIT : NONE));
  return k;
}

/** FNV-1a over the word's lower-case NFC code units. */
function hashWord(text: string, start: number, end: number, hasMark: boolean): number {
  const word = hasMark ? text.slice(start, end).normalize('NFC').toLowerCase() : undefined;
  let h = 0x811c9dc5;
  const n = word ? word.length : end - start;
  const lower = lowers ?? lowerTable();
  for (let i = 0; i < n; i++) {
    let c = word ? word.charCodeAt(i) : text.charCodeAt(start + i);
    if (!word) c = c < 0x2000 ? lower[c] : c;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return h | 0;
}

/** Growable typed buffers for one page's words: plain arrays of 32-bit hashes box most of them. */
class Sink {
  hashes = new Int32Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  length = 0;

  push(hash: number, start: number, end: number): void {
    if (this.length === this.hashes.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.hashes = grow(this.hashes);
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    this.hashes[this.length] = hash;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/** Reads the words of `text[start, end)`, skipping HTML, entities, link destinations, URLs and dotted names. */
function scan(text: string, start: number, end: number, skip: readonly Span[], sink: Sink): void {
  let i = start;
  let s = 0;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 60 /* < */) {
      const next = text.charCodeAt(i + 1);
      if (classOf(next) === LETTER || next === 47 || next === 33) {
        const close = text.indexOf('>', i);
        if (close >= 0 && close < end) {
          i = close + 1;
          continue;
        }
      }
      i++;
      continue;
    }
    if (c === 38 /* & */) {
      let j = i + 1;
      while (j < end && j - i < 10 && (classOf(text.charCodeAt(j)) !== NONE || text.charCodeAt(j) === 35)) j++;
      i = text.charCodeAt(j) === 59 ? j + 1 : i + 1;
      continue;
    }
    if (c === 93 /* ] */ && text.charCodeAt(i + 1) === 40 /* ( */) {
      const close = text.indexOf(')', i);
      i = close >= 0 && close < end ? close + 1 : end;
      continue;
    }
    const k = classOf(c);
    if (k === NONE || k === MARK) {
      i++;
      continue;
    }
    let j = i;
    let digit = false;
    let mark = false;
    for (; j < end; j++) {
      const kj = classOf(text.charCodeAt(j));
      if (kj === NONE) break;
      if (kj === DIGIT) digit = true;
      else if (kj === MARK) mark = true;
    }
    const after = text.charCodeAt(j);
    // `https://…`, `000038.awsstudygroup.com/`, `index.html`, `a@b.c`: names, not words.
    if ((after === 58 && text.startsWith('//', j + 1)) || ((after === 46 || after === 64) && j + 1 < end && classOf(text.charCodeAt(j + 1)) !== NONE)) {
      while (j < end && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 60 && text.charCodeAt(j) !== 124) j++;
      i = j;
      continue;
    }
    while (s < skip.length && skip[s].end <= i) s++;
    const inSkipped = s < skip.length && skip[s].start <= i;
    if (!digit && !inSkipped) {
      sink.push(hashWord(text, i, j, mark), i, j);
    }
    i = j;
  }
}

interface TitleNode {
  end: boolean;
  readonly next: Map<number, TitleNode>;
}

let titleTrie: TitleNode | undefined;

/** The catalog's lab titles as sequences of word hashes: a title written next to a link is not the intern's words. */
function labTitles(): TitleNode {
  if (titleTrie) return titleTrie;
  const root: TitleNode = { end: false, next: new Map() };
  for (const lab of labCatalog().labs) {
    const title = lab.title ?? '';
    const sink = new Sink();
    scan(title, 0, title.length, [], sink);
    if (sink.length < 2) continue;
    let node = root;
    for (const hash of sink.hashes.subarray(0, sink.length)) {
      let next = node.next.get(hash);
      if (!next) node.next.set(hash, (next = { end: false, next: new Map() }));
      node = next;
    }
    node.end = true;
  }
  return (titleTrie = root);
}

const OWN_WORDS = new MemoSlot<OwnWords>('own words');

/** Reads a page's own words (table cells but dates and days, lists and paragraphs), once per page. */
export function ownWords(page: Page): OwnWords {
  return page.memo.get(OWN_WORDS, () => read(page));
}

function read(page: Page): OwnWords {
  const { text, lines } = page;
  const skippedLines = new Set<number>(page.headings.map((h) => h.line));
  for (const block of noticeBlocks(page)) {
    const last = lines.positionAt(block.span.end).line;
    for (let n = lines.positionAt(block.span.start).line; n <= last; n++) skippedLines.add(n);
  }
  const cellsOf = new Map<number, Span[]>();
  for (const table of page.tables) {
    skippedLines.add(table.header.line);
    skippedLines.add(table.delimiter.line);
    const kept = table.roles.map((role) => !(table.isDayTable && SKIPPED_ROLES.has(role)));
    for (const row of table.rows) cellsOf.set(row.line, row.cells.filter((_, i) => kept[i] ?? true).map((c) => c.span));
  }
  const template = week1Fragments(page);
  const templateSpans = template.map((f) => f.span);
  const sink = new Sink();
  for (let n = page.bodyLine; n < lines.lineCount; n++) {
    if (skippedLines.has(n) || page.codeLines.has(n)) continue;
    const line = lines.lines[n];
    for (const span of cellsOf.get(n) ?? [line]) scan(text, span.start, span.end, templateSpans, sink);
  }
  const count = dropLabTitles(sink);
  return {
    count,
    hashes: sink.hashes.slice(0, count),
    starts: sink.starts.slice(0, count),
    ends: sink.ends.slice(0, count),
    text,
    templateSentences: new Set(template.map((f) => f.text.trim().toLowerCase())).size,
  };
}

/** Drops in place every run of words that spells a catalog lab title (longest match first); returns the words left. */
function dropLabTitles(sink: Sink): number {
  const trie = labTitles();
  const { hashes, starts, ends, length } = sink;
  let out = 0;
  let i = 0;
  while (i < length) {
    let node: TitleNode | undefined = trie.next.get(hashes[i]);
    let matchEnd = -1;
    for (let j = i + 1; node; j++) {
      if (node.end) matchEnd = j;
      if (j >= length) break;
      node = node.next.get(hashes[j]);
    }
    if (matchEnd > 0) {
      i = matchEnd;
      continue;
    }
    hashes[out] = hashes[i];
    starts[out] = starts[i];
    ends[out] = ends[i];
    out++;
    i++;
  }
  return out;
}
