import {
  CalendarDate,
  Cell,
  DayStyle,
  Page,
  PageDates,
  Row,
  Table,
  WrittenDate,
  dayNumber,
  dayTables,
  formatWeekday,
  fromDayNumber,
  frontMatterDate,
  mondayOf,
  pageLanguage,
  readDayColumn,
  weekdayOf,
} from '../core';
import { nextWorkingDate, writeLike } from './dayRows';

/** The Day or date cell of a day-table row under the cursor. */
export interface CellAt {
  readonly table: Table;
  readonly row: Row;
  readonly column: number;
  /** Undefined when the cursor is past the row's last pipe, in a cell not written yet. */
  readonly cell: Cell | undefined;
  readonly role: 'day' | 'start' | 'end' | 'date';
}

/** The Day, Start, Completion or Date cell of a day-table body row holding `offset`; undefined anywhere else. */
export function cellAt(page: Page, offset: number): CellAt | undefined {
  for (const table of dayTables(page)) {
    const row = table.rows.find((r) => offset >= r.span.start && offset <= r.span.end);
    if (!row) continue;
    let column = row.cells.findIndex((c) => offset >= c.rawSpan.start && offset <= c.rawSpan.end);
    const last = row.cells[row.cells.length - 1];
    // Past the last cell: a new cell after a closing pipe, or still the last cell while it has none.
    if (column < 0 && last && offset > last.rawSpan.end) column = row.trailingPipe ? row.cells.length : row.cells.length - 1;
    if (column < 0) return undefined;
    const role = table.roles[column];
    if (role !== 'day' && role !== 'start' && role !== 'end' && role !== 'date') return undefined;
    return { table, row, column, cell: row.cells[column], role };
  }
  return undefined;
}

/** One weekday a Day cell could hold, written in the table's style. */
export interface DayChoice {
  readonly weekday: number;
  readonly text: string;
  /** The day this row most likely is: its date's weekday, else the next day no other row has. */
  readonly expected: boolean;
  /** Another row of the table already names this day. */
  readonly used: boolean;
  /** The date of that weekday in the page's week, when the week is known. */
  readonly date: CalendarDate | undefined;
}

const DEFAULT_STYLE: DayStyle = { kind: 'number', letterCase: 'title', decomposed: false };
const MONDAY_FIRST = [1, 2, 3, 4, 5, 6, 0];

/** The weekdays for a Day cell, expected day first, then the unused days, then the used ones (each in week order). */
export function dayChoices(dates: PageDates, at: CellAt): DayChoice[] | undefined {
  const column = readDayColumn(at.table);
  if (column?.ordinal || column?.holdsDates) return undefined;
  const style = column?.style ?? DEFAULT_STYLE;
  const rowIndex = at.table.rows.indexOf(at.row);
  const used = new Set<number>();
  column?.values.forEach((v, i) => {
    if (i !== rowIndex && v.kind === 'weekday') v.weekdays.forEach((w) => used.add(w));
  });
  const dated = dates.rows.find((r) => r.row === at.row);
  const ownDate = dated?.startDate?.date;
  let expected: number | undefined = ownDate ? weekdayOf(ownDate) : undefined;
  if (expected === undefined) {
    const before = column?.values.slice(0, Math.max(rowIndex, 0)).filter((v) => v.kind === 'weekday') ?? [];
    const previous = before[before.length - 1];
    const after = previous?.kind === 'weekday' && previous.weekdays.length > 0 ? MONDAY_FIRST.indexOf(previous.weekdays[previous.weekdays.length - 1]) + 1 : 0;
    expected = [...MONDAY_FIRST.slice(after), ...MONDAY_FIRST.slice(0, after)].find((w) => !used.has(w)) ?? MONDAY_FIRST[after % 7];
  }
  const monday = weekMonday(dates);
  const choice = (weekday: number): DayChoice => ({
    weekday,
    text: formatWeekday(weekday, style),
    expected: weekday === expected,
    used: used.has(weekday),
    date: monday === undefined ? undefined : fromDayNumber(monday + MONDAY_FIRST.indexOf(weekday)),
  });
  const rest = MONDAY_FIRST.filter((w) => w !== expected).map(choice);
  return [choice(expected), ...rest.filter((c) => !c.used), ...rest.filter((c) => c.used)];
}

/** One date a Start or Completion cell could hold, written the way the page writes its dates. */
export interface DateChoice {
  readonly date: CalendarDate;
  readonly text: string;
  /** The row's own working day: its start date for a Completion cell, else its Day's date in the week. */
  readonly expected: boolean;
}

/** The week's Monday–Friday for a date cell, the row's expected date first; undefined when the week is unknown. */
export function dateChoices(dates: PageDates, at: CellAt): DateChoice[] | undefined {
  const monday = weekMonday(dates);
  if (monday === undefined) return undefined;
  const rowIndex = at.table.rows.indexOf(at.row);
  const tableRows = dates.rows.filter((r) => r.table === at.table);
  const dated = tableRows.find((r) => r.row === at.row);
  let expected: CalendarDate | undefined;
  if (at.role === 'end' && dated?.startDate?.date) expected = dated.startDate.date;
  const column = readDayColumn(at.table);
  const weekdays = dated?.day.kind === 'weekday' && !column?.ordinal && !column?.holdsDates ? dated.day.weekdays : [];
  if (!expected && weekdays.length > 0) {
    const weekday = at.role === 'end' ? weekdays[weekdays.length - 1] : weekdays[0];
    expected = fromDayNumber(monday + MONDAY_FIRST.indexOf(weekday));
  }
  if (!expected) {
    const previous = tableRows
      .filter((r) => at.table.rows.indexOf(r.row) < rowIndex)
      .reverse()
      .find((r) => r.startDate?.date);
    const last = previous?.endDate?.date ?? previous?.startDate?.date;
    // The next working day while it is in this week, else the weekend day after: never a date of the next week.
    const next = last ? nextWorkingDate(last) : fromDayNumber(monday);
    expected = last && dayNumber(next) > monday + 6 ? fromDayNumber(Math.min(dayNumber(last) + 1, monday + 6)) : next;
  }
  const write = writer(dates, at);
  const first = dayNumber(expected);
  const others = [0, 1, 2, 3, 4].map((i) => monday + i).filter((d) => d !== first);
  return [{ date: expected, text: write(expected), expected: true }, ...others.map((d) => ({ date: fromDayNumber(d), text: write(fromDayNumber(d)), expected: false }))];
}

/** The Monday of the page's week: from its rows' dates, else from the front matter `date`. */
function weekMonday(dates: PageDates): number | undefined {
  if (dates.week) return dates.week.monday;
  const date = frontMatterDate(dates.page)?.date;
  return date ? mondayOf(dayNumber(date)) : undefined;
}

/** Writes dates like the nearest date already written (this cell, its row, the rows above, the page), else in the page's order. */
function writer(dates: PageDates, at: CellAt): (date: CalendarDate) => string {
  const inCell = dates.dates.find((d) => at.cell && d.written.span.start >= at.cell.span.start && d.written.span.end <= at.cell.span.end);
  const rowIndex = at.table.rows.indexOf(at.row);
  const nearest = dates.rows
    .filter((r) => r.start)
    .sort((a, b) => distance(a.row, at, rowIndex) - distance(b.row, at, rowIndex))[0];
  const model: WrittenDate | undefined = inCell?.written ?? nearest?.start ?? dates.dates[0]?.written;
  const read = inCell ?? nearest?.startDate ?? dates.dates[0];
  const order = dates.decision.order ?? read?.order ?? (pageLanguage(dates.page) === 'vi' ? 'dmy' : 'mdy');
  if (model) return (date) => writeLike(date, model, order);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (date) => (order === 'dmy' ? `${pad(date.day)}/${pad(date.month)}/${date.year}` : `${pad(date.month)}/${pad(date.day)}/${date.year}`);
}

function distance(row: Row, at: CellAt, rowIndex: number): number {
  const index = at.table.rows.indexOf(row);
  return index < 0 ? 1000 + Math.abs(row.line - at.row.line) : Math.abs(index - rowIndex) * 2 + (index > rowIndex ? 1 : 0);
}
