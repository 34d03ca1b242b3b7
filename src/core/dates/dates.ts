import * as l10n from '@vscode/l10n';
import { Span } from '../page/text';

/** Which of the two small numbers of `a/b/YYYY` is the day: `dmy` reads 07/09 as 7 September, `mdy` as July 9. */
export type DayMonthOrder = 'dmy' | 'mdy';

/** A day of the proleptic Gregorian calendar; `month` is 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** One run of digits (or a month name) inside a written date, with the number it stands for. */
export interface DatePart {
  readonly text: string;
  readonly value: number;
  readonly span: Span;
}

interface WrittenBase {
  /** The date exactly as written, and where. */
  readonly text: string;
  readonly span: Span;
  /** Undefined when the author left the year out (`13/10`, `Oct 20`). */
  readonly year: DatePart | undefined;
}

/** `a/b/YYYY`, `a-b-YYYY`, `a.b.YYYY` or `a/b`: which part is the day depends on the page's order. */
export interface NumericDate extends WrittenBase {
  readonly shape: 'numeric';
  readonly first: DatePart;
  readonly second: DatePart;
  /** The separator between the first two parts (`/`, `-`, `.`), reused when a fix adds a year. */
  readonly separator: string;
}

/** ISO `2025-09-09` or a date with a month name (`Oct 20, 2025`, `20 Oct 2025`, `20 tháng 10`): the order is fixed. */
export interface FixedDate extends WrittenBase {
  readonly shape: 'iso' | 'named';
  readonly month: DatePart;
  readonly day: DatePart;
}

export type WrittenDate = NumericDate | FixedDate;

const MONTHS: ReadonlyArray<readonly [number, RegExp]> = [
  [1, /^jan(uary)?$/],
  [2, /^feb(ruary)?$/],
  [3, /^mar(ch)?$/],
  [4, /^apr(il)?$/],
  [5, /^may$/],
  [6, /^june?$/],
  [7, /^july?$/],
  [8, /^aug(ust)?$/],
  [9, /^sept?(ember)?$/],
  [10, /^oct(ober)?$/],
  [11, /^nov(ember)?$/],
  [12, /^dec(ember)?$/],
];
const MONTH_WORD = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const NOT_WORD = '(?![\\p{L}\\p{N}])';
const NOT_AFTER_WORD = '(?<![\\p{L}\\p{N}])';
// `Oct 20, 2025`, `October 20 2025`, `Oct 20`
const NAMED_MDY = new RegExp(`${NOT_AFTER_WORD}(${MONTH_WORD})\\.?\\s+(\\d{1,3})(?:st|nd|rd|th)?${NOT_WORD}(?:,?\\s+(\\d{1,6})${NOT_WORD})?`, 'giud');
// `20 Oct 2025`, `20th October, 2025`, `20 Oct`
const NAMED_DMY = new RegExp(`${NOT_AFTER_WORD}(\\d{1,3})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_WORD})\\.?${NOT_WORD}(?:,?\\s+(\\d{1,6})${NOT_WORD})?`, 'giud');
// `20 tháng 10 năm 2025`, `20 tháng 10, 2025`, `20 tháng 10`
const NAMED_VI = new RegExp(`${NOT_AFTER_WORD}(\\d{1,3})\\s+th(?:áng|a\\u0301ng|ang)\\s+(\\d{1,3})${NOT_WORD}(?:,?\\s+(?:n(?:ăm|a\\u0306m|am)\\s+)?(\\d{1,6})${NOT_WORD})?`, 'giud');

/** How `readDates` treats two-part numbers. */
export interface ReadOptions {
  /**
   * Accept `a-b` and `a.b` (no year) as dates. `a/b` is always a date; dashes and dots are only in a
   * column known to hold dates, because a Day column writes ranges (`6-7`) and sub-days (`6.1`) that way.
   */
  readonly shortWithAnySeparator?: boolean;
}

/** Every date written in `text` (a cell's text), in order; offsets are `offset` + the index in `text`. */
export function readDates(text: string, offset = 0, options: ReadOptions = {}): WrittenDate[] {
  // Most cells hold no digit at all; the month-name patterns are the costly part, so they run only where a letter is.
  if (!DIGIT.test(text)) return [];
  // Every date cell of every page comes here: no closure, generator, sort or piece object is made for the usual lone date.
  const found: WrittenDate[] = [];
  let taken: Span[] | undefined;
  if (TH.test(text) && THANG.test(text)) readNamed(text, offset, NAMED_VI, 2, 1, true, found, (taken ??= []));
  if (THREE_LETTERS.test(text) && MONTH_START.test(text)) {
    readNamed(text, offset, NAMED_MDY, 1, 2, false, found, (taken ??= []));
    readNamed(text, offset, NAMED_DMY, 2, 1, false, found, taken);
  }
  // Runs of digits joined by `/`, `-` or `.` (what `/\d+(?:[/.-]\d+)+/g` matches), read in one pass: the regex
  // retried every digit of a long run without a separator, which took the square of the run's length.
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    let joined = false;
    for (;;) {
      const c = text.charCodeAt(i);
      if ((c !== 47 && c !== 46 && c !== 45) /* / . - */ || !isDigit(text.charCodeAt(i + 1))) break;
      i++;
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      joined = true;
    }
    if (!joined || overlaps(taken, start, i) || isGlued(text, start - 1) || isGlued(text, i)) continue;
    splitRun(text, start, i, offset, options, found);
  }
  return found.length > 1 ? found.sort(byStart) : found;
}

// A regex literal is a new object each time it is evaluated: these are read for every cell.
const DIGIT = /\d/;
const TH = /th/i;
const THREE_LETTERS = /[a-z]{3}/i;
// What the month-name patterns cannot match without, with their flags: `Thứ 2` (a Day cell) has a `th` but no `tháng`.
const THANG = /th(?:áng|a\u0301ng|ang)/iu;
const MONTH_START = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;
const LETTER = /[\p{L}_]/u;

function byStart(a: WrittenDate, b: WrittenDate): number {
  return a.span.start - b.span.start;
}

function overlaps(taken: readonly Span[] | undefined, s: number, e: number): boolean {
  if (taken) for (const t of taken) if (s < t.end && e > t.start) return true;
  return false;
}

/** `15 Sep`, `Sep 15th`, `ngày 15 tháng 9`: the dates `pattern` finds that no earlier pattern took. */
function readNamed(text: string, offset: number, pattern: RegExp, monthGroup: number, dayGroup: number, viMonth: boolean, found: WrittenDate[], taken: Span[]): void {
  for (const m of text.matchAll(pattern)) {
    const indices = m.indices as RegExpIndicesArray;
    const [s, e] = indices[0];
    if (overlaps(taken, s, e)) continue;
    const part = (group: number, value: number): DatePart => {
      const [gs, ge] = indices[group];
      return { text: m[group], value, span: { start: offset + gs, end: offset + ge } };
    };
    const month = part(monthGroup, viMonth ? Number(m[monthGroup]) : monthNumber(m[monthGroup]));
    const day = part(dayGroup, Number(m[dayGroup]));
    const year = m[3] !== undefined ? yearPart(m[3], offset + indices[3][0]) : undefined;
    found.push({ shape: 'named', text: m[0], span: { start: offset + s, end: offset + e }, month, day, year });
    taken.push({ start: s, end: e });
  }
}

// `v1.2.3`, `1.5h`, `ec2-1-2` are not dates: a letter right before or after the digits rules the run out.
function isGlued(text: string, index: number): boolean {
  const c = text[index];
  return c !== undefined && LETTER.test(c);
}

function monthNumber(word: string): number {
  const lower = word.toLowerCase();
  return MONTHS.find(([, pattern]) => pattern.test(lower))?.[0] ?? 0;
}

function yearPart(text: string, start: number): DatePart {
  const value = Number(text);
  return { text, value: text.length === 2 ? 2000 + value : value, span: { start, end: start + text.length } };
}

// Start and end (in the cell's text) of each digit piece of a run, flat; one array for every run, as runs never nest.
const PIECES: number[] = [];

/** Splits the run `text[from, to)` (`15/09/2025`, `2025-09-15`, `15/09`, glued ranges `15/09/2025-19/09/2025`) into dates. */
function splitRun(text: string, from: number, to: number, offset: number, options: ReadOptions, found: WrittenDate[]): void {
  // The run is digit runs joined by single separators: read by hand instead of a regex per date.
  const numbers = pieceCount(text, from, to);
  // Only 2, 3, 4 or 6 pieces make dates: `1/1/1/…` across a cell would otherwise be cut into pieces first.
  if (numbers !== 2 && numbers !== 3 && numbers !== 4 && numbers !== 6) return;
  const pieces = PIECES;
  pieces.length = 0;
  let i = from;
  while (i < to) {
    if (!isDigit(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isDigit(text.charCodeAt(i))) i++;
    pieces.push(start, i);
  }
  const count = pieces.length / 2;
  let date: WrittenDate | undefined;
  if (count === 2 || count === 3) {
    if ((date = toDate(text, 0, count, offset, options))) found.push(date);
  } else if (count === 6) {
    // A range written without spaces: two dates of the same shape.
    if ((date = toDate(text, 0, 3, offset, options))) found.push(date);
    if ((date = toDate(text, 3, 3, offset, options))) found.push(date);
  } else if (count === 4 && text.charCodeAt(pieces[4] - 1) === 45 /* - */) {
    if ((date = toDate(text, 0, 2, offset, options))) found.push(date);
    if ((date = toDate(text, 2, 2, offset, options))) found.push(date);
  }
}

/** The numbers of the run `text[from, to)` (digits joined by single separators): one more than its separators. */
function pieceCount(text: string, from: number, to: number): number {
  let count = 1;
  for (let i = from; i < to; i++) if (!isDigit(text.charCodeAt(i))) count++;
  return count;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The date written by `count` pieces of PIECES from piece `first` on. */
function toDate(text: string, first: number, count: number, offset: number, options: ReadOptions): WrittenDate | undefined {
  const pieces = PIECES;
  const start = pieces[2 * first];
  const end = pieces[2 * (first + count) - 1];
  const firstLength = pieces[2 * first + 1] - start;
  const secondStart = pieces[2 * first + 2];
  const secondLength = pieces[2 * first + 3] - secondStart;
  const separator = text[secondStart - 1];
  if (count === 2) {
    if (separator !== '/' && !options.shortWithAnySeparator) return undefined;
    // Two numbers: a date without its year only when both could be a day or a month.
    if (firstLength > 3 || secondLength > 3) return undefined;
  }
  // The pieces and the separators between them, as written.
  const written = text.slice(start, end);
  const span = { start: offset + start, end: offset + end };
  if (count === 2) return { shape: 'numeric', text: written, span, first: part(text, start, start + firstLength, offset), second: part(text, secondStart, secondStart + secondLength, offset), separator, year: undefined };
  const lastStart = pieces[2 * first + 4];
  // Mixed separators (`15/09-2025`) are still one date; a 4-digit (or longer) lead is ISO year-month-day.
  if (firstLength >= 4) {
    return { shape: 'iso', text: written, span, year: yearPart(text.slice(start, start + firstLength), offset + start), month: part(text, secondStart, secondStart + secondLength, offset), day: part(text, lastStart, end, offset) };
  }
  return { shape: 'numeric', text: written, span, first: part(text, start, start + firstLength, offset), second: part(text, secondStart, secondStart + secondLength, offset), separator, year: yearPart(text.slice(lastStart, end), offset + lastStart) };
}

function part(text: string, start: number, end: number, offset: number): DatePart {
  const digits = text.slice(start, end);
  return { text: digits, value: Number(digits), span: { start: offset + start, end: offset + end } };
}

/** The same date written `by` characters later (or earlier): an unchanged cell that an edit above it moved. */
export function movedDate(date: WrittenDate, by: number): WrittenDate {
  const span = movedSpan(date.span, by);
  const year = date.year && movedPart(date.year, by);
  if (date.shape === 'numeric') return { shape: 'numeric', text: date.text, span, first: movedPart(date.first, by), second: movedPart(date.second, by), separator: date.separator, year };
  // Fields in the order the reader writes them, so moved and read dates share their object shapes.
  if (date.shape === 'named') return { shape: 'named', text: date.text, span, month: movedPart(date.month, by), day: movedPart(date.day, by), year };
  return { shape: 'iso', text: date.text, span, year, month: movedPart(date.month, by), day: movedPart(date.day, by) };
}

function movedPart(part: DatePart, by: number): DatePart {
  return { text: part.text, value: part.value, span: movedSpan(part.span, by) };
}

export function movedSpan(span: Span, by: number): Span {
  return { start: span.start + by, end: span.end + by };
}

/** The month and day of a numeric date under `order`. */
export function monthDay(date: NumericDate, order: DayMonthOrder): { month: DatePart; day: DatePart } {
  return order === 'dmy' ? { day: date.first, month: date.second } : { month: date.first, day: date.second };
}

/** Why a written date is no calendar date in any order (digit typos are named, never guessed); undefined when it is one. */
export function dateProblem(date: WrittenDate): string | undefined {
  if (hasTypoDigits(date)) return typoDigits(date);
  if (date.shape === 'numeric') {
    if (possibleOrders(date).length > 0) return undefined;
    return describeNumericProblem(date);
  }
  if (date.month.value < 1 || date.month.value > 12) return l10n.t('there is no month {0}', date.month.value);
  const year = date.year?.value ?? LEAP_YEAR;
  if (date.day.value < 1 || date.day.value > daysInMonth(year, date.month.value)) return noSuchDay(date.month.value, date.year ? year : undefined, date.day.value);
  return undefined;
}

function typoDigits(date: WrittenDate): string | undefined {
  const parts = date.shape === 'numeric' ? [date.first, date.second] : [date.day, ...(date.shape === 'iso' ? [date.month] : [])];
  for (const part of parts) {
    if (part.text.length > 2) return l10n.t('{0} has {1} digits (a day or a month has at most two)', part.text, digitWord(part.text.length));
  }
  const year = date.year;
  if (year && year.text.length !== 4 && year.text.length !== 2) {
    return year.text.length === 1 ? l10n.t('the year {0} has {1} digit', year.text, digitWord(1)) : l10n.t('the year {0} has {1} digits', year.text, digitWord(year.text.length));
  }
  return undefined;
}

function digitWord(n: number): string {
  switch (n) {
    case 1:
      return l10n.t('one');
    case 3:
      return l10n.t('three');
    case 4:
      return l10n.t('four');
    case 5:
      return l10n.t('five');
    case 6:
      return l10n.t('six');
    case 7:
      return l10n.t('seven');
    default:
      return String(n);
  }
}

/** "February 2025 has no day 30", or without a year "February has no day 30". */
function noSuchDay(month: number, year: number | undefined, day: number): string {
  return year !== undefined ? l10n.t('{0} {1} has no day {2}', localMonthName(month), year, day) : l10n.t('{0} has no day {1}', localMonthName(month), day);
}

function describeNumericProblem(date: NumericDate): string {
  const a = date.first.value;
  const b = date.second.value;
  const year = date.year?.value;
  const reasons: string[] = [];
  for (const order of ['dmy', 'mdy'] as const) {
    const { month, day } = monthDay(date, order);
    if (month.value < 1 || month.value > 12) reasons.push(l10n.t('there is no month {0}', month.value));
    else reasons.push(noSuchDay(month.value, year, day.value));
  }
  return a === b || reasons[0] === reasons[1] ? reasons[0] : l10n.t('{0} (day-first), and {1} (month-first)', reasons[0], reasons[1]);
}

// Without a year, 29/02 is allowed: some year has it.
const LEAP_YEAR = 2000;

const BOTH_ORDERS: readonly DayMonthOrder[] = ['dmy', 'mdy'];
const DMY_ONLY: readonly DayMonthOrder[] = ['dmy'];
const MDY_ONLY: readonly DayMonthOrder[] = ['mdy'];
const NO_ORDER: readonly DayMonthOrder[] = [];

/** The orders under which a numeric date's parts are a real month and day (both, one, or none); shared arrays, never to be changed. */
export function possibleOrders(date: NumericDate): readonly DayMonthOrder[] {
  if (hasTypoDigits(date)) return NO_ORDER;
  const year = date.year?.value ?? LEAP_YEAR;
  const dmy = isCalendarDate(year, date.second.value, date.first.value);
  const mdy = isCalendarDate(year, date.first.value, date.second.value);
  return dmy ? (mdy ? BOTH_ORDERS : DMY_ONLY) : mdy ? MDY_ONLY : NO_ORDER;
}

/** `typoDigits(date) !== undefined` without building the message. */
function hasTypoDigits(date: WrittenDate): boolean {
  if (date.shape === 'numeric') {
    if (date.first.text.length > 2 || date.second.text.length > 2) return true;
  } else if (date.day.text.length > 2 || (date.shape === 'iso' && date.month.text.length > 2)) return true;
  const year = date.year;
  return year !== undefined && year.text.length !== 4 && year.text.length !== 2;
}

/** True when both orders read the same day (07/07/2025) or only one order is possible: the order does not matter. */
export function isOrderFree(date: NumericDate): boolean {
  return date.first.value === date.second.value || possibleOrders(date).length < 2;
}

/**
 * The calendar date written, read in `order` when the parts allow both, in the only possible order otherwise;
 * `year` stands in for a missing year. Undefined when it is no date, or the order is needed and unknown.
 */
export function resolveDate(date: WrittenDate, order: DayMonthOrder | undefined, year?: number): CalendarDate | undefined {
  if (dateProblem(date)) return undefined;
  const y = date.year?.value ?? year;
  if (y === undefined) return undefined;
  if (date.shape !== 'numeric') return isCalendarDate(y, date.month.value, date.day.value) ? { year: y, month: date.month.value, day: date.day.value } : undefined;
  const possible = possibleOrders(date);
  const use = date.first.value === date.second.value ? possible[0] : possible.length === 1 ? possible[0] : order;
  if (!use) return undefined;
  // monthDay(date, use) without its object: the date models read every date several times.
  const month = use === 'dmy' ? date.second.value : date.first.value;
  const day = use === 'dmy' ? date.first.value : date.second.value;
  return isCalendarDate(y, month, day) ? { year: y, month, day } : undefined;
}

/** The order a numeric date was read in by `resolveDate`, or undefined when it did not need one. */
export function orderUsed(date: WrittenDate, order: DayMonthOrder | undefined): DayMonthOrder | undefined {
  if (date.shape !== 'numeric' || date.first.value === date.second.value) return undefined;
  const possible = possibleOrders(date);
  return possible.length === 1 ? possible[0] : possible.length === 2 ? order : undefined;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return MONTH_LENGTHS[month - 1] ?? 0;
}

export function isCalendarDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01: differences are day counts. */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

export function fromDayNumber(n: number): CalendarDate {
  const d = new Date(n * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as `Date.getDay`. */
export function weekdayOf(date: CalendarDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/** The Monday of the calendar week (Monday–Sunday) holding `date`, as a day number. */
export function mondayOf(day: number): number {
  return day - ((((day + 4) % 7) + 6) % 7);
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

/** The weekday's name in messages, in the locale of the run (0 = Sunday). */
export function weekdayName(weekday: number): string {
  const names = [l10n.t('Sunday'), l10n.t('Monday'), l10n.t('Tuesday'), l10n.t('Wednesday'), l10n.t('Thursday'), l10n.t('Friday'), l10n.t('Saturday')];
  return names[weekday] ?? String(weekday);
}

/** The month's name in messages, in the locale of the run. */
function localMonthName(month: number): string {
  const names = [
    l10n.t('January'), l10n.t('February'), l10n.t('March'), l10n.t('April'), l10n.t('May'), l10n.t('June'),
    l10n.t('July'), l10n.t('August'), l10n.t('September'), l10n.t('October'), l10n.t('November'), l10n.t('December'),
  ];
  return names[month - 1] ?? l10n.t('month {0}', month);
}

/** `2025-09-15`. */
export function formatIso(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

/** `day-first` / `month-first`, as messages say it. */
export function orderLabel(order: DayMonthOrder): string {
  return order === 'dmy' ? l10n.t('day-first') : l10n.t('month-first');
}


/** The text of a numeric date rewritten in the other order: its two parts swap, everything else stays. */
export function swapDayMonth(date: NumericDate): { span: Span; newText: string } {
  const between = date.text.slice(date.first.span.end - date.span.start, date.second.span.start - date.span.start);
  return { span: { start: date.first.span.start, end: date.second.span.end }, newText: `${date.second.text}${between}${date.first.text}` };
}

/** Where and what to insert so a date without a year gets `year`, in the date's own shape. */
export function yearInsertion(date: WrittenDate, year: number): { offset: number; newText: string } {
  if (date.shape === 'named' && /[a-z]/i.test(date.text.slice(0, 1))) return { offset: date.span.end, newText: `, ${year}` };
  if (date.shape === 'named') return { offset: date.span.end, newText: ` ${year}` };
  return { offset: date.span.end, newText: `${date.shape === 'numeric' ? date.separator : '/'}${year}` };
}
