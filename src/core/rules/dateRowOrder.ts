import * as l10n from '@vscode/l10n';
import { CalendarDate, dayNumber } from '../dates/dates';
import { describeDate } from '../dates/dateWords';
import { DatedRow, ReadDate, dateRule } from '../dates/weekDates';

export const dateRowOrder = dateRule(
  {
    code: 'date.row-order',
    defaultSeverity: 'information',
    description: 'The rows of a table are not in chronological order.',
  },
  ({ page, rows, outside }, report) => {
    for (const table of new Set(rows.map((r) => r.table))) {
      let previous: { start: ReadDate; from: number; to: number } | undefined;
      for (const row of rows.filter((r) => r.table === table)) {
        // A date already reported outside the week would only repeat that finding here.
        const start = row.startDate;
        if (!start?.date || outside.has(row)) continue;
        const from = dayNumber(start.date);
        const to = endDay(row) ?? from;
        // A row that spans the rows above it (a week-long task listed last) is not out of order.
        if (previous && from < previous.from && to < previous.to) {
          report({
            message: l10n.t(
              'This row starts on {0} ({1}), before the row above it ({2}, {3}): the rows are not in date order.',
              start.written.text,
              describeDate(start.date),
              previous.start.written.text,
              describeDate(previous.start.date as CalendarDate),
            ),
            span: start.written.span,
            related: [{ path: page.path, span: previous.start.written.span, message: l10n.t('the row above') }],

          });
          break;
        }
        previous = { start, from, to };
      }
    }
  },
);

function endDay(row: DatedRow): number | undefined {
  const end = row.endDate?.date;
  return end ? dayNumber(end) : undefined;
}
