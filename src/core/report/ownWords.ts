import { labCatalog } from '../links/labs';
import type { Page } from '../page/page';
import { isWeek1Sentence, noticeBlocks } from '../workspace/templateText';

/** The words an intern wrote on a page: template sentences, headings, lab titles, links, dates and numbers removed. */
export interface OwnWords {
  /** As written, for quoting a passage. */
  readonly words: readonly string[];
  /** Lower case, NFC: what is compared. */
  readonly keys: readonly string[];
  /** How many of the template's week-1 sentences the page repeats. */
  readonly templateSentences: number;
}

const BR = /<br\s*\/?>/gi;
const URLISH = /<[a-z][a-z0-9+.-]*:[^>\s]*>|\]\([^)\s]*\)|[a-z][a-z0-9+.-]*:\/\/\S+|[^\s[\]()<>]+\.awsstudygroup\.com[^\s)\]>]*/gi;
const TAG_OR_ENTITY = /<\/?[a-z][^<>]*>|&[a-z#0-9]+;/gi;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HAS_DIGIT = /\p{N}/u;
const LEADING_MARKS = /^(?:\s|[-+*•>]\s|\d+[.)]\s)+/;
// Date and day columns carry no words of the intern's own.
const SKIPPED_ROLES = new Set(['day', 'date', 'start', 'end']);

interface TitleNode {
  end: boolean;
  readonly next: Map<string, TitleNode>;
}

let titleTrie: TitleNode | undefined;

/** The catalog's lab titles as word sequences, so a title written next to a link is not counted as the intern's words. */
function labTitles(): TitleNode {
  if (titleTrie) return titleTrie;
  const root: TitleNode = { end: false, next: new Map() };
  for (const lab of labCatalog().labs) {
    const keys = tokens(lab.title ?? '').keys;
    if (keys.length < 2) continue;
    let node = root;
    for (const key of keys) {
      let next = node.next.get(key);
      if (!next) node.next.set(key, (next = { end: false, next: new Map() }));
      node = next;
    }
    node.end = true;
  }
  return (titleTrie = root);
}

function tokens(text: string): { words: string[]; keys: string[] } {
  const words: string[] = [];
  const keys: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    if (HAS_DIGIT.test(word)) continue;
    words.push(word);
    keys.push(word.normalize('NFC').toLowerCase());
  }
  return { words, keys };
}

/** Reads a page's own words (the week table's task cells, lists and paragraphs), once per page. */
export function ownWords(page: Page): OwnWords {
  let found = cache.get(page);
  if (!found) cache.set(page, (found = read(page)));
  return found;
}

const cache = new WeakMap<Page, OwnWords>();

function read(page: Page): OwnWords {
  const { text, lines } = page;
  const skipped = new Set<number>(page.headings.map((h) => h.line));
  for (const block of noticeBlocks(page)) {
    const last = lines.positionAt(block.span.end).line;
    for (let n = lines.positionAt(block.span.start).line; n <= last; n++) skipped.add(n);
  }
  const cellsOf = new Map<number, Array<{ start: number; end: number }>>();
  for (const table of page.tables) {
    skipped.add(table.header.line);
    skipped.add(table.delimiter.line);
    const kept = table.roles.map((role) => !(table.isDayTable && SKIPPED_ROLES.has(role)));
    for (const row of table.rows) cellsOf.set(row.line, row.cells.filter((_, i) => kept[i] ?? true).map((c) => c.span));
  }
  const words: string[] = [];
  const keys: string[] = [];
  const sentences = new Set<string>();
  const take = (piece: string) => {
    const fragment = piece.replace(LEADING_MARKS, '').trim();
    if (fragment === '') return;
    if (isWeek1Sentence(fragment)) {
      sentences.add(fragment.toLowerCase());
      return;
    }
    const found = tokens(fragment.replace(URLISH, ' ').replace(TAG_OR_ENTITY, ' '));
    words.push(...found.words);
    keys.push(...found.keys);
  };
  for (let n = page.bodyLine; n < lines.lineCount; n++) {
    if (skipped.has(n) || page.codeLines.has(n)) continue;
    const line = lines.lines[n];
    const spans = cellsOf.get(n) ?? [{ start: line.start, end: line.end }];
    for (const span of spans) for (const piece of text.slice(span.start, span.end).split(BR)) take(piece);
  }
  return { ...withoutLabTitles(words, keys), templateSentences: sentences.size };
}

/** Drops every run of words that spells a catalog lab title (longest match at each position). */
function withoutLabTitles(words: string[], keys: string[]): { words: string[]; keys: string[] } {
  const trie = labTitles();
  const outWords: string[] = [];
  const outKeys: string[] = [];
  let i = 0;
  while (i < keys.length) {
    let node: TitleNode | undefined = trie;
    let matchEnd = -1;
    for (let j = i; j < keys.length && node; j++) {
      node = node.next.get(keys[j]);
      if (node?.end) matchEnd = j + 1;
    }
    if (matchEnd > 0) {
      i = matchEnd;
      continue;
    }
    outWords.push(words[i]);
    outKeys.push(keys[i]);
    i++;
  }
  return { words: outWords, keys: outKeys };
}
