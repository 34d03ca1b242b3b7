import * as l10n from '@vscode/l10n';
import { NumericDate, orderLabel, possibleOrders, swapDayMonth } from '../dates/dates';
import { dateRule } from '../dates/weekDates';

export const dateMixedOrder = dateRule(
  {
    code: 'date.mixed-order',
    defaultSeverity: 'warning',
    description: 'One page writes dates both day-first and month-first (provable from a part above 12).',
  },
  ({ cells, decision }, report) => {
    const order = decision.order;
    if (!order) return;
    for (const date of cells.dates) {
      if (date.shape !== 'numeric') continue;
      const possible = possibleOrders(date);
      if (possible.length !== 1 || possible[0] === order || date.first.value === date.second.value) continue;
      const { span, newText } = swapDayMonth(date as NumericDate);
      const rewritten = date.text.slice(0, span.start - date.span.start) + newText + date.text.slice(span.end - date.span.start);
      report({
        message: l10n.t('{0} is written {1}, but this page writes its dates {2}; {3} it is {4}.', date.text, orderLabel(possible[0]), decision.reason, orderLabel(order), rewritten),
        span: date.span,
        fixes: [{ title: l10n.t('Write it {0}: {1}', orderLabel(order), rewritten),
 edits: [{ ...span, newText }] }],
      });
    }
  },
);
