import * as l10n from '@vscode/l10n';
import { yearInsertion } from '../dates/dates';
import { describeDate } from '../dates/dateWords';
import { ReadDate, dateRule } from '../dates/weekDates';
import type { RelatedLocation, TextEdit } from './types';

type YearFrom = 'dates' | 'front matter' | 'weekdays';

/** "13/10 has no year; … in 2025 (Mon 13 Oct 2025).", saying where the year came from. */
function inferred(from: YearFrom, written: string, year: number, described: string): string {
  switch (from) {
    case 'front matter':
      return l10n.t('{0} has no year; the front matter date puts it in {1} ({2}).', written, year, described);
    case 'weekdays':
      return l10n.t("{0} has no year; the Day column's weekdays (not the front matter's year) put it in {1} ({2}).", written, year, described);
    default:
      return l10n.t("{0} has no year; the page's other dates put it in {1} ({2}).", written, year, described);
  }
}

/** "13/10 and 9 other dates have no year; … in 2025.", for a page that writes its dates without years. */
function inferredMany(from: YearFrom, written: string, others: number, years: string): string {
  if (others === 1) {
    switch (from) {
      case 'front matter':
        return l10n.t('{0} and one other date of this page have no year; the front matter date puts them in {1}.', written, years);
      case 'weekdays':
        return l10n.t("{0} and one other date of this page have no year; the Day column's weekdays (not the front matter's year) put them in {1}.", written, years);
      default:
        return l10n.t("{0} and one other date of this page have no year; the page's other dates put them in {1}.", written, years);
    }
  }
  switch (from) {
    case 'front matter':
      return l10n.t('{0} and {1} other dates of this page have no year; the front matter date puts them in {2}.', written, others, years);
    case 'weekdays':
      return l10n.t("{0} and {1} other dates of this page have no year; the Day column's weekdays (not the front matter's year) put them in {2}.", written, others, years);
    default:
      return l10n.t("{0} and {1} other dates of this page have no year; the page's other dates put them in {2}.", written, others, years);
  }
}

/**
 * One finding per page: writing dates without the year is one habit, not one mistake per cell. A date whose
 * row's other date carries the year is not counted: the row already says which year it is.
 */
export const dateMissingYear = dateRule(
  {
    code: 'date.missing-year',
    defaultSeverity: 'information',
    description: "Dates written without their year (13/10) where the row's other date does not carry it either; one finding per page.",
  },
  ({ page, dates, rows }, report) => {
    const yearInRow = new Set<ReadDate>();
    for (const row of rows) {
      if (row.startDate?.written.year && row.endDate) yearInRow.add(row.endDate);
      if (row.endDate?.written.year && row.startDate) yearInRow.add(row.startDate);
    }
    const missing = dates.filter((read) => !read.written.year && !yearInRow.has(read));
    if (missing.length === 0) return;
    const [first, ...rest] = missing;
    const related: RelatedLocation[] = rest.map((read) => ({ path: page.path, span: read.written.span, message: l10n.t('{0}, also without a year', read.written.text) }));
    if (missing.some((read) => !read.date)) {
      report({
        message:
          rest.length === 0
            ? l10n.t('{0} has no year, and no other date on this page tells which year it is.', first.written.text)
            : rest.length === 1
              ? l10n.t('{0} and one other date have no year, and no other date on this page tells which year they are.', first.written.text)
              : l10n.t('{0} and {1} other dates have no year, and no other date on this page tells which year they are.', first.written.text, rest.length),
        span: first.written.span,
        related,
      });
      return;
    }
    const edits: TextEdit[] = missing.map((read) => {
      const { offset, newText } = yearInsertion(read.written, read.date?.year ?? 0);
      return { start: offset, end: offset, newText };
    });
    const date = first.date as NonNullable<ReadDate['date']>;
    const years = [...new Set(missing.map((read) => read.date?.year))].join(', ');
    report({
      message: rest.length === 0 ? inferred(first.yearFrom ?? 'dates', first.written.text, date.year, describeDate(date)) : inferredMany(first.yearFrom ?? 'dates', first.written.text, rest.length, years),
      span: first.written.span,
      related,
      fixes: [
        {
          title: rest.length === 0 ? l10n.t('Add the year: {0}', `${first.written.text}${edits[0].newText}`) : l10n.t('Add the year to the {0} dates without one', missing.length),
          edits,
        },
      ],
    });
  },
);
