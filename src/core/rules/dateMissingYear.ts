import { describeDate, yearInsertion } from '../dates';
import { dateRule } from '../weekDates';

const YEAR_FROM = {
  dates: "the page's other dates put it",
  'front matter': 'the front matter date puts it',
  weekdays: "the Day column's weekdays (not the front matter's year) put it",
} as const;

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
        report({ message: `${read.written.text} has no year, and no other date on this page tells which year it is.`, span: read.written.span });
        continue;
      }
      const { offset, newText } = yearInsertion(read.written, date.year);
      const full = `${read.written.text}${newText}`;
      report({
        message: `${read.written.text} has no year; ${YEAR_FROM[read.yearFrom ?? 'dates']} in ${date.year} (${describeDate(date)}).`,
        span: read.written.span,
        fixes: [{ title: `Add the year: ${full}`, edits: [{ start: offset, end: offset, newText }] }],
      });
    }
  },
);
