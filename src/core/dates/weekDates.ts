import * as l10n from '@vscode/l10n';
import type { Config } from '../config';
import { PageCells, TableRow, YearAnchor, modelMemo, readPageCells, yearAnchor } from './dateCells';
import { OrderDecision, decideDateOrder, nearestYear } from './dateOrder';
import { switchedDates } from './orderSwitch';
import { CalendarDate, DayMonthOrder, WrittenDate, dateProblem, dayNumber, fromDayNumber, mondayOf, orderLabel, orderUsed, possibleOrders, resolveDate, swapDayMonth } from './dates';
import { describeDate } from './dateWords';
import { MemoSlot } from '../page/memo';
import type { Page } from '../page/page';
import type { Fix, Report, Rule, RuleMeta, TextEdit } from '../rules/types';

/** A written date and the calendar day it was read as (undefined when it is no date, or its order is unknown). */
export interface ReadDate {
  readonly written: WrittenDate;
  readonly date: CalendarDate | undefined;
  /** The order it was read in, when that mattered. */
  readonly order: DayMonthOrder | undefined;
  /** Where the year comes from when it was not written. */
  readonly yearFrom: YearAnchor['source'] | undefined;
}

export interface DatedRow extends TableRow {
  readonly startDate: ReadDate | undefined;
  readonly endDate: ReadDate | undefined;
}

/** The days a page's rows share: the calendar week (or any 7 days) holding most of them. */
export interface WeekWindow {
  readonly from: number;
  readonly to: number;
  /** The Monday of the calendar week holding most rows, as a day number. */
  readonly monday: number;
  readonly first: CalendarDate;
}

/** A page's day-table dates read in its decided order. */
export interface PageDates {
  readonly page: Page;
  readonly cells: PageCells;
  readonly decision: OrderDecision;
  readonly rows: readonly DatedRow[];
  /** Every date of the date columns, read. */
  readonly dates: readonly ReadDate[];
  /** Where the rows' start dates gather; undefined with no dated row. */
  readonly week: WeekWindow | undefined;
  /** Rows whose start falls outside `week` while most rows share it. */
  readonly outside: ReadonlySet<DatedRow>;
  /** Dates written in the other order mid-page, read as the author meant them (see `switchedDates`). */
  readonly switched: ReadonlySet<WrittenDate>;
}

const DATES = new MemoSlot<WeakMap<OrderDecision, PageDates>>('dates');

/** A date model read in one order, by index into its `PageCells` dates and rows: the same for every page of that model. */
interface ModelDates {
  readonly dates: readonly (CalendarDate | undefined)[];
  readonly orders: readonly (DayMonthOrder | undefined)[];
  /** Dates read in the other order (see `switchedDates`). */
  readonly switched: readonly number[];
  readonly week: WeekWindow | undefined;
  /** Rows whose start falls outside `week` while most rows share it. */
  readonly outside: readonly number[];
}

/** A date model read in each order: a keystroke outside the dates reads none again. */
const MODEL_DATES = new MemoSlot<Map<DayMonthOrder | 'none', ModelDates>>('date model dates');
const NONE: ReadonlySet<WrittenDate> = new Set();

/** Reads a page's dates under a decision (once per page and decision). */
export function readPageDates(page: Page, decision: OrderDecision): PageDates {
  const byDecision = page.memo.get(DATES, () => new WeakMap());
  const hit = byDecision.get(decision);
  if (hit) return hit;
  const cells = readPageCells(page);
  const order = decision.order;
  const anchor = yearAnchor(page, cells, order);
  const byOrder = modelMemo(page).get(MODEL_DATES, () => new Map<DayMonthOrder | 'none', ModelDates>());
  let model = byOrder.get(order ?? 'none');
  if (!model) byOrder.set(order ?? 'none', (model = readModel(cells, order, anchor)));
  const read = new Map<WrittenDate, ReadDate>();
  const yearFrom = anchor?.source;
  const dates = cells.dates.map((written, i): ReadDate => {
    const r: ReadDate = { written, date: model.dates[i], order: model.orders[i], yearFrom: written.year ? undefined : yearFrom };
    read.set(written, r);
    return r;
  });
  // Fields listed, not spread: a spread copy with two more fields cost about 500 bytes a row.
  const rows: DatedRow[] = cells.rows.map((r) => ({
    table: r.table,
    row: r.row,
    dayCell: r.dayCell,
    day: r.day,
    start: r.start,
    end: r.end,
    startCell: r.startCell,
    endCell: r.endCell,
    filled: r.filled,
    startDate: r.start && read.get(r.start),
    endDate: r.end && read.get(r.end),
  }));
  const outside = new Set(model.outside.map((i) => rows[i]));
  const switched = model.switched.length === 0 ? NONE : new Set(model.switched.map((i) => cells.dates[i]));
  const result: PageDates = { page, cells, decision, rows, dates, week: model.week, outside, switched };
  byDecision.set(decision, result);
  return result;
}

function readModel(cells: PageCells, order: DayMonthOrder | undefined, anchor: YearAnchor | undefined): ModelDates {
  const readIn = (written: WrittenDate, use: DayMonthOrder | undefined): CalendarDate | undefined =>
    // The year nearest the page's other dates: 31/12 next to January dates belongs to the year before.
    written.year || anchor === undefined ? resolveDate(written, use) : nearestYear(written, use, anchor);
  const switchedSet = order ? switchedDates(cells.dates, order, readIn) : NONE;
  const dates: (CalendarDate | undefined)[] = [];
  const orders: (DayMonthOrder | undefined)[] = [];
  const switched: number[] = [];
  for (let i = 0; i < cells.dates.length; i++) {
    const written = cells.dates[i];
    const use = switchedSet.has(written) ? (order === 'dmy' ? 'mdy' : 'dmy') : order;
    if (use !== order) switched.push(i);
    dates.push(readIn(written, use));
    orders.push(orderUsed(written, use));
  }
  // Each row's start is among the page's dates after the previous row's: one walk finds them all.
  const starts: (CalendarDate | undefined)[] = [];
  let at = 0;
  for (const r of cells.rows) {
    if (!r.start) {
      starts.push(undefined);
      continue;
    }
    while (at < cells.dates.length && cells.dates[at] !== r.start) at++;
    starts.push(dates[at]);
  }
  return { dates, orders, switched, ...findWeek(starts) };
}

/**
 * The 7 days most rows start in (a calendar week Monday–Sunday when it holds as many as any other window),
 * and the rows outside it when the rows inside are most of them; `starts` holds each row's start date.
 */
function findWeek(starts: readonly (CalendarDate | undefined)[]): { week: WeekWindow | undefined; outside: number[] } {
  // Indexed loops and no entry arrays: the CLI runs without inlining, where each `for…of` step is an object.
  const rows: number[] = [];
  const days: number[] = [];
  for (let row = 0; row < starts.length; row++) {
    const date = starts[row];
    if (!date) continue;
    rows.push(row);
    days.push(dayNumber(date));
  }
  const outside: number[] = [];
  if (days.length === 0) return { week: undefined, outside };
  const candidates = new Map<number, boolean>();
  for (let i = 0; i < days.length; i++) {
    candidates.set(mondayOf(days[i]), true);
    if (!candidates.has(days[i])) candidates.set(days[i], false);
  }
  // Counted by binary search over the sorted days: a count per candidate by filtering was quadratic in the rows.
  const sorted = [...days].sort((a, b) => a - b);
  let from = 0;
  let count = -1;
  let calendar = false;
  candidates.forEach((isMonday, start) => {
    const n = firstAbove(sorted, start + 6) - firstAbove(sorted, start - 1);
    if (count < 0 || n > count || (n === count && isMonday && !calendar) || (n === count && isMonday === calendar && start < from)) {
      from = start;
      count = n;
      calendar = isMonday;
    }
  });
  const mondays = new Map<number, number>();
  let first = Infinity;
  for (let i = 0; i < days.length; i++) {
    const day = days[i];
    if (day < from || day > from + 6) {
      if (count >= 2 && count * 2 > days.length) outside.push(rows[i]);
      continue;
    }
    mondays.set(mondayOf(day), (mondays.get(mondayOf(day)) ?? 0) + 1);
    if (day < first) first = day;
  }
  // The Monday most rows inside share; the earliest of those tied.
  let monday = 0;
  let most = 0;
  mondays.forEach((n, m) => {
    if (n > most || (n === most && m < monday)) {
      monday = m;
      most = n;
    }
  });
  return { week: { from, to: from + 6, monday, first: fromDayNumber(first) }, outside };
}

/** The index of the first value above `limit` in an ascending list. */
function firstAbove(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] <= limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** True when the page alone cannot tell its date order but its twin or site could. */
export function needsContext(decision: OrderDecision): boolean {
  return decision.order === undefined && decision.source === 'none' && (decision.needed || decision.mixed);
}

/** A page's dates read with the best decision available: the page alone, or with its twin and site when it cannot decide. */
export function contextDates(page: Page, config: Config, twin: Page | undefined, siblings: readonly Page[]): PageDates {
  return readPageDates(page, decideDateOrder(page, { config, twin, siblings }));
}

/**
 * `contextDates` for a page of `pages` (its site-language; the others are its siblings) with its twin. The page
 * itself may stay in the list: a page that asks its site cannot decide alone, so it never counts itself. The
 * decision is one object per page and outcome, so every rule, and every later lint pass, reads the dates once.
 */
export function siteDates(page: Page, config: Config, twin: Page | undefined, pages: readonly Page[]): PageDates {
  return readPageDates(page, decideDateOrder(page, { config, twin, siblings: pages }));
}

/**
 * A page rule over a page's dates. A page that cannot decide its date order alone is checked once its
 * site-language is known (with its twin and sibling weeks); a page linted alone is checked with what it has.
 */
export function dateRule(meta: RuleMeta, check: (dates: PageDates, report: (r: Report) => void, config: Config) => void, applies?: (page: Page) => boolean): Rule {
  return {
    ...meta,
    checkPage({ page, config, standalone, report }) {
      // A rule that can tell from the page alone that it has nothing to say skips reading the dates.
      if (applies && !applies(page)) return;
      const decision = decideDateOrder(page, { config });
      if (needsContext(decision) && !standalone) return;
      check(readPageDates(page, decision), report, config);
    },
    checkSiteLanguage({ pages, twinOf, config, report }) {
      for (const page of pages) {
        if ((applies && !applies(page)) || !needsContext(decideDateOrder(page, { config }))) continue;
        check(siteDates(page, config, twinOf(page), pages), (r) => report(page, r), config);
      }
    },
  };
}

/** "(dates in this page are month-first: 10/20/2025 has no month 20)", for a date whose reading needed an order. */
export function orderNote(read: ReadDate, decision: OrderDecision): string {
  const w = read.written;
  if (w.shape !== 'numeric' || w.first.value === w.second.value || !read.order) return '';
  const possible = possibleOrders(w);
  if (possible.length === 1 && possible[0] !== decision.order) return ' ' + l10n.t('({0} can only be read {1})', w.text, orderLabel(possible[0]));
  return ' ' + l10n.t('(dates in this page are {0})', decision.reason);
}

/** Whether any written date of the page is not a calendar date in either order. */
export function hasInvalidDates(dates: PageDates): boolean {
  return dates.cells.dates.some((d) => dateProblem(d) !== undefined) || dates.cells.cells.some((c) => c.unreadable && !c.shifted);
}

/**
 * A row's start date read in the order the page does not use (`08/09/2025` → Mon 8 Sep on a month-first page),
 * with a fix that rewrites it, and the row's completion date when that was written the same way, in the page's order.
 */
export function otherOrderReading(start: ReadDate, end: ReadDate | undefined, decision: OrderDecision): { date: CalendarDate; order: DayMonthOrder; fix: Fix } | undefined {
  const written = start.written;
  if (written.shape !== 'numeric' || !start.order || !decision.order || written.first.value === written.second.value || possibleOrders(written).length !== 2) return undefined;
  const order: DayMonthOrder = start.order === 'dmy' ? 'mdy' : 'dmy';
  const date = resolveDate(written, order, start.date?.year);
  if (!date) return undefined;
  const swap = swapDayMonth(written);
  const edits: TextEdit[] = [{ ...swap.span, newText: swap.newText }];
  const endWritten = end?.written;
  if (endWritten && endWritten !== written && endWritten.shape === 'numeric' && endWritten.first.value !== endWritten.second.value && possibleOrders(endWritten).length === 2) {
    const endDate = resolveDate(endWritten, order, end?.date?.year);
    if (endDate && dayNumber(endDate) >= dayNumber(date) && dayNumber(endDate) - dayNumber(date) <= 6) {
      const endSwap = swapDayMonth(endWritten);
      edits.push({ ...endSwap.span, newText: endSwap.newText });
    }
  }
  const rewritten = written.text.slice(0, swap.span.start - written.span.start) + swap.newText + written.text.slice(swap.span.end - written.span.start);
  const title =
    edits.length > 1
      ? l10n.t("Write the row's dates {0}: {1} ({2})", orderLabel(start.order), rewritten, describeDate(date))
      : l10n.t('Write the date {0}: {1} ({2})', orderLabel(start.order), rewritten, describeDate(date));
  return { date, order, fix: { title, edits } };

}
