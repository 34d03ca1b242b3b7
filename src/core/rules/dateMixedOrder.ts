import * as l10n from '@vscode/l10n';
import { NumericDate, WrittenDate, orderLabel, possibleOrders, swapDayMonth } from '../dates/dates';
import { describeDate } from '../dates/dateWords';
import { ReadDate, dateRule } from '../dates/weekDates';
import type { RelatedLocation, TextEdit } from './types';

/**
 * Writing some dates in the other order is one decision: one finding per page, on its first such date, with the
 * others as related locations and one fix that rewrites them all in the page's order.
 */
export const dateMixedOrder = dateRule(
  {
    code: 'date.mixed-order',
    defaultSeverity: 'warning',
    description: 'One page writes dates both day-first and month-first: provably (a part above 12), or by switching order mid-page (29/09, 30/09, then 10/01 for 1 October). One finding per page.',
  },
  ({ page, dates, cells, decision, switched }, report) => {
    const order = decision.order;
    if (!order) return;
    const other = order === 'dmy' ? 'mdy' : 'dmy';
    const readOf = new Map<WrittenDate, ReadDate>(dates.map((d) => [d.written, d]));
    const targets = cells.dates.filter((date): date is NumericDate => {
      if (date.shape !== 'numeric' || date.first.value === date.second.value) return false;
      if (switched.has(date)) return true;
      const possible = possibleOrders(date);
      return possible.length === 1 && possible[0] !== order;
    });
    if (targets.length === 0) return;
    const rewrite = (date: NumericDate) => {
      const { span, newText } = swapDayMonth(date);
      const text = date.text.slice(0, span.start - date.span.start) + newText + date.text.slice(span.end - date.span.start);
      return { edit: { ...span, newText } as TextEdit, text };
    };
    const [first, ...rest] = targets;
    const firstText = rewrite(first).text;
    // A date that reads either way says which order it was written in only through the day it is among the others.
    const meant = (date: NumericDate) => {
      const read = readOf.get(date)?.date;
      return switched.has(date) && read ? `${orderLabel(other)}, ${describeDate(read)}` : orderLabel(other);
    };
    const related: RelatedLocation[] = rest.map((date) => ({ path: page.path, span: date.span, message: l10n.t('{0} is written {1}; {2} it is {3}', date.text, meant(date), orderLabel(order), rewrite(date).text) }));
    const edits = targets.map((date) => rewrite(date).edit);
    report({
      message:
        rest.length === 0
          ? l10n.t('{0} is written {1}, but this page writes its dates {2}; {3} it is {4}.', first.text, meant(first), decision.reason, orderLabel(order), firstText)
          : rest.length === 1
            ? l10n.t('{0} and one other date are written {1}, but this page writes its dates {2}; rewrite them {3} ({0} is {4}).', first.text, orderLabel(other), decision.reason, orderLabel(order), firstText)
            : l10n.t('{0} and {1} other dates are written {2}, but this page writes its dates {3}; rewrite them {4} ({0} is {5}).', first.text, rest.length, orderLabel(other), decision.reason, orderLabel(order), firstText),
      span: first.span,
      related,
      fixes: [
        {
          title: rest.length === 0 ? l10n.t('Write it {0}: {1}', orderLabel(order), firstText) : l10n.t('Write the {0} dates {1}', targets.length, orderLabel(order)),
          edits,
        },
      ],
    });
  },
);
