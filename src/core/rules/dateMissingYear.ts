import * as l10n from '@vscode/l10n';
import { yearInsertion } from '../dates/dates';
import { describeDate } from '../dates/dateWords';
import { dateRule } from '../dates/weekDates';

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

export const dateMissingYear = dateRule(
  {
    code: 'date.missing-year',
    defaultSeverity: 'information',
    description: 'A date is written without its year (13/10).',
  },
  ({ dates }, report) => {
    for (const read of dates) {
      if (read.written.year) continue;
      const date = read.date;
      if (!date) {
        report({ message: l10n.t('{0} has no year, and no other date on this page tells which year it is.', read.written.text), span: read.written.span });
        continue;
      }
      const { offset, newText } = yearInsertion(read.written, date.year);
      const full = `${read.written.text}${newText}`;
      report({
        message: inferred(read.yearFrom ?? 'dates', read.written.text, date.year, describeDate(date)),
        span: read.written.span,
        fixes: [{ title: l10n.t('Add the year: {0}', full),
 edits: [{ start: offset, end: offset, newText }] }],
      });
    }
  },
);
