import * as l10n from '@vscode/l10n';
import { CalendarDate, dayNumber, fromDayNumber } from '../dates/dates';
import { describeRange } from '../dates/dateWords';
import { MemoSlot } from '../page/memo';
import type { Page } from '../page/page';
import type { Span } from '../page/text';
import { PageDates, siteDates } from '../dates/weekDates';
import { copiedTable } from './contentDuplicateSection';
import { Rule } from './types';

interface Week {
  readonly page: Page;
  readonly number: number;
  readonly dates: PageDates;
  readonly from: number;
  readonly to: number;
  readonly monday: number;
}

export const weekDatesSequence: Rule = {
  code: 'week.dates-sequence',
  defaultSeverity: 'warning',
  description: 'Two weeks of a site-language cover the same calendar week, or week N starts before week N−1 (gaps are fine).',
  checkSiteLanguage({ pages, twinOf, config, report }) {
    const weeks: Week[] = [];
    for (const page of pages) {
      if (page.identity.week === undefined) continue;
      const dates = siteDates(page, config, twinOf(page), pages);
      const week = dates.week;
      if (!week) continue;
      const { from, to } = page.memo.get(SPANS, () => new WeakMap()).get(dates) ?? insideSpan(dates);
      weeks.push({ page, number: page.identity.week, dates, from, to, monday: week.monday });
    }
    weeks.sort((a, b) => a.number - b.number);
    // The weeks numbered before the current one, by Monday: a filter of all earlier weeks per week was quadratic.
    const earlierByMonday = new Map<number, Week[]>();
    let earlier = 0;
    weeks.forEach((week, i) => {
      // Sorted by number: the weeks numbered before this one are a prefix, which only grows.
      for (; earlier < i && weeks[earlier].number < week.number; earlier++) {
        const w = weeks[earlier];
        const list = earlierByMonday.get(w.monday);
        if (list) list.push(w);
        else earlierByMonday.set(w.monday, [w]);
      }
      const same = earlierByMonday.get(week.monday)?.find((w) => w.from <= week.to && week.from <= w.to);
      if (same && !copiedTable(week.page, same.page)) {
        report(week.page, {
          message: l10n.t("Week {0}'s rows ({1}) fall in the same calendar week as week {2}'s ({3}); each week should have its own dates.", week.number, range(week), same.number, range(same)),
          span: firstDateSpan(week),
          related: [{ path: same.page.path, span: firstDateSpan(same), message: l10n.t('week {0} covers the same week', same.number) }],
        });
        return;
      }
      const previous = earlier > 0 ? weeks[earlier - 1] : undefined;
      if (same) return;
      if (previous && week.from < previous.from && !copiedTable(week.page, undefined)) {
        report(week.page, {
          message: l10n.t('Week {0} starts on {1}, before week {2} (which starts on {3}).', week.number, describe(week.from), previous.number, describe(previous.from)),
          span: firstDateSpan(week),
          related: [{ path: previous.page.path, span: firstDateSpan(previous), message: l10n.t('week {0} starts later', previous.number) }],

        });
      }
    });
  },
};

/** First and last start day of the rows inside the page's week, per page and reading (an edit elsewhere in the site does not read this page again). */
const SPANS = new MemoSlot<WeakMap<PageDates, { from: number; to: number }>>('week span');

function insideSpan(dates: PageDates): { from: number; to: number } {
  let from = Infinity;
  let to = -Infinity;
  // A loop, not Math.min(...days): spreading 100,000 rows overflows the call stack.
  for (const r of dates.rows) {
    if (!r.startDate?.date || dates.outside.has(r)) continue;
    const day = dayNumber(r.startDate.date as CalendarDate);
    if (day < from) from = day;
    if (day > to) to = day;
  }
  const span = { from, to };
  dates.page.memo.get(SPANS, () => new WeakMap()).set(dates, span);
  return span;
}

function range(week: Week): string {
  return describeRange(fromDayNumber(week.from), fromDayNumber(week.to));
}

function describe(day: number): string {
  return describeRange(fromDayNumber(day), fromDayNumber(day));
}

function firstDateSpan(week: Week): Span {
  const row = week.dates.rows.find((r) => r.startDate?.date && !week.dates.outside.has(r));
  return row?.startDate?.written.span ?? { start: 0, end: 0 };
}
