import { CalendarDate, dayNumber, describeRange, fromDayNumber } from '../dates';
import type { Page } from '../page';
import type { Span } from '../text';
import { PageDates, contextDates } from '../weekDates';
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
      const dates = contextDates(page, config, twinOf(page), pages.filter((p) => p !== page));
      const week = dates.week;
      if (!week) continue;
      const inside = dates.rows.filter((r) => r.startDate?.date && !dates.outside.has(r)).map((r) => dayNumber(r.startDate?.date as CalendarDate));
      weeks.push({ page, number: page.identity.week, dates, from: Math.min(...inside), to: Math.max(...inside), monday: week.monday });
    }
    weeks.sort((a, b) => a.number - b.number);
    weeks.forEach((week, i) => {
      const earlier = weeks.slice(0, i).filter((w) => w.number !== week.number);
      const same = earlier.find((w) => w.monday === week.monday && w.from <= week.to && week.from <= w.to);
      if (same) {
        report(week.page, {
          message: `Week ${week.number}'s rows (${range(week)}) fall in the same calendar week as week ${same.number}'s (${range(same)}); each week should have its own dates.`,
          span: firstDateSpan(week),
          related: [{ path: same.page.path, span: firstDateSpan(same), message: `week ${same.number} covers the same week` }],
        });
        return;
      }
      const previous = earlier[earlier.length - 1];
      if (previous && week.from < previous.from) {
        report(week.page, {
          message: `Week ${week.number} starts on ${describe(week.from)}, before week ${previous.number} (which starts on ${describe(previous.from)}).`,
          span: firstDateSpan(week),
          related: [{ path: previous.page.path, span: firstDateSpan(previous), message: `week ${previous.number} starts later` }],
        });
      }
    });
  },
};

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
