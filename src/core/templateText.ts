import template from '../../data/template.json';
import type { Page } from './page';
import { Span, isWhiteSpace } from './text';

/**
 * Non-ASCII characters that NFC and lower-casing leave alone and that never combine with a neighbour below U+0300
 * or in this set (Vietnamese letters, typographic punctuation and spaces): text made of them is already NFC, and
 * reading past them keeps the ASCII letters in step.
 */
const KEEPS_LETTERS = (() => {
  const table = new Uint8Array(0x2070);
  for (const [from, to] of [[0x80, 0x250], [0x1e00, 0x1f00], [0x2000, 0x2070]]) {
    for (let c = from; c < to; c++) {
      const ch = String.fromCharCode(c);
      if (ch.normalize('NFC') === ch && !/[a-z]/i.test(ch.toLowerCase()) && !/\p{M}/u.test(ch)) table[c] = 1;
    }
  }
  return table;
})();

/** Lower case, NFC, single spaces, no emphasis markers, bullets or trailing punctuation: how sentences are compared. */
export function normalizeSentence(text: string): string {
  // Each step runs only when it has work: NFC for characters outside U+0000–U+02FF and KEEPS_LETTERS, entities with an &…
  let s = text;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && !(c < KEEPS_LETTERS.length && KEEPS_LETTERS[c] === 1)) {
      s = s.normalize('NFC');
      break;
    }
  }
  let marks = false;
  let spaces = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 38 /* & */) return normalizeEntities(s);
    if (c === 42 || c === 95 || c === 96) marks = true;
    else if (c === 32) spaces ||= i > 0 && s.charCodeAt(i - 1) === 32;
    else if (isWhiteSpace(c)) spaces = true;
  }
  if (marks) s = s.replace(/[*_`]/g, '');
  if (marks || spaces) s = s.replace(/\s+/g, ' ');
  s = s.trim().toLowerCase();
  const first = s.charCodeAt(0);
  if (first === 45 /* - */ || first === 43 /* + */ || first === 0x2022 /* • */ || (first >= 48 && first <= 57)) s = s.replace(/^([-+*•]|\d+[.)])\s+/, '');
  // /[\s.:;,!…]+$/ read backwards: the regex tries every position from the start.
  let end = s.length;
  while (end > 0 && isTrailing(s.charCodeAt(end - 1))) end--;
  return end < s.length ? s.slice(0, end) : s;
}

function isTrailing(c: number): boolean {
  return c === 46 || c === 58 || c === 59 || c === 44 || c === 33 || c === 0x2026 || isWhiteSpace(c); /* . : ; , ! … */
}

/** The whole chain after NFC, for text with an & (an entity's replacement feeds the later steps). */
function normalizeEntities(text: string): string {
  return text
    .replace(/&amp;/g, '&')
    .replace(/&(?:emsp|ensp|nbsp|#160);/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^([-+*•]|\d+[.)])\s+/, '')
    .replace(/[\s.:;,!…]+$/, '');
}

const WEEK1_SENTENCES: readonly string[] = template.week1Sentences.map(normalizeSentence);
const NOTICE_PHRASES: readonly string[] = template.noticePhrases.map(normalizeSentence);
/** Shorter sentences must match a whole fragment; longer ones also match the start of one ("…, including: Access Key"). */
const PREFIX_MIN = 20;


interface LetterNode {
  /** Some sentence's letters end here: any text whose letters start like this may match it. */
  end: boolean;
  readonly next: Array<LetterNode | undefined>;
}

/** The ASCII letters of the week-1 sentences as a trie, walked over a fragment's own letters. */
const WEEK1_LETTERS: LetterNode = (() => {
  const root: LetterNode = { end: false, next: [] };
  for (const sentence of WEEK1_SENTENCES) {
    let node = root;
    for (const letter of sentence.replace(/[^a-z]/g, '')) {
      const k = letter.charCodeAt(0) - 97;
      node = node.next[k] ??= { end: false, next: [] };
    }
    node.end = true;
  }
  return root;
})();

/**
 * Whether `text[start, end)` may be a week-1 sentence: normalizeSentence keeps its leading ASCII letters, lower-cased
 * and in order, up to an `&` (entities drop letters) or a character NFC or lower-casing could merge or turn into a
 * letter (which may also take the letter just before it). A match needs those letters to agree with a sentence's.
 */
function mayBeWeek1(text: string, start: number, end: number): boolean {
  let node = WEEK1_LETTERS;
  for (let i = start; i < end; i++) {
    if (node.end) return true;
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (c < KEEPS_LETTERS.length && KEEPS_LETTERS[c] === 1) continue;
      return true;
    }
    if (c === 38 /* & */) return true;
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
    const next = node.next[(c | 32) - 97];
    if (next) {
      node = next;
      continue;
    }
    // This letter disagrees, unless a character after it would merge it away.
    const after = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    return after >= 128 && !(after < KEEPS_LETTERS.length && KEEPS_LETTERS[after] === 1);
  }
  return true;
}

/** One piece of text a reader sees as a unit: a line, or a part of a table cell between `<br>`s. */
export interface Fragment {
  readonly span: Span;
  readonly text: string;
}

const LEADING_MARKS = /^(?:\s|&emsp;|&ensp;|&nbsp;|[-+*•>]\s|\d+[.)]\s)+/;

/** The page body cut at line breaks, table pipes and `<br>`, each piece without its bullet or indent. */
export function fragments(page: Page): Fragment[] {
  return cutFragments(page, undefined);
}

/** The fragments that are week-1 sentences: `fragments(page)` filtered by `isWeek1Sentence`, without building the others. */
export function week1Fragments(page: Page): Fragment[] {
  return cutFragments(page, mayBeWeek1).filter((f) => isWeek1Sentence(f.text));
}

function cutFragments(page: Page, keep: ((text: string, start: number, end: number) => boolean) | undefined): Fragment[] {
  const { text, lines } = page;
  const result: Fragment[] = [];
  // Walks the page's own lines and cuts in place: a slice and a regex match list per line were most of this rule's time.
  for (let n = page.bodyLine; n < lines.lineCount; n++) {
    if (page.codeLines.has(n)) continue;
    const { start: lineStart, end: lineEnd } = lines.lines[n];
    let from = lineStart;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      let next: number;
      if (c === 124 /* | */) next = i + 1;
      else if (c === 60 /* < */ && ((BR.lastIndex = i), BR.test(text)) && BR.lastIndex <= lineEnd) next = BR.lastIndex;
      else continue;
      addFragment(text, from, i, keep, result);
      from = next;
      i = next - 1;
    }
    addFragment(text, from, lineEnd, keep, result);
  }
  return result;
}

const BR = /<br\s*\/?>/iy;

function addFragment(text: string, start: number, end: number, keep: ((text: string, start: number, end: number) => boolean) | undefined, result: Fragment[]): void {
  if (start >= end) return;
  const first = text.charCodeAt(start);
  // Only these characters can begin a leading mark; other pieces skip the regex and its substring.
  if (isWhiteSpace(first) || first === 38 /* & */ || first === 45 || first === 43 || first === 42 || first === 0x2022 || first === 62 || (first >= 48 && first <= 57)) {
    start += LEADING_MARKS.exec(text.slice(start, end))?.[0].length ?? 0;
  }
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  if (end > start && (!keep || keep(text, start, end))) result.push({ span: { start, end }, text: text.slice(start, end) });
}


/** Whether a fragment is one of the template's week-1 sentences (English or Vietnamese). */
export function isWeek1Sentence(fragment: string): boolean {
  // Most text disagrees in its first letters and never gets normalised.
  if (!mayBeWeek1(fragment, 0, fragment.length)) return false;
  const normalized = normalizeSentence(fragment);
  if (normalized.length < 8) return false;
  return WEEK1_SENTENCES.some((s) => normalized === s || (s.length >= PREFIX_MIN && normalized.startsWith(s) && /^[\s:,.;(-]/.test(normalized.slice(s.length))));
}

/** A `{{% notice warning %}} … {{% /notice %}}` block that says "do not copy verbatim". */
export interface NoticeBlock {
  readonly span: Span;
  /** The lines the block occupies, line breaks included, when it has them to itself; what the fix deletes. */
  readonly removal: Span;
}

const NOTICE_OPEN = /\{\{[<%]\s*notice\s+warning\b[^}]*?[%>]\}\}/gi;
const NOTICE_CLOSE = /\{\{[<%]\s*\/\s*notice\s*[%>]\}\}/gi;

export function noticeBlocks(page: Page): NoticeBlock[] {
  const { text, lines } = page;
  const blocks: NoticeBlock[] = [];
  if (!/notice/i.test(text)) return blocks;
  for (const open of text.matchAll(NOTICE_OPEN)) {
    const start = open.index ?? 0;
    if (page.codeLines.has(lines.positionAt(start).line)) continue;
    NOTICE_CLOSE.lastIndex = start + open[0].length;
    const close = NOTICE_CLOSE.exec(text);
    if (!close) continue;
    const end = close.index + close[0].length;
    const inner = normalizeSentence(text.slice(start + open[0].length, close.index));
    if (!NOTICE_PHRASES.some((p) => inner.includes(p))) continue;
    blocks.push({ span: { start, end }, removal: removalSpan(page, start, end) });
  }
  return blocks;
}

/** Whole lines when the block stands on its own lines, plus one blank line after it when a blank line (or the front matter) precedes it. */
function removalSpan(page: Page, start: number, end: number): Span {
  const { lines, text } = page;
  const first = lines.positionAt(start).line;
  const last = lines.positionAt(end).line;
  const firstLine = lines.lines[first];
  const lastLine = lines.lines[last];
  if (text.slice(firstLine.start, start).trim() !== '' || text.slice(end, lastLine.end).trim() !== '') return { start, end };
  let removeEnd = lastLine.next;
  const after = lines.lines[last + 1];
  const beforeBlank = first === 0 || first === page.bodyLine || lines.lineText(first - 1).trim() === '';
  if (after && beforeBlank && last + 1 < lines.lineCount - 1 && lines.lineText(last + 1).trim() === '') removeEnd = after.next;
  return { start: firstLine.start, end: removeEnd };
}
