import { dayNumber, describeDate, describeRange, fromDayNumber, orderLabel } from '../dates';
import { dateRule, orderNote, otherOrderReading } from '../weekDates';

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
      report({
        message:
          `${start.written.text} (${describeDate(start.date)}) is outside the week the other ${others} rows share, ` +
          `${describeRange(fromDayNumber(week.from), fromDayNumber(week.to))}${orderNote(start, decision)}` +
          (fits ? `; read ${orderLabel(fits.order)} it is ${describeDate(fits.date)}, inside the week.` : '.'),
        span: start.written.span,
        fixes: fits ? [fits.fix] : [],
      });
    }
  },
);
