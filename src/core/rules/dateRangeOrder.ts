import { dayNumber, describeDate } from '../dates';
import { dateRule } from '../weekDates';

export const dateRangeOrder = dateRule(
  {
    code: 'date.range-order',
    defaultSeverity: 'error',
    description: 'A completion date is earlier than its start date.',
  },
  ({ page, rows }, report) => {
    for (const row of rows) {
      const start = row.startDate;
      const end = row.endDate;
      if (!start?.date || !end?.date || start.written === end.written) continue;
      if (dayNumber(end.date) >= dayNumber(start.date)) continue;
      report({
        message: `Completion ${end.written.text} (${describeDate(end.date)}) is before the start ${start.written.text} (${describeDate(start.date)}).`,
        span: end.written.span,
        related: [{ path: page.path, span: start.written.span, message: `start ${start.written.text}` }],
      });
    }
  },
);
