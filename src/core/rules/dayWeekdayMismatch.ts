import * as l10n from '@vscode/l10n';
import { dayNumber, orderLabel, weekdayName, weekdayOf } from '../dates/dates';
import { describeDate } from '../dates/dateWords';
import { DayToken, formatWeekday } from '../dates/days';
import { ReadDate, WeekWindow, dateRule, orderNote, otherOrderReading } from '../dates/weekDates';
import type { OrderDecision } from '../dates/dateOrder';
import type { Fix } from './types';

export const dayWeekdayMismatch = dateRule(
  {
    code: 'day.weekday-mismatch',
    defaultSeverity: 'warning',
    description: "The Day cell names a weekday other than the start date's (2 = Monday … 7 = Saturday, CN = Sunday).",
  },
  ({ cells, rows, decision, week, outside }, report) => {
    for (const table of cells.tables) {
      const days = table.days;
      // A table numbered 1..k counts rows, and a Day column of dates names no weekday: nothing to compare.
      if (!days || days.ordinal || days.holdsDates) continue;
      for (const row of rows.filter((r) => r.table === table.table)) {
        const day = row.day;
        const start = row.startDate;
        // A date outside the page's week is `date.outside-week`'s: the date, not the Day, is what looks wrong.
        if (day.kind !== 'weekday' || day.weekdays.length === 0 || !start?.date || !row.dayCell || outside.has(row)) continue;
        const actual = weekdayOf(start.date);
        if (day.weekdays.includes(actual)) continue;
        const fixes: Fix[] = [];
        const token = day.tokens[0];
        if (day.tokens.length === 1) {
          const newText = formatWeekday(actual, days.style ?? token.style);
          fixes.push({ title: l10n.t('Set Day to {0} ({1})', newText, weekdayName(actual)), edits: [{ ...token.span, newText }] });
        }
        const swapped = otherReading(start, row.endDate, decision, day.weekdays, week);
        if (swapped?.fix) fixes.unshift(swapped.fix);
        report({
          message: l10n.t('{0} but {1} is a {2}{3}{4}.', describeDay(day.tokens, day.isRange, day.weekdays), start.written.text, weekdayName(actual), orderNote(start, decision), swapped?.hint ?? ''),
          span: row.dayCell.span,
          fixes,
        });
      }
    }
  },
);

/**
 * When the date read in the other order falls on the Day's weekday (08/09/2025 on a month-first page whose
 * Day says Monday), the date was likely written in the wrong order: say so, and offer to rewrite it.
 */
function otherReading(start: ReadDate, end: ReadDate | undefined, decision: OrderDecision, weekdays: readonly number[], week: WeekWindow | undefined): { hint: string; fix: Fix | undefined } | undefined {
  const other = otherOrderReading(start, end, decision);
  if (!other || !weekdays.includes(weekdayOf(other.date))) return undefined;
  const inWeek = !week || (dayNumber(other.date) >= week.from && dayNumber(other.date) <= week.to);
  return {
    hint: l10n.t("; read {0} it would be {1}, the Day's weekday", orderLabel(other.order), describeDate(other.date)),
    fix: inWeek ? other.fix : undefined,
  };
}

/** "Day 3 is Tuesday", "Day "Thứ Ba" is Tuesday", "Day "2 - 3" covers Monday, Tuesday". */
function describeDay(tokens: readonly DayToken[], isRange: boolean, weekdays: readonly number[]): string {
  const first = tokens[0];
  const label = tokens.length === 1 ? first.text : tokens.map((t) => t.text).join(isRange ? ' - ' : ', ');
  const number = first.style.kind === 'number';
  if (tokens.length > 1) {
    const names = weekdays.map(weekdayName).join(', ');
    return number ? l10n.t('Day {0} covers {1}', label, names) : l10n.t('Day "{0}" covers {1}', label, names);
  }
  return number ? l10n.t('Day {0} is {1}', label, weekdayName(weekdays[0])) : l10n.t('Day "{0}" is {1}', label, weekdayName(weekdays[0]));

}
