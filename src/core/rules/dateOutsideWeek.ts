import * as l10n from '@vscode/l10n';
import { dayNumber, fromDayNumber, orderLabel } from '../dates/dates';
import { describeDate, describeRange } from '../dates/dateWords';
import { dateRule, orderNote, otherOrderReading } from '../dates/weekDates';

export const dateOutsideWeek = dateRule(
  {
    code: 'date.outside-week',
    defaultSeverity: 'warning',
    description: "A row's date is outside the calendar week that the page's other rows share.",
  },
  ({ rows, outside, week, decision }, report) => {
    if (!week || outside.size === 0) return;
    const others = rows.filter((r) => r.startDate?.date && !outside.has(r)).length;
    for (const row of rows) {
      const start = row.startDate;
      if (!outside.has(row) || !start?.date) continue;
      // Written in the other order, the date may well be inside the week: then that is the likely mistake.
      const other = otherOrderReading(start, row.endDate, decision);
      const fits = other && dayNumber(other.date) >= week.from && dayNumber(other.date) <= week.to ? other : undefined;
      const range = describeRange(fromDayNumber(week.from), fromDayNumber(week.to));

      report({
        message: fits
          ? l10n.t('{0} ({1}) is outside the week the other {2} rows share, {3}{4}; read {5} it is {6}, inside the week.', start.written.text, describeDate(start.date), others, range, orderNote(start, decision), orderLabel(fits.order), describeDate(fits.date))
          : l10n.t('{0} ({1}) is outside the week the other {2} rows share, {3}{4}.', start.written.text, describeDate(start.date), others, range, orderNote(start, decision)),
        span: start.written.span,
        fixes: fits ? [fits.fix] : [],
      });
    }
  },
);
