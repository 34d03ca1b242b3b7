import template from '../../../data/template.json';
import { indexOrLength } from '../page/inlineSpans';
import { MemoSlot } from '../page/memo';
import type { Page } from '../page/page';
import { Span, isWhiteSpace } from '../page/text';

/**
 * Non-ASCII characters that NFC and lower-casing leave alone and that never combine with a neighbour below U+0300
 * or in this set (Vietnamese letters, typographic punctuation and spaces): text made of them is already NFC, and
 * reading past them keeps the ASCII letters in step. Written out, as are NEEDS_FULL and UNPLAIN below: working them
 * out took 5–8 ms of every start; sentenceChars.test.ts derives all three from their definitions.
 */
export const KEEPS_LETTERS_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x80, 0x12f],
  [0x131, 0x24f],
  [0x1e00, 0x1eff],
  [0x2002, 0x206f],
];
const KEEPS_LETTERS = (() => {
  const table = new Uint8Array(0x2070);
  for (const [from, to] of KEEPS_LETTERS_RANGES) table.fill(1, from, to + 1);
  return table;
})();

/**
 * A character that needs the whole chain: an entity's `&`, or one NFC may change (all at and above U+2070, and
 * those below it that are neither under U+0300 nor in KEEPS_LETTERS).
 */
// eslint-disable-next-line no-control-regex -- the class names every character it lets through, from U+0000 on
export const NEEDS_FULL = /[^\u0000-\u0025\u0027-\u02ff\u1e00-\u1eff\u2002-\u206f]/;
/** Anything beyond trimming and lower-casing: NEEDS_FULL, an emphasis mark (`*` `_` `` ` ``), or white space other than a single space. */
// eslint-disable-next-line no-control-regex -- as above
export const UNPLAIN = /[^\u0000-\u0008\u000e-\u0025\u0027-\u0029\u002b-\u005e\u0061-\u009f\u00a1-\u02ff\u1e00-\u1eff\u200b-\u2027\u202a-\u202e\u2030-\u205e\u2060-\u206f]| {2}/;
const MARKS = /[*_`]/;
const EXTRA_SPACE = /[^\S ]| {2}/;

/** Lower case, NFC, single spaces, no emphasis markers, bullets or trailing punctuation: how sentences are compared. */
export function normalizeSentence(text: string): string {
  // Most lines are plain, and the rest mostly need one step: native searches tell which, where a loop over every
  // character ran in the interpreter on a cold run.
  if (!UNPLAIN.test(text)) return trimmedSentence(text.trim().toLowerCase());
  if (NEEDS_FULL.test(text)) return normalizeFully(text);
  const marks = MARKS.test(text);
  let s = marks ? text.replace(/[*_`]/g, '') : text;
  if (marks || EXTRA_SPACE.test(text)) s = s.replace(/\s+/g, ' ');
  return trimmedSentence(s.trim().toLowerCase());
}

/** `s` (trimmed, lower case) without its leading bullet or number and its trailing punctuation. */
function trimmedSentence(s: string): string {
  const start = bulletEnd(s);
  // /[\s.:;,!…]+$/ read backwards: the regex tries every position from the start.
  let end = s.length;
  while (end > start && isTrailing(s.charCodeAt(end - 1))) end--;
  return start > 0 || end < s.length ? s.slice(start, end) : s;
}

/** Where `^([-+*•]|\d+[.)])\s+` ends in `s`, or 0 when it does not match. */
function bulletEnd(s: string): number {
  const first = s.charCodeAt(0);
  let i: number;
  if (first === 45 || first === 43 || first === 42 || first === 0x2022 /* - + * • */) i = 1;
  else if (first >= 48 && first <= 57) {
    i = 1;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    const c = s.charCodeAt(i);
    if (c !== 46 && c !== 41 /* . ) */) return 0;
    i++;
  } else return 0;
  const from = i;
  while (i < s.length && isWhiteSpace(s.charCodeAt(i))) i++;
  return i > from ? i : 0;
}

function isTrailing(c: number): boolean {
  return c === 46 || c === 58 || c === 59 || c === 44 || c === 33 || c === 0x2026 || isWhiteSpace(c); /* . : ; , ! … */
}

/** normalizeSentence without its shortcuts: every step, whatever the text. */
export function normalizeFully(text: string): string {
  return text
    .normalize('NFC')
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
 * letter (which may also take the letter just before it). A match needs those letters to spell all of a sentence's
 * letters, and maybe more after them.
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
  // Letters that stop short of every sentence's end match none: a cell cut into thousands of letterless pieces keeps none.
  return node.end;
}

/** One piece of text a reader sees as a unit: a line, or a part of a table cell between `<br>`s. */
export interface Fragment {
  readonly span: Span;
  readonly text: string;
}


/** The page body cut at line breaks, table pipes and `<br>`, each piece without its bullet or indent. */
export function fragments(page: Page): Fragment[] {
  return cutFragments(page, undefined);
}

const WEEK1 = new MemoSlot<readonly Fragment[]>('week-1 fragments');

/** The fragments that are week-1 sentences: `fragments(page)` filtered by `isWeek1Sentence`, without building the others (once per page: the rule and the cohort report both ask). */
export function week1Fragments(page: Page): readonly Fragment[] {
  return page.memo.get(WEEK1, () => cutFragments(page, mayBeWeek1).filter((f) => isWeek1Sentence(f.text)));
}

function cutFragments(page: Page, keep: ((text: string, start: number, end: number) => boolean) | undefined): Fragment[] {
  const { text, lines } = page;
  const result: Fragment[] = [];
  // The next `|` and `<`, each found by a native search that later lines reuse: a loop over every character ran in the interpreter.
  let pipe = -1;
  let angle = -1;
  // Walks the page's own lines and cuts in place: a slice and a regex match list per line were most of this rule's time.
  for (let n = page.bodyLine; n < lines.lineCount; n++) {
    if (page.codeLines.has(n)) continue;
    const { start: lineStart, end: lineEnd } = lines.lines[n];
    let from = lineStart;
    for (let i = lineStart; ; ) {
      if (pipe < i) pipe = indexOrLength(text, '|', i);
      if (angle < i) angle = indexOrLength(text, '<', i);
      const at = pipe < angle ? pipe : angle;
      if (at >= lineEnd) break;
      const next = at === pipe ? at + 1 : brEnd(text, at, lineEnd);
      if (next === 0) {
        i = at + 1;
        continue;
      }
      addFragment(text, from, at, keep, result);
      from = next;
      i = next;
    }
    addFragment(text, from, lineEnd, keep, result);
  }
  return result;
}

/** Where `<br\s*\/?>` (any case) starting at `i` ends within the line, or 0: the regex allocated a match per `<`. */
function brEnd(text: string, i: number, lineEnd: number): number {
  if ((text.charCodeAt(i + 1) | 32) !== 98 /* b */ || (text.charCodeAt(i + 2) | 32) !== 114 /* r */) return 0;
  let j = i + 3;
  while (j < lineEnd && isWhiteSpace(text.charCodeAt(j))) j++;
  if (j < lineEnd && text.charCodeAt(j) === 47 /* / */) j++;
  return j < lineEnd && text.charCodeAt(j) === 62 /* > */ ? j + 1 : 0;
}

/** Where `^(?:\s|&emsp;|&ensp;|&nbsp;|[-+*•>]\s|\d+[.)]\s)+` matching `text[start, end)` ends: white space, `&emsp;` `&ensp;` `&nbsp;`, a bullet or `1.` with a space. */
function leadingMarksEnd(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isWhiteSpace(c)) i++;
    else if (c === 38 /* & */ && i + 6 <= end && (text.startsWith('&emsp;', i) || text.startsWith('&ensp;', i) || text.startsWith('&nbsp;', i))) i += 6;
    else if ((c === 45 || c === 43 || c === 42 || c === 0x2022 || c === 62) /* - + * • > */ && i + 1 < end && isWhiteSpace(text.charCodeAt(i + 1))) i += 2;
    else if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const after = text.charCodeAt(j);
      if (j + 1 < end && (after === 46 || after === 41) /* . ) */ && isWhiteSpace(text.charCodeAt(j + 1))) i = j + 2;
      else break;
    } else break;
  }
  return i;
}

function addFragment(text: string, start: number, end: number, keep: ((text: string, start: number, end: number) => boolean) | undefined, result: Fragment[]): void {
  if (start >= end) return;
  start = leadingMarksEnd(text, start, end);
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
