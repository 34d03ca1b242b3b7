import { movedSpan, readDates } from './dates';
import type { Table } from '../page/page';
import type { Span } from '../page/text';

/**
 * How a Day cell names its weekday:
 * `number` `2`…`7`, `CN` (Vietnamese: 2 = Monday … 7 = Saturday, CN = Sunday); `thu-number` `Thứ 2`;
 * `t-number` `T2`; `vi-name` `Thứ Hai`; `vi-bare` `Hai`, `Ba`, `Tư`…; `en-short` `Mon`; `en-long` `Monday`;
 * `day-n` `Day 2`, `ngay-n` `Ngày 2` (numbered like `number` unless the table counts 1..k).
 */
export type DayStyleKind = 'number' | 'thu-number' | 't-number' | 'vi-name' | 'vi-bare' | 'en-short' | 'en-long' | 'day-n' | 'ngay-n';

export type LetterCase = 'lower' | 'upper' | 'sentence' | 'title';

export interface DayStyle {
  readonly kind: DayStyleKind;
  readonly letterCase: LetterCase;
  /** Written decomposed (NFD), as some editors save Vietnamese; a fix writes it the same way. */
  readonly decomposed: boolean;
}

/** One weekday named in a Day cell. */
export interface DayToken {
  /** 0 = Sunday … 6 = Saturday; undefined for numbers that name no weekday (`1`, `8`). */
  readonly weekday: number | undefined;
  /** The number as written for numbered styles (`3` in `Thứ 3`, `6` in `6.1`). */
  readonly number: number | undefined;
  readonly style: DayStyle;
  /** `CN` and `Chủ nhật` fit several styles; they do not decide a table's style. */
  readonly neutral: boolean;
  /** What a fix rewrites: the name or number only, never the markup or text around it (`.1` of `6.1` stays). */
  readonly span: Span;
  readonly text: string;
}

export type DayValue =
  | { readonly kind: 'empty' }
  /** One weekday, or several (`2 - 3`, `7 - CN`, `Saturday/Sunday`): `weekdays` holds every day it covers. */
  | { readonly kind: 'weekday'; readonly tokens: readonly DayToken[]; readonly weekdays: readonly number[]; readonly isRange: boolean }
  /** `Full week`, `Toàn tuần`: any date fits. */
  | { readonly kind: 'week' }
  /** The cell holds a date, not a weekday. */
  | { readonly kind: 'date' }
  | { readonly kind: 'unknown' };

const W = '(?![\\p{L}\\p{N}])';
const nfdAlternatives = (words: readonly string[]) => [...new Set(words.flatMap((w) => [w.normalize('NFC'), w.normalize('NFD')]))].join('|');

const VI_NAMES: ReadonlyArray<readonly [number, readonly string[]]> = [
  [1, ['hai']],
  [2, ['ba']],
  [3, ['tư', 'tu']],
  [4, ['năm', 'nam']],
  [5, ['sáu', 'sau']],
  [6, ['bảy', 'bay']],
];
const EN_LONG = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const EN_SHORT: ReadonlyArray<readonly [number, RegExp]> = [
  [0, /^sun$/],
  [1, /^mon$/],
  [2, /^tues?$/],
  [3, /^wed$/],
  [4, /^thu(r|rs)?$/],
  [5, /^fri$/],
  [6, /^sat$/],
];

const THU = nfdAlternatives(['thứ']);
const CHU_NHAT = `(?:${nfdAlternatives(['chủ'])}|chu)\\s*(?:${nfdAlternatives(['nhật'])}|nhat)`;
const NGAY = `(?:${nfdAlternatives(['ngày'])}|ngay)`;
const VI_NAME_WORDS = nfdAlternatives(VI_NAMES.flatMap(([, w]) => w));

interface TokenPattern {
  readonly kind: DayStyleKind | 'sunday-vi' | 'sunday-cn';
  readonly re: RegExp;
}

// Tried in order at the start of the cell (after markup); sticky, so they only match there.
const TOKEN_PATTERNS: readonly TokenPattern[] = [
  { kind: 'vi-name', re: new RegExp(`(?:${THU})\\s*(${VI_NAME_WORDS})${W}`, 'iuy') },
  { kind: 'thu-number', re: new RegExp(`(?:${THU})\\s*(\\d{1,2})(?![\\p{L}\\p{N}/])`, 'iuy') },
  { kind: 'sunday-vi', re: new RegExp(`${CHU_NHAT}${W}`, 'iuy') },
  { kind: 'sunday-cn', re: new RegExp(`cn${W}`, 'iuy') },
  { kind: 't-number', re: new RegExp(`t([2-7])${W}`, 'iuy') },
  { kind: 'en-long', re: new RegExp(`(${EN_LONG.join('|')})${W}`, 'iuy') },
  { kind: 'en-short', re: new RegExp(`(sun|mon|tues?|wed|thur?s?|fri|sat)\\.?${W}`, 'iuy') },
  { kind: 'day-n', re: new RegExp(`day\\s*(\\d{1,2})(?![\\p{L}\\p{N}/])`, 'iuy') },
  { kind: 'ngay-n', re: new RegExp(`${NGAY}\\s*(\\d{1,2})(?![\\p{L}\\p{N}/])`, 'iuy') },
  { kind: 'vi-bare', re: new RegExp(`(${VI_NAME_WORDS})${W}`, 'iuy') },
  // `6`, or the `6` of a sub-day `6.1` or of a range `6-7`; not the start of a date (`15/09`).
  { kind: 'number', re: /(\d{1,2})(?![\d/])/y },
];

const MARKUP = /(?:\s|\*|_|~|`|\(|\[|<[^>]*>|&nbsp;|&emsp;|&ensp;)*/y;
const FULL_WEEK = new RegExp(
  `(?:full|whole|all|entire)\\s+week|(?:${nfdAlternatives(['cả', 'toàn', 'suốt'])}|ca|toan)\\s+(?:${nfdAlternatives(['tuần'])}|tuan)|${nfdAlternatives(['trong tuần'])}`,
  'iuy',
);
const RANGE_SEPARATOR = new RegExp(`(?:\\*\\*|__|\\s)*\\s*(-|–|—|~|→|->|to|${nfdAlternatives(['đến', 'tới'])}|/|,|&|\\+|and|${nfdAlternatives(['và'])})\\s*(?:\\*\\*|__|\\s)*`, 'iuy');

// A regex literal is a new object each time it is evaluated: these are read for every Day cell.
const DIGIT = /\d/;
const LETTER = /\p{L}/u;

/** Reads a Day cell: its weekday(s), a full week, a date, or something else. `offset` is where `text` starts. */
export function readDay(text: string, offset = 0): DayValue {
  MARKUP.lastIndex = 0;
  // Only where the markup ends matters: `test` moves lastIndex as `exec` does, without a match array.
  MARKUP.test(text);
  const start = MARKUP.lastIndex;
  if (start >= text.length) return { kind: 'empty' };
  FULL_WEEK.lastIndex = start;
  if (FULL_WEEK.test(text)) return { kind: 'week' };
  const first = readToken(text, start, offset);
  const date = DIGIT.test(text) ? readDates(text).find((d) => !first || d.span.start <= first.end) : undefined;
  if (date) return { kind: 'date' };
  if (!first) return { kind: 'unknown' };
  const tokens: DayToken[] = [first.token];
  let isRange = false;
  let weekdays = first.token.weekday !== undefined ? [first.token.weekday] : [];
  let at = first.end;
  for (;;) {
    RANGE_SEPARATOR.lastIndex = at;
    const sep = RANGE_SEPARATOR.exec(text);
    if (!sep) break;
    const next = readToken(text, RANGE_SEPARATOR.lastIndex, offset);
    if (!next) break;
    const previous = tokens[tokens.length - 1];
    const ranged = /^(-|–|—|~|→|->|to|đến|tới)$/i.test(sep[1].normalize('NFC'));
    if (ranged && previous.weekday !== undefined && next.token.weekday !== undefined) {
      isRange = true;
      weekdays = [...weekdays, ...between(previous.weekday, next.token.weekday)];
    } else if (next.token.weekday !== undefined) {
      weekdays = [...weekdays, next.token.weekday];
    }
    tokens.push(next.token);
    at = next.end;
  }
  return { kind: 'weekday', tokens, weekdays: weekdays.length > 1 ? [...new Set(weekdays)] : weekdays, isRange: isRange || tokens.length > 1 };
}

/** The weekdays from `from` to `to` in Monday-first order, inclusive; `7 - CN` is Saturday and Sunday. */
function between(from: number, to: number): number[] {
  const mondayFirst = (d: number) => (d + 6) % 7;
  const days: number[] = [];
  let d = mondayFirst(from);
  const end = mondayFirst(to);
  for (let guard = 0; guard < 7; guard++) {
    days.push((d + 1) % 7);
    if (d === end) break;
    d = (d + 1) % 7;
  }
  return days;
}

// The ASCII letters each pattern can start with (any case); a digit can only start `number`. Other characters try every pattern.
const FIRST_LETTERS: Readonly<Record<TokenPattern['kind'], string>> = {
  'vi-name': 't',
  'thu-number': 't',
  'sunday-vi': 'c',
  'sunday-cn': 'c',
  't-number': 't',
  'en-long': 'smtwf',
  'en-short': 'smtwf',
  'day-n': 'd',
  'ngay-n': 'n',
  'vi-bare': 'hbtns',
  number: '',
};
const WORD_PATTERNS = TOKEN_PATTERNS.filter((p) => p.kind !== 'number');
const NUMBER_PATTERNS = TOKEN_PATTERNS.filter((p) => p.kind === 'number');
const BY_LETTER = new Map<number, readonly TokenPattern[]>();
for (let c = 97; c <= 122; c++) {
  const letter = String.fromCharCode(c);
  const patterns = WORD_PATTERNS.filter((p) => FIRST_LETTERS[p.kind].includes(letter));
  BY_LETTER.set(c, patterns);
  BY_LETTER.set(c - 32, patterns);
}

/** The patterns that can match at `at`: a Day cell tried all eleven regexes where one or two can apply. */
function candidatePatterns(text: string, at: number): readonly TokenPattern[] {
  const c = text.charCodeAt(at);
  if (c >= 48 && c <= 57) return NUMBER_PATTERNS;
  return BY_LETTER.get(c) ?? WORD_PATTERNS;
}

function readToken(text: string, at: number, offset: number): { token: DayToken; end: number } | undefined {
  for (const { kind, re } of candidatePatterns(text, at)) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) continue;
    const whole = m[0].endsWith('.') ? m[0].slice(0, -1) : m[0];
    const span = { start: offset + at, end: offset + at + (kind === 'number' ? m[1].length : whole.length) };
    const tokenText = kind === 'number' ? m[1] : whole;
    const decomposed = !isAscii(tokenText) && tokenText !== tokenText.normalize('NFC');
    const letterCase = caseOf(tokenText);
    const make = (weekday: number | undefined, style: DayStyleKind, number: number | undefined, neutral = false): { token: DayToken; end: number } => ({
      token: { weekday, number, style: { kind: style, letterCase, decomposed }, neutral, span, text: tokenText },
      end: at + m[0].length,
    });
    switch (kind) {
      case 'vi-name':
      case 'vi-bare': {
        const word = m[1].normalize('NFC').toLowerCase();
        const weekday = VI_NAMES.find(([, words]) => words.includes(word))?.[0];
        return make(weekday, kind, undefined);
      }
      case 'sunday-vi':
        return make(0, 'vi-name', undefined, true);
      case 'sunday-cn':
        return make(0, 'number', undefined, true);
      case 'en-long':
        return make(EN_LONG.indexOf(m[1].toLowerCase()), kind, undefined);
      case 'en-short':
        return make(EN_SHORT.find(([, p]) => p.test(m[1].toLowerCase()))?.[0], kind, undefined);
      case 'thu-number':
      case 't-number':
      case 'day-n':
      case 'ngay-n':
      case 'number': {
        const n = Number(m[1]);
        return make(numberedWeekday(n), kind, n);
      }
    }
  }
  return undefined;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/** The Vietnamese numbering: 2 = Monday … 7 = Saturday; other numbers name no weekday. */
export function numberedWeekday(n: number): number | undefined {
  return n >= 2 && n <= 7 ? n - 1 : undefined;
}

function caseOf(text: string): LetterCase {
  // A number (`2`, `Day 3` aside) has no letter: the common Day cell needs no copy.
  if (!LETTER.test(text)) return 'title';
  const letters = text.replace(/[^\p{L}\s]/gu, '').trim();
  if (letters === '') return 'title';
  if (letters === letters.toLowerCase()) return 'lower';
  if (letters.length > 1 && letters === letters.toUpperCase()) return 'upper';
  const words = letters.split(/\s+/);
  return words.every((w) => w[0] === w[0].toUpperCase()) ? 'title' : 'sentence';
}

const NUMBERED = new Set<DayStyleKind>(['number', 'day-n', 'ngay-n']);

/** The same Day value written `by` characters later (or earlier); values without tokens have no place to move. */
export function movedDay(value: DayValue, by: number): DayValue {
  if (value.kind !== 'weekday') return value;
  const tokens = value.tokens.map((t): DayToken => ({ weekday: t.weekday, number: t.number, style: t.style, neutral: t.neutral, span: movedSpan(t.span, by), text: t.text }));
  return { kind: 'weekday', tokens, weekdays: value.weekdays, isRange: value.isRange };
}

/** The Day column of a day table as a whole: its values, its style, and whether it names weekdays at all. */
export interface DayColumn {
  readonly index: number;
  /** One value per body row (`empty` where the row has no such cell). */
  readonly values: readonly DayValue[];
  /** The style most of its weekday cells use; what a fix writes. Undefined when no cell names a weekday. */
  readonly style: DayStyle | undefined;
  /** Rows numbered as a count (1, 2, 3 …), not as weekdays: no weekday can be checked. */
  readonly ordinal: boolean;
  /** Most cells hold dates rather than weekdays: no weekday can be checked. */
  readonly holdsDates: boolean;
}

/** Reads the Day column of a table; undefined when it has none. */
export function readDayColumn(table: Table): DayColumn | undefined {
  const index = table.column('day');
  if (index < 0) return undefined;
  const values = table.rows.map((row): DayValue => {
    const cell = row.cells[index];
    return cell ? readDay(cell.text, cell.span.start) : { kind: 'empty' };
  });
  return dayColumn(index, values);
}

/** The Day column at `index` whose cells read `values`, one per body row. */
export function dayColumn(index: number, values: readonly DayValue[]): DayColumn {
  const filled = values.filter((v) => v.kind !== 'empty');
  const holdsDates = filled.filter((v) => v.kind === 'date').length * 2 > filled.length;
  const tokens = values.flatMap((v) => (v.kind === 'weekday' ? v.tokens : []));
  const numbers = tokens.filter((t) => NUMBERED.has(t.style.kind) && t.number !== undefined).map((t) => t.number as number);
  // Weekday numbering never uses 0, 1 or more than 7: a table that does counts its rows instead.
  const ordinal = numbers.some((n) => n < 2 || n > 7);
  return { index, values, style: dominantStyle(tokens), ordinal, holdsDates };
}

function dominantStyle(tokens: readonly DayToken[]): DayStyle | undefined {
  const styled = tokens.filter((t) => !t.neutral);
  const pool = styled.length > 0 ? styled : tokens;
  if (pool.length === 0) return undefined;
  const kind = mostCommon(pool.map((t) => t.style.kind));
  const ofKind = pool.filter((t) => t.style.kind === kind);
  return {
    kind,
    letterCase: mostCommon(ofKind.filter((t) => LETTER.test(t.text)).map((t) => t.style.letterCase)) ?? 'title',
    decomposed: ofKind.some((t) => t.style.decomposed),
  };
}

function mostCommon<T>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  // The first of the most frequent (what a stable sort by count puts first), without an array of the entries.
  let best: T | undefined;
  let most = 0;
  counts.forEach((count, value) => {
    if (count > most) {
      most = count;
      best = value;
    }
  });
  return best as T;
}

const VI_DISPLAY = ['Chủ nhật', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy'];
const EN_DISPLAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** `weekday` (0 = Sunday) written the way `style` writes it: `4`, `Thứ 4`, `T4`, `Thứ Tư`, `Tư`, `Wed`, `Wednesday`, `Day 4`. */
export function formatWeekday(weekday: number, style: DayStyle): string {
  const n = String(weekday + 1);
  let text: string;
  switch (style.kind) {
    case 'number':
      return weekday === 0 ? 'CN' : n;
    case 't-number':
      return weekday === 0 ? 'CN' : `T${n}`;
    case 'thu-number':
      text = weekday === 0 ? 'CN' : `Thứ ${n}`;
      break;
    case 'day-n':
      text = weekday === 0 ? 'CN' : `Day ${n}`;
      break;
    case 'ngay-n':
      text = weekday === 0 ? 'CN' : `Ngày ${n}`;
      break;
    case 'vi-name':
      text = weekday === 0 ? 'Chủ nhật' : `Thứ ${VI_DISPLAY[weekday].toLowerCase()}`;
      break;
    case 'vi-bare':
      text = VI_DISPLAY[weekday];
      break;
    case 'en-long':
      text = EN_DISPLAY[weekday];
      break;
    case 'en-short':
      text = EN_DISPLAY[weekday].slice(0, 3);
      break;
  }
  if (text !== 'CN') text = applyCase(text, style.letterCase);
  return style.decomposed ? text.normalize('NFD') : text;
}

function applyCase(text: string, letterCase: LetterCase): string {
  switch (letterCase) {
    case 'lower':
      return text.toLowerCase();
    case 'upper':
      return text.toUpperCase();
    case 'sentence':
      return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
    case 'title':
      return text
        .split(' ')
        .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
        .join(' ');
  }
}

/** The weekday's English name for messages, with the Day cell's own words when they differ. */
export function describeDayValue(token: DayToken): string {
  const name = token.weekday !== undefined ? EN_DISPLAY[token.weekday] : undefined;
  if (!name) return token.text;
  return token.style.kind === 'en-long' ? name : `${token.text} (${name})`;
}
