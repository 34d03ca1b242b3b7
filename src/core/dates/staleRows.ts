import type { Config } from '../config';
import type { Page } from '../page/page';
import { CalendarDate, dayNumber, mondayOf } from './dates';
import { DatedRow, PageDates, siteDates } from './weekDates';

/** A week page's dates beside the weeks numbered just before and after it in its site-language. */
export interface NeighbourWeeks {
  readonly previous: { readonly number: number; readonly monday: number } | undefined;
  readonly next: { readonly number: number; readonly monday: number } | undefined;
}

/**
 * When most rows repeat a neighbouring week's days while the others fall between the two neighbours, the
 * page was copied and only partly updated: the majority is stale, and the rows to blame are those.
 */
export interface StaleMajority {
  /** The rows that repeat the neighbour's week. */
  readonly stale: readonly DatedRow[];
  /** The neighbour whose week they repeat. */
  readonly copiedFrom: { readonly number: number; readonly monday: number };
  /** The days the updated rows share (first and last start day). */
  readonly from: number;
  readonly to: number;
  /** How many rows were updated. */
  readonly updated: number;
}

export function staleMajority(dates: PageDates, neighbours: NeighbourWeeks): StaleMajority | undefined {
  const { week, outside, rows } = dates;
  if (!week || outside.size < 2) return undefined;
  const copiedFrom = [neighbours.previous, neighbours.next].find((n) => n?.monday === week.monday);
  if (!copiedFrom) return undefined;
  const startDay = (r: DatedRow) => dayNumber(r.startDate?.date as CalendarDate);
  const updated = [...outside];
  // The updated rows must share one calendar week, and it must sit strictly between the neighbours.
  const monday = mondayOf(startDay(updated[0]));
  if (updated.some((r) => mondayOf(startDay(r)) !== monday)) return undefined;
  if (neighbours.previous && monday <= neighbours.previous.monday) return undefined;
  if (neighbours.next && monday >= neighbours.next.monday) return undefined;
  const stale = rows.filter((r) => r.startDate?.date && !outside.has(r));
  const days = updated.map(startDay);
  return { stale, copiedFrom, from: Math.min(...days), to: Math.max(...days), updated: updated.length };
}

/** Each week page of a site-language with its dates and the weeks numbered just before and after it. */
export function siteWeeks(pages: readonly Page[], config: Config, twinOf: (page: Page) => Page | undefined): Map<Page, { dates: PageDates; neighbours: NeighbourWeeks }> {
  const weeks = pages
    .filter((p) => p.identity.week !== undefined)
    .map((page) => ({ page, number: page.identity.week as number, dates: siteDates(page, config, twinOf(page), pages) }))
    .sort((a, b) => a.number - b.number);
  const dated = weeks.filter((w) => w.dates.week).map((w) => ({ number: w.number, monday: (w.dates.week as { monday: number }).monday }));
  const result = new Map<Page, { dates: PageDates; neighbours: NeighbourWeeks }>();
  // Both lists are sorted by number: the neighbours' indexes only move forward (a filter per week was quadratic).
  let before = 0;
  let after = 0;
  for (const w of weeks) {
    while (before < dated.length && dated[before].number < w.number) before++;
    while (after < dated.length && dated[after].number <= w.number) after++;
    result.set(w.page, { dates: w.dates, neighbours: { previous: dated[before - 1], next: dated[after] } });
  }
  return result;
}
