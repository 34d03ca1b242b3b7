import { describeDate, describeRange, fromDayNumber } from '../dates';
import { dateRule, orderNote } from '../weekDates';

export const dateOutsideWeek = dateRule(
  {
    code: 'date.outside-week',
    defaultSeverity: 'warning',
    description: "A row's date is outside the calendar week that the page's other rows share.",
  },
  ({ rows, outside, week, decision }, report) => {
    if (!week) return;
    for (const row of rows) {
      const start = row.startDate;
      if (!outside.has(row) || !start?.date) continue;
      const others = rows.filter((r) => r.startDate?.date && !outside.has(r)).length;
      report({
        message:
          `${start.written.text} (${describeDate(start.date)}) is outside the week the other ${others} rows share, ` +
          `${describeRange(fromDayNumber(week.from), fromDayNumber(week.to))}${orderNote(start, decision)}.`,
        span: start.written.span,
      });
    }
  },
);
