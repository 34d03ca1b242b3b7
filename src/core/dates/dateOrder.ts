import * as l10n from '@vscode/l10n';
import type { Config } from '../config';
import { PageCells, modelMemo, readPageCells, yearAnchor } from './dateCells';
import { CalendarDate, DayMonthOrder, NumericDate, WrittenDate, dateProblem, dayNumber, fromDayNumber, orderLabel, possibleOrders, resolveDate, weekdayOf } from './dates';
import { describeRange } from './dateWords';
import { MemoSlot } from '../page/memo';
import type { Page } from '../page/page';

/** Where a page's date order came from, strongest first. */
export type OrderSource = 'config' | 'written' | 'weekday' | 'week' | 'twin' | 'site' | 'none';

/** How to read a page's `a/b/YYYY` dates, and why: what hovers, previews and messages show. */
export interface OrderDecision {
  /** Undefined when nothing decides (then only dates that read the same either way are read). */
  readonly order: DayMonthOrder | undefined;
  readonly source: OrderSource;
  /** For people: "month-first: 10/20/2025 has no month 20". */
  readonly reason: string;
  /** The page provably writes both orders (a part above 12 in each position). */
  readonly mixed: boolean;
  /** Some date on the page reads differently in the two orders, so the order matters. */
  readonly needed: boolean;
  /** Dates that only one order can read: how many each way. */
  readonly provable: { readonly dmy: number; readonly mdy: number };
}

export interface OrderContext {
  readonly config?: Config;
  /** The page of the same week in the site's other language. */
  readonly twin?: Page;
  /** The other week pages of the page's site-language. */
  readonly siblings?: readonly Page[];
}

/** The decision from the page alone, per `dateOrder` setting. */
const ALONE = new MemoSlot<Map<string, OrderDecision>>('date order');
/** Decisions taken with the twin or the site, one object per distinct decision, so the dates read under it are read once. */
const WITH_CONTEXT = new MemoSlot<Map<string, OrderDecision>>('date order with context');
const YEARS = new MemoSlot<Anchors>('year anchors');
const TWIN_DAYS = new MemoSlot<WeakMap<OrderDecision, ReadonlySet<number>>>('twin days');
/** The decision against a twin, per the twin's days (which stay the same object while the twin is unchanged). */
const BY_TWIN = new MemoSlot<WeakMap<ReadonlySet<number>, OrderDecision | null>>('order by twin');
/** A date model's own decisions, by setting and display language. */
const DECISIONS = new MemoSlot<Map<string, OrderDecision>>('date model order');
/** How many pages of a siblings list decide each order alone (one count per list, not per page asking). */
const siteCounts = new WeakMap<readonly Page[], { dmy: number; mdy: number; decided: number }>();

/**
 * Decides whether a page writes day-first or month-first: from dates only one order can read, then from the
 * Day column's weekdays, then from which order keeps the dates within one week, then the twin page's dates,
 * then the site's other weeks. A forced `dateOrder` setting (`dmy` / `mdy`) overrides all of them.
 */
export function decideDateOrder(page: Page, context: OrderContext = {}): OrderDecision {
  const forced = context.config?.dateOrder ?? 'auto';
  const byForced = page.memo.get(ALONE, () => new Map());
  let alone = byForced.get(forced);
  if (!alone) byForced.set(forced, (alone = sharedDecision(page, forced)));
  // The twin and the site only speak when the page itself cannot tell: every other decision is the page's own.
  if (alone.source !== 'none' || (!alone.needed && !alone.mixed)) return alone;
  const base: Base = { mixed: alone.mixed, needed: alone.needed, provable: alone.provable };
  const found = byTwin(page, base, context) ?? bySite(base, context);
  if (!found) return alone;
  const interned = page.memo.get(WITH_CONTEXT, () => new Map());
  const key = `${found.order}\u0000${found.source}\u0000${found.reason}`;
  const known = interned.get(key);
  if (known) return known;
  interned.set(key, found);
  return found;
}

/** The page's own decision, shared with the pages of the same date model (see `modelMemo`) in the same display language. */
function sharedDecision(page: Page, forced: 'auto' | DayMonthOrder): OrderDecision {
  const decisions = modelMemo(page).get(DECISIONS, () => new Map<string, OrderDecision>());
  // The reason is written in the display language, which can change between lints: its word for day-first names it.
  const key = `${forced}|${orderLabel('dmy')}`;
  let decision = decisions.get(key);
  if (!decision) decisions.set(key, (decision = decide(page, readPageCells(page), forced)));
  return decision;
}

/** The page's own decision (its dates, Day column and week), or `none` when they cannot tell. */
function decide(page: Page, cells: PageCells, forced: 'auto' | DayMonthOrder): OrderDecision {
  // One pass, each date's possible orders worked out once: every page of a cold run comes here.
  const provable = { dmy: 0, mdy: 0 };
  const examples: Partial<Record<DayMonthOrder, NumericDate>> = {};
  let needed = false;
  for (let i = 0; i < cells.dates.length; i++) {
    const d = cells.dates[i];
    if (d.shape !== 'numeric' || d.first.value === d.second.value || dateProblem(d) !== undefined) continue;
    const possible = possibleOrders(d);
    if (possible.length === 2) needed = true;
    else if (possible.length === 1) {
      provable[possible[0]]++;
      examples[possible[0]] ??= d;
    }
  }
  const base = { mixed: provable.dmy > 0 && provable.mdy > 0, needed, provable };
  if (forced !== 'auto') {
    return { ...base, mixed: provable[other(forced)] > 0, order: forced, source: 'config', reason: l10n.t('{0}: set by "dateOrder": "{1}" in the settings', orderLabel(forced), forced) };
  }
  if (provable.dmy !== provable.mdy) {
    const order: DayMonthOrder = provable.dmy > provable.mdy ? 'dmy' : 'mdy';
    return { ...base, order, source: 'written', reason: provableReason(order, examples[order] as NumericDate, provable) };
  }
  if (!needed && !base.mixed) {
    return { ...base, order: undefined, source: 'none', reason: l10n.t('every date on this page reads the same day-first or month-first') };
  }
  const year = yearAnchors(page, cells);
  const best = bestWeeks(cells, year);
  return (
    byWeekday(cells, year, base, best) ??
    byWeek(base, best) ?? {
      ...base,
      order: undefined,
      source: 'none',
      reason: base.mixed
        ? l10n.t('the page writes as many dates day-first as month-first, and nothing else tells which it means')
        : l10n.t('the dates could be read either way (no part above 12) and nothing on the page or around it tells which'),
    }
  );
}

type Base = Pick<OrderDecision, 'mixed' | 'needed' | 'provable'>;

function other(order: DayMonthOrder): DayMonthOrder {
  return order === 'dmy' ? 'mdy' : 'dmy';
}

/** "month-first: 10/20/2025 has no month 20". */
function provableReason(order: DayMonthOrder, example: NumericDate, provable: { dmy: number; mdy: number }): string {
  const impossibleMonth = order === 'dmy' ? example.first.value : example.second.value;
  const minority = provable[other(order)];
  const rest =
    minority === 0 ? '' : minority > 1 ? l10n.t('; {0} other dates are written {1}', minority, orderLabel(other(order))) : l10n.t('; {0} other date is written {1}', minority, orderLabel(other(order)));
  return l10n.t('{0}: {1} has no month {2}{3}', orderLabel(order), example.text, impossibleMonth, rest);
}

/** Reads a date in `order`; a date without a year takes the year nearest the page's other dates. */
function read(date: WrittenDate, order: DayMonthOrder, anchor: Anchors): CalendarDate | undefined {
  if (date.year) return resolveDate(date, order);
  const a = anchor[order];
  if (!a) return undefined;
  return nearestYear(date, order, a);
}

/** The reading of a date without a year, in the year before, of, or after `anchor`, nearest its day (the earlier year on a tie). */
export function nearestYear(date: WrittenDate, order: DayMonthOrder | undefined, anchor: { year: number; day: number }): CalendarDate | undefined {
  let best: CalendarDate | undefined;
  let bestDistance = Infinity;
  for (let y = anchor.year - 1; y <= anchor.year + 1; y++) {
    const d = resolveDate(date, order, y);
    if (!d) continue;
    const distance = Math.abs(dayNumber(d) - anchor.day);
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best;
}

type Anchors = Record<DayMonthOrder, { year: number; day: number } | undefined>;

/** The order under which more Day cells name their date's weekday, when it is most of them. */
function byWeekday(cells: PageCells, year: Anchors, base: Base, best: BestWeek): OrderDecision | undefined {
  const matches = { dmy: 0, mdy: 0 };
  const checked = { dmy: 0, mdy: 0 };
  for (const table of cells.tables) {
    if (!table.days || table.days.ordinal || table.days.holdsDates) continue;
    for (const row of table.rows) {
      if (row.day.kind !== 'weekday' || row.day.weekdays.length === 0 || !row.start) continue;
      for (const order of ['dmy', 'mdy'] as const) {
        const date = read(row.start, order, year);
        if (!date) continue;
        checked[order]++;
        if (row.day.weekdays.includes(weekdayOf(date))) matches[order]++;
      }
    }
  }
  for (const order of ['dmy', 'mdy'] as const) {
    const o = other(order);
    if (matches[order] > matches[o] && matches[order] * 2 > checked[order] && !contradictsWeek(best, order)) {
      return {
        ...base,
        order,
        source: 'weekday',
        reason: l10n.t('{0}: the Day column names the weekday of {1} of {2} dates read {0}, but of {3} read {4}', orderLabel(order), matches[order], checked[order], matches[o], orderLabel(o)),
      };
    }
  }
  return undefined;
}

// A Day column that agrees by chance must not win over dates that only fit one week in the other order.
function contradictsWeek(best: BestWeek, order: DayMonthOrder): boolean {
  const mine = best(order);
  const theirs = best(other(order));
  return theirs !== undefined && theirs.count * 2 > theirs.total && theirs.count > (mine?.count ?? 0);
}

type Week = { count: number; total: number; from: CalendarDate; to: CalendarDate } | undefined;
type BestWeek = (order: DayMonthOrder) => Week;

/** `bestWeek` for either order, each computed once: the weekday and week steps both ask for both. */
function bestWeeks(cells: PageCells, year: Anchors): BestWeek {
  const known: Partial<Record<DayMonthOrder, Week>> = {};
  return (order) => (order in known ? known[order] : (known[order] = bestWeek(cells, year, order)));
}

/** The most row start dates that fall within 7 days of each other when read in `order`, and which days those are. */
function bestWeek(cells: PageCells, year: Anchors, order: DayMonthOrder): Week {
  const days = cells.rows
    .flatMap((r) => (r.start ? [read(r.start, order, year)] : []))
    .filter((d): d is CalendarDate => d !== undefined)
    .map(dayNumber)
    .sort((a, b) => a - b);
  if (days.length < 2) return undefined;
  let best = { count: 0, from: days[0], to: days[0] };
  // The days are sorted: the window [from, from + 6] is the slice [low, high), both ends only move right.
  let low = 0;
  let high = 0;
  for (const from of days) {
    while (days[low] < from) low++;
    while (high < days.length && days[high] <= from + 6) high++;
    if (high - low > best.count) best = { count: high - low, from, to: days[high - 1] };
  }
  return { count: best.count, total: days.length, from: fromDayNumber(best.from), to: fromDayNumber(best.to) };
}

/** The order that puts most of the rows within one week when the other cannot. */
function byWeek(base: Base, best: BestWeek): OrderDecision | undefined {
  for (const order of ['dmy', 'mdy'] as const) {
    const mine = best(order);
    const theirs = best(other(order));
    if (mine && mine.count >= 2 && mine.count * 2 > mine.total && mine.count > (theirs?.count ?? 0)) {
      const range = describeRange(mine.from, mine.to);
      const most = theirs?.count ?? 0;
      return {
        ...base,
        order,
        source: 'week',
        reason:
          mine.count === mine.total
            ? l10n.t('{0}: read {0} the dates fall within {1}, read {2} at most {3} within any 7 days', orderLabel(order), range, orderLabel(other(order)), most)
            : l10n.t('{0}: read {0} {4} of {5} dates fall within {1}, read {2} at most {3} within any 7 days', orderLabel(order), range, orderLabel(other(order)), most, mine.count, mine.total),
      };
    }
  }
  return undefined;
}

function yearAnchors(page: Page, cells: PageCells): Anchors {
  return page.memo.get(YEARS, () => ({ dmy: yearAnchor(page, cells, 'dmy'), mdy: yearAnchor(page, cells, 'mdy') }));
}

/** The order under which more of the page's dates are dates its twin writes too. */
function byTwin(page: Page, base: Base, context: OrderContext): OrderDecision | undefined {
  const twin = context.twin;
  if (!twin) return undefined;
  const twinDecision = decideDateOrder(twin, { config: context.config });
  const twinDays = twin.memo.get(TWIN_DAYS, () => new WeakMap()).get(twinDecision) ?? daysWritten(twin, twinDecision);
  if (twinDays.size === 0) return undefined;
  const byDays = page.memo.get(BY_TWIN, () => new WeakMap());
  const known = byDays.get(twinDays);
  if (known !== undefined) return known ?? undefined;
  const cells = readPageCells(page);
  const year = yearAnchors(page, cells);
  const count = (order: DayMonthOrder) => cells.dates.filter((d) => twinDays.has(dayNumber(read(d, order, year) ?? { year: 0, month: 0, day: 0 }))).length;
  const dmy = count('dmy');
  const mdy = count('mdy');
  const order: DayMonthOrder = dmy > mdy ? 'dmy' : 'mdy';
  const decision: OrderDecision | null =
    dmy === mdy ? null : { ...base, order, source: 'twin', reason: l10n.t('{0}: read {0} its dates are the ones its twin {1} writes', orderLabel(order), fileName(twin.path)) };
  byDays.set(twinDays, decision);
  return decision ?? undefined;
}

/** The days a page's dates name, read under its decision. */
function daysWritten(page: Page, decision: OrderDecision): ReadonlySet<number> {
  const cells = readPageCells(page);
  const year = yearAnchor(page, cells, decision.order)?.year;
  const days = new Set(cells.dates.map((d) => resolveDate(d, decision.order, year)).filter((d): d is CalendarDate => d !== undefined).map(dayNumber));
  page.memo.get(TWIN_DAYS, () => new WeakMap()).set(decision, days);
  return days;
}

/** The order most other weeks of the site-language decide for themselves. */
function bySite(base: Base, context: OrderContext): OrderDecision | undefined {
  const siblings = context.siblings ?? [];
  let counts = siteCounts.get(siblings);
  if (!counts) {
    // A page asking for the site's order cannot decide alone, so it never counts itself even when listed.
    const decided = siblings.map((p) => decideDateOrder(p, { config: context.config })).filter((d) => d.order !== undefined && d.source !== 'none');
    const dmy = decided.filter((d) => d.order === 'dmy').length;
    siteCounts.set(siblings, (counts = { dmy, mdy: decided.length - dmy, decided: decided.length }));
  }
  const { dmy, mdy } = counts;
  if (dmy === mdy) return undefined;
  const order: DayMonthOrder = dmy > mdy ? 'dmy' : 'mdy';
  return { ...base, order, source: 'site', reason: l10n.t('{0}, as {1} of {2} other weeks of this site write their dates', orderLabel(order), Math.max(dmy, mdy), counts.decided) };

}

function fileName(path: string): string {
  return path.replace(/\\/g, '/').split('/').slice(-2).join('/');
}
