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

/** The date words of the run's display language (the l10n bundle the editor or the CLI loaded). */
export function localDateWords(): DateWords {
  return {
    weekdays: [l10n.t('Sun'), l10n.t('Mon'), l10n.t('Tue'), l10n.t('Wed'), l10n.t('Thu'), l10n.t('Fri'), l10n.t('Sat')],
    months: [
      l10n.t('Jan'), l10n.t('Feb'), l10n.t('Mar'), l10n.t('Apr'), l10n.t('May'), l10n.t('Jun'),
      l10n.t('Jul'), l10n.t('Aug'), l10n.t('Sep'), l10n.t('Oct'), l10n.t('Nov'), l10n.t('Dec'),
    ],
    dayFormat: l10n.t('{weekday} {day} {month} {year}'),
    dayFormatMonthFirst: l10n.t('{weekday} {month} {day}, {year}'),
    shortDayFormat: l10n.t('{weekday} {day} {month}'),
    rangeOneDay: l10n.t('{day} {month} {year}'),
    rangeOneMonth: l10n.t('{fromDay}–{toDay} {month} {year}'),
    rangeOneYear: l10n.t('{fromDay} {fromMonth} – {toDay} {toMonth} {year}'),
    rangeYears: l10n.t('{fromDay} {fromMonth} {fromYear} – {toDay} {toMonth} {toYear}'),
  };
}

/** `{name}` placeholders filled from `values`; an unknown name stays as written. */
function fill(format: string, values: Readonly<Record<string, string | number>>): string {
  return format.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** `Mon 20 Oct 2025` day-first, `Mon Oct 20, 2025` month-first (in English; the language decides its own order). */
export function formatDay(date: CalendarDate, order: DayMonthOrder | undefined, words: DateWords): string {
  const values = { weekday: words.weekdays[weekdayOf(date)] ?? '', day: date.day, month: words.months[date.month - 1] ?? String(date.month), year: date.year };
  return fill(order === 'mdy' ? words.dayFormatMonthFirst : words.dayFormat, values);
}

/** `Mon 22 Sep`: a day row's date where the week gives the year. */
export function formatShortDay(date: CalendarDate, words: DateWords): string {
  return fill(words.shortDayFormat, { weekday: words.weekdays[weekdayOf(date)] ?? '', day: date.day, month: words.months[date.month - 1] ?? String(date.month) });
}

/** `20–24 Oct 2025`, `29 Sep – 3 Oct 2025`, `29 Dec 2025 – 2 Jan 2026`. */
export function formatRange(from: CalendarDate, to: CalendarDate, words: DateWords): string {
  const month = (d: CalendarDate) => words.months[d.month - 1] ?? String(d.month);
  if (dayNumber(from) === dayNumber(to)) return fill(words.rangeOneDay, { day: from.day, month: month(from), year: from.year });
  const values = { fromDay: from.day, fromMonth: month(from), fromYear: from.year, toDay: to.day, toMonth: month(to), toYear: to.year, month: month(to), year: to.year };
  if (from.year !== to.year) return fill(words.rangeYears, values);
  if (from.month !== to.month) return fill(words.rangeOneYear, values);
  return fill(words.rangeOneMonth, values);
}

/** `Mon 15 Sep 2025`: unambiguous whatever order the reader is used to, in the run's language. */
export function describeDate(date: CalendarDate): string {
  return formatDay(date, 'dmy', localDateWords());
}

/** `15–19 Sep 2025`, `29 Sep – 3 Oct 2025`, in the run's language. */
export function describeRange(from: CalendarDate, to: CalendarDate): string {
  return formatRange(from, to, localDateWords());
}
