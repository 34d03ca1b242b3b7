import * as l10n from '@vscode/l10n';
import { CalendarDate, DayMonthOrder, dayNumber, weekdayOf } from './dates';

/**
 * How one language writes a date for people: short weekday and month names and the word order of each shape.
 * Every date the tree, the preview, the hovers, the messages and the export show goes through these, so they agree
 * (English follows the page's order; Vietnamese always writes the day first: `Thứ 3, 23 tháng 9, 2025`).
 */
export interface DateWords {
  /** Short weekday names, Sunday first (7). */
  readonly weekdays: readonly string[];
  /** Short month names, January first (12). */
  readonly months: readonly string[];
  /** `{weekday} {day} {month} {year}`: a day written day-first. */
  readonly dayFormat: string;
  /** `{weekday} {month} {day}, {year}`: a day on a month-first page. */
  readonly dayFormatMonthFirst: string;
  /** `{weekday} {day} {month}`: a day without its year (tree rows). */
  readonly shortDayFormat: string;
  /** `{day} {month} {year}`: a range of one day. */
  readonly rangeOneDay: string;
  /** `{fromDay}–{toDay} {month} {year}`. */
  readonly rangeOneMonth: string;
  /** `{fromDay} {fromMonth} – {toDay} {toMonth} {year}`. */
  readonly rangeOneYear: string;
  /** `{fromDay} {fromMonth} {fromYear} – {toDay} {toMonth} {toYear}`. */
  readonly rangeYears: string;
}

export const englishDateWords: DateWords = {
  weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  dayFormat: '{weekday} {day} {month} {year}',
  dayFormatMonthFirst: '{weekday} {month} {day}, {year}',
  shortDayFormat: '{weekday} {day} {month}',
  rangeOneDay: '{day} {month} {year}',
  rangeOneMonth: '{fromDay}–{toDay} {month} {year}',
  rangeOneYear: '{fromDay} {fromMonth} – {toDay} {toMonth} {year}',
  rangeYears: '{fromDay} {fromMonth} {fromYear} – {toDay} {toMonth} {toYear}',
};

// Each word a function, so a message translates only the words it shows (a range names a month or two, not all 26 words).
const WEEKDAY_WORDS: ReadonlyArray<() => string> = [() => l10n.t('Sun'), () => l10n.t('Mon'), () => l10n.t('Tue'), () => l10n.t('Wed'), () => l10n.t('Thu'), () => l10n.t('Fri'), () => l10n.t('Sat')];
const MONTH_WORDS: ReadonlyArray<() => string> = [
  () => l10n.t('Jan'), () => l10n.t('Feb'), () => l10n.t('Mar'), () => l10n.t('Apr'), () => l10n.t('May'), () => l10n.t('Jun'),
  () => l10n.t('Jul'), () => l10n.t('Aug'), () => l10n.t('Sep'), () => l10n.t('Oct'), () => l10n.t('Nov'), () => l10n.t('Dec'),
];
type Format = Exclude<keyof DateWords, 'weekdays' | 'months'>;
const FORMAT_WORDS: Readonly<Record<Format, () => string>> = {
  dayFormat: () => l10n.t('{weekday} {day} {month} {year}'),
  dayFormatMonthFirst: () => l10n.t('{weekday} {month} {day}, {year}'),
  shortDayFormat: () => l10n.t('{weekday} {day} {month}'),
  rangeOneDay: () => l10n.t('{day} {month} {year}'),
  rangeOneMonth: () => l10n.t('{fromDay}–{toDay} {month} {year}'),
  rangeOneYear: () => l10n.t('{fromDay} {fromMonth} – {toDay} {toMonth} {year}'),
  rangeYears: () => l10n.t('{fromDay} {fromMonth} {fromYear} – {toDay} {toMonth} {toYear}'),
};

/** The date words of the run's display language (the l10n bundle the editor or the CLI loaded). */
export function localDateWords(): DateWords {
  return {
    weekdays: WEEKDAY_WORDS.map((word) => word()),
    months: MONTH_WORDS.map((word) => word()),
    dayFormat: FORMAT_WORDS.dayFormat(),
    dayFormatMonthFirst: FORMAT_WORDS.dayFormatMonthFirst(),
    shortDayFormat: FORMAT_WORDS.shortDayFormat(),
    rangeOneDay: FORMAT_WORDS.rangeOneDay(),
    rangeOneMonth: FORMAT_WORDS.rangeOneMonth(),
    rangeOneYear: FORMAT_WORDS.rangeOneYear(),
    rangeYears: FORMAT_WORDS.rangeYears(),
  };
}

/** How a format reads its words: from a `DateWords`, or translated one by one when asked. */
interface WordSource {
  weekday(weekday: number): string;
  month(month: number): string;
  format(format: Format): string;
}

function fromWords(words: DateWords): WordSource {
  return { weekday: (d) => words.weekdays[d] ?? '', month: (m) => words.months[m - 1] ?? String(m), format: (f) => words[f] };
}

const LOCAL_WORDS: WordSource = {
  weekday: (d) => WEEKDAY_WORDS[d]?.() ?? '',
  month: (m) => MONTH_WORDS[m - 1]?.() ?? String(m),
  format: (f) => FORMAT_WORDS[f](),
};

/** `{name}` placeholders filled from `values`; an unknown name stays as written. */
function fill(format: string, values: Readonly<Record<string, string | number>>): string {
  return format.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** `Mon 20 Oct 2025` day-first, `Mon Oct 20, 2025` month-first (in English; the language decides its own order). */
export function formatDay(date: CalendarDate, order: DayMonthOrder | undefined, words: DateWords): string {
  return dayText(date, order, fromWords(words));
}

function dayText(date: CalendarDate, order: DayMonthOrder | undefined, words: WordSource): string {
  const values = { weekday: words.weekday(weekdayOf(date)), day: date.day, month: words.month(date.month), year: date.year };
  return fill(words.format(order === 'mdy' ? 'dayFormatMonthFirst' : 'dayFormat'), values);
}

/** `Mon 22 Sep`: a day row's date where the week gives the year. */
export function formatShortDay(date: CalendarDate, words: DateWords): string {
  return fill(words.shortDayFormat, { weekday: words.weekdays[weekdayOf(date)] ?? '', day: date.day, month: words.months[date.month - 1] ?? String(date.month) });
}

/** `20–24 Oct 2025`, `29 Sep – 3 Oct 2025`, `29 Dec 2025 – 2 Jan 2026`. */
export function formatRange(from: CalendarDate, to: CalendarDate, words: DateWords): string {
  return rangeText(from, to, fromWords(words));
}

function rangeText(from: CalendarDate, to: CalendarDate, words: WordSource): string {
  if (dayNumber(from) === dayNumber(to)) return fill(words.format('rangeOneDay'), { day: from.day, month: words.month(from.month), year: from.year });
  const values = { fromDay: from.day, fromMonth: words.month(from.month), fromYear: from.year, toDay: to.day, toMonth: words.month(to.month), toYear: to.year, month: words.month(to.month), year: to.year };
  if (from.year !== to.year) return fill(words.format('rangeYears'), values);
  if (from.month !== to.month) return fill(words.format('rangeOneYear'), values);
  return fill(words.format('rangeOneMonth'), values);
}

/** `Mon 15 Sep 2025`: unambiguous whatever order the reader is used to, in the run's language. */
export function describeDate(date: CalendarDate): string {
  return dayText(date, 'dmy', LOCAL_WORDS);
}

/** `15–19 Sep 2025`, `29 Sep – 3 Oct 2025`, in the run's language. */
export function describeRange(from: CalendarDate, to: CalendarDate): string {
  return rangeText(from, to, LOCAL_WORDS);
}
