import * as l10n from '@vscode/l10n';
import { CalendarDate, isCalendarDate } from './dates';
import { FrontMatterEntry, entry } from '../page/frontMatter';
import type { Page } from '../page/page';
import type { Span } from '../page/text';

/** The front matter `date` as written, read the way Hugo reads it. */
export interface FrontMatterDate {
  readonly entry: FrontMatterEntry;
  /** The calendar day written (the date part of a datetime, in its own offset); undefined when Hugo cannot read it. */
  readonly date: CalendarDate | undefined;
  /** Where `YYYY-MM-DD` is written, for a fix that keeps the time and offset; else the value inside its quotes. */
  readonly dateSpan: Span;
  /** The template's placeholder `2024-01-01`. */
  readonly placeholder: boolean;
  /** Why Hugo cannot read it, as a sentence for messages ("date is empty"); undefined when it can. */
  readonly problem: string | undefined;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const DAY_MONTH_YEAR = /^(\d{1,2}) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec) (\d{4})$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const R_LEFTOVER = /^`?\s*r\s+Sys\.(Date|time)\(\)\s*`?$/i;

/** Reads `date` from the front matter; undefined when there is none (or it is left blank, which YAML reads as null). */
export function frontMatterDate(page: Page): FrontMatterDate | undefined {
  const e = entry(page.frontMatter, 'date');
  if (!e || e.raw === '') return undefined;
  const quoted = e.raw !== e.unquoted;
  const inner = quoted ? { start: e.valueSpan.start + 1, end: e.valueSpan.end - 1 } : e.valueSpan;
  const value = e.unquoted.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const leading = e.unquoted.length - e.unquoted.trimStart().length;
    const dateSpan = { start: inner.start + leading, end: inner.start + leading + 10 };
    const valid = isCalendarDate(year, month, day) && (iso[4] === undefined || (Number(iso[4]) < 24 && Number(iso[5]) < 60));
    return {
      entry: e,
      date: valid ? { year, month, day } : undefined,
      dateSpan,
      placeholder: value.startsWith('2024-01-01'),
      problem: valid ? undefined : l10n.t('date {0} is not a calendar date', value),
    };
  }
  const named = DAY_MONTH_YEAR.exec(value);
  if (named) {
    const date = { year: Number(named[3]), month: MONTHS.indexOf(named[2].toLowerCase()) + 1, day: Number(named[1]) };
    const valid = isCalendarDate(date.year, date.month, date.day);
    return { entry: e, date: valid ? date : undefined, dateSpan: inner, placeholder: false, problem: valid ? undefined : l10n.t('date {0} is not a calendar date', value) };
  }
  return { entry: e, date: undefined, dateSpan: inner, placeholder: false, problem: describeProblem(value) };
}

function describeProblem(value: string): string {
  if (value === '') return l10n.t('date is empty ("")');
  if (R_LEFTOVER.test(value)) return l10n.t('date "{0}" is an R Markdown leftover that only R fills in', value);
  return l10n.t('date "{0}" is not a date Hugo can read (it expects YYYY-MM-DD)', value);

}
