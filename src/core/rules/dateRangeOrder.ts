import * as l10n from '@vscode/l10n';
import { dayNumber } from '../dates/dates';
import { describeDate } from '../dates/dateWords';
import { dateRule } from '../dates/weekDates';

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
        message: l10n.t('Completion {0} ({1}) is before the start {2} ({3}).', end.written.text, describeDate(end.date), start.written.text, describeDate(start.date)),
        span: end.written.span,
        related: [{ path: page.path, span: start.written.span, message: l10n.t('start {0}', start.written.text) }],

      });
    }
  },
);
