import { CalendarDate, DayMonthOrder, WrittenDate, dayNumber, possibleOrders } from './dates';

/** A date that reads as a different day in the two orders (`10/01`: 10 January or 1 October). */
export function readsBothWays(date: WrittenDate): boolean {
  return date.shape === 'numeric' && date.first.value !== date.second.value && possibleOrders(date).length === 2;
}

/**
 * The dates an author wrote in the other order mid-page (29/09, 30/09, then 10/01, 10/02 meaning 1–2 October).
 * Such a date reads far from the page's other dates in the page's order but among them in the other, and the
 * page's dates gather in one week more tightly with it switched: one decision that explains its consequences
 * (weekday mismatches, rows out of order, a week that drifts), so its cells are read as the author wrote them.
 */
export function switchedDates(
  dates: readonly WrittenDate[],
  order: DayMonthOrder,
  read: (date: WrittenDate, order: DayMonthOrder) => CalendarDate | undefined,
): ReadonlySet<WrittenDate> {
  const other: DayMonthOrder = order === 'dmy' ? 'mdy' : 'dmy';
  const fixed: number[] = [];
  const both: Array<{ date: WrittenDate; mine: number | undefined; theirs: number | undefined }> = [];
  for (const date of dates) {
    if (readsBothWays(date)) {
      const mine = read(date, order);
      const theirs = read(date, other);
      both.push({ date, mine: mine && dayNumber(mine), theirs: theirs && dayNumber(theirs) });
    } else {
      const day = read(date, order);
      if (day) fixed.push(dayNumber(day));
    }
  }
  const none = new Set<WrittenDate>();
  if (fixed.length === 0 || both.length === 0) return none;
  // Within 6 days of a date that reads the same in either order.
  const near = (day: number | undefined) => day !== undefined && fixed.some((f) => Math.abs(f - day) <= 6);
  const candidates = both.filter((b) => !near(b.mine) && near(b.theirs));
  if (candidates.length === 0) return none;
  const switched = new Set(candidates.map((c) => c.date));
  const asWritten = [...fixed, ...both.flatMap((b) => (b.mine === undefined ? [] : [b.mine]))];
  const asSwitched = [...fixed, ...both.flatMap((b) => {
    const day = switched.has(b.date) ? b.theirs : b.mine;
    return day === undefined ? [] : [day];
  })];
  const before = mostInOneWeek(asWritten);
  const after = mostInOneWeek(asSwitched);
  return after > before && after * 2 > asSwitched.length ? switched : none;
}

/** The most day numbers within any 7 consecutive days. */
function mostInOneWeek(days: readonly number[]): number {
  const sorted = [...days].sort((a, b) => a - b);
  let best = 0;
  let low = 0;
  for (let high = 0; high < sorted.length; high++) {
    while (sorted[high] - sorted[low] > 6) low++;
    best = Math.max(best, high - low + 1);
  }
  return best;
}
