import { roleFromHeader } from '../page/columns';
import { BoundedMap } from './boundedMap';
import { DayMonthOrder, ReadOptions, WrittenDate, dayNumber, daysInMonth, fromDayNumber, resolveDate, weekdayOf } from './dates';
import { DayColumn, DayValue, dayColumn } from './days';
import { RowLayout, rowReader } from './rowReadings';
import { frontMatterDate } from './frontMatterDate';
import { MemoSlot, PageMemo } from '../page/memo';
import type { Page, Table } from '../page/page';
import type { Cell, Row } from '../page/table';

export { plain } from './rowReadings';

/** A cell of a date column (Start, Completion, or a single Date column) of a day table, with the dates written in it. */
export interface DatedCell {
  readonly cell: Cell;
  readonly row: Row;
  readonly role: 'start' | 'end' | 'date';
  readonly dates: readonly WrittenDate[];
  /** Text with digits in it but no date: an attempt at a date that cannot be read. */
  readonly unreadable: boolean;
  /** The row has more cells than the header: a `|` in an earlier cell shifted this one, so it may hold other text. */
  readonly shifted: boolean;
}

/** One body row of a day table: its Day value and the dates that start and end it, as written. */
export interface TableRow {
  readonly table: Table;
  readonly row: Row;
  readonly dayCell: Cell | undefined;
  readonly day: DayValue;
  readonly start: WrittenDate | undefined;
  readonly end: WrittenDate | undefined;
  readonly startCell: DatedCell | undefined;
  readonly endCell: DatedCell | undefined;
  /** Some cell has text: rows that are all blank do not count. */
  readonly filled: boolean;
}

export interface DayTableCells {
  readonly table: Table;
  readonly days: DayColumn | undefined;
  readonly rows: readonly TableRow[];
  /** Every cell of its date columns, in row order. */
  readonly cells: readonly DatedCell[];
}

/** What a page's day tables write in their Day and date columns, before any date is read in an order. */
export interface PageCells {
  readonly tables: readonly DayTableCells[];
  readonly rows: readonly TableRow[];
  readonly cells: readonly DatedCell[];
  readonly dates: readonly WrittenDate[];
  /** Names the tables' layouts and each Day and date cell's text: pages with equal keys write the same dates, maybe elsewhere. */
  readonly key: string;
}

const CELLS = new MemoSlot<PageCells>('date cells');

/** Reads the Day and date cells of every day table of a page (once per page; pages are immutable). */
export function readPageCells(page: Page): PageCells {
  return page.memo.get(CELLS, () => {
    const key: string[] = [];
    const readRow = rowReader(page.path, page.text);
    const tables = page.tables.filter((t) => t.isDayTable).map((t) => readTable(t, key, readRow));
    const rows = tables.flatMap((t) => t.rows);
    const cells = tables.flatMap((t) => t.cells);
    return { tables, rows, cells, dates: cells.flatMap((c) => c.dates), key: key.join('\n') };
  });
}

function readTable(table: Table, key: string[], readRow: ReturnType<typeof rowReader>): DayTableCells {
  const layout = rowLayout(table);
  const readings = table.rows.map((row) => readRow(row, layout));
  const days = layout.day >= 0 ? dayColumn(layout.day, readings.map((r) => r.day ?? EMPTY)) : undefined;
  // With the row count, the key reads back one way: each row's texts are its layout's number of lines.
  key.push(`${layout.name}:${table.rows.length}`);
  const cells: DatedCell[] = [];
  const rows = table.rows.map((row, rowIndex): TableRow => {
    const reading = readings[rowIndex];
    key.push(reading.texts);
    const shifted = row.cells.length > table.header.cells.length;
    let startCell: DatedCell | undefined;
    let endCell: DatedCell | undefined;
    for (let i = 0; i < reading.cells.length; i++) {
      const read = reading.cells[i];
      if (!read) continue;
      const index = layout.dateColumns[i];
      const cell: DatedCell = { cell: row.cells[index], row, role: table.roles[index] as DatedCell['role'], dates: read.dates, unreadable: read.unreadable, shifted };
      cells.push(cell);
      if (i === 0) startCell = cell;
      else if (i === 1 && layout.hasEnd) endCell = cell;
    }
    const tableRow: TableRow = {
      table,
      row,
      dayCell: days ? row.cells[days.index] : undefined,
      day: days ? days.values[rowIndex] : EMPTY,
      startCell,
      endCell,
      start: startCell?.dates[0],
      // A single Date column may hold a range (`15/09/2025 - 19/09/2025`): its last date ends the row.
      end: endCell ? endCell.dates[endCell.dates.length - 1] : startCell && startCell.dates.length > 1 ? startCell.dates[startCell.dates.length - 1] : undefined,
      filled: hasText(row),
    };
    return tableRow;
  });
  return { table, days, rows, cells };
}

const EMPTY: DayValue = { kind: 'empty' };
const ANY_SEPARATOR: ReadOptions = { shortWithAnySeparator: true };
const SLASH_ONLY: ReadOptions = { shortWithAnySeparator: false };

/** Which of a day table's columns hold the Day and the dates: start (or a single Date column), end, then any other. */
function rowLayout(table: Table): RowLayout & { readonly hasEnd: boolean } {
  const startColumn = table.column('start') >= 0 ? table.column('start') : table.column('date');
  const endColumn = table.column('end') >= 0 ? table.column('end') : table.column('start') >= 0 ? laterDateColumn(table, table.column('start')) : -1;
  const otherColumns = table.roles.map((role, index) => (role === 'start' || role === 'end' || role === 'date' ? index : -1)).filter((i) => i >= 0 && i !== startColumn && i !== endColumn);
  const hasEnd = endColumn !== startColumn;
  const dateColumns = hasEnd ? [startColumn, endColumn, ...otherColumns] : [startColumn, ...otherColumns];
  // A column headed Start/End/Date may write `15-09` or `15.09`; a Day column turned date column may not (`6-7`, `6.1`).
  const options = dateColumns.map((index) => {
    const headerRole = roleFromHeader(table.header.cells[index]?.text ?? '');
    return headerRole === 'start' || headerRole === 'end' || headerRole === 'date' ? ANY_SEPARATOR : SLASH_ONLY;
  });
  const day = table.column('day');
  return { day, dateColumns, options, hasEnd, name: `${day}:${dateColumns.join(',')}:${options.map((o) => (o === ANY_SEPARATOR ? 'a' : 's')).join('')}` };
}

function hasText(row: Row): boolean {
  for (const cell of row.cells) if (cell.text !== '') return true;
  return false;
}

/** With a Start column but no Completion column, a date column right of Start (`Ngày hoàn thần`, a typo) is the end. */
function laterDateColumn(table: Table, start: number): number {
  return table.roles.findIndex((role, index) => index > start && role === 'date');
}

/** Where the year of dates written without one comes from, and the day they gather around. */
export interface YearAnchor {
  readonly year: number;
  readonly day: number;
  /** The page's dates written with a year; the front matter date; or the front matter's year ± 1 that the Day column's weekdays fit. */
  readonly source: 'dates' | 'front matter' | 'weekdays';
}

/**
 * Memos of the date models seen lately, by `dateModelKey`. A page keeps its own model's memo: this only carries one
 * over to the next parse of an edited page, so a few dozen suffice (a long page's model holds a read date per cell).
 */
const MODELS = new BoundedMap<PageMemo>(64);
const MODEL = new MemoSlot<PageMemo>('date model');
const ANCHORS = new MemoSlot<Map<DayMonthOrder | 'none', YearAnchor | undefined>>('year anchors');

/**
 * What a page's date order and year anchor depend on: its day tables' cells (`PageCells.key`) and its front matter
 * date. Pages with equal keys decide alike: a keystroke outside the Day and date cells decides nothing again.
 */
function dateModelKey(page: Page): string {
  const fm = frontMatterDate(page);
  const date = fm?.date;
  return `${readPageCells(page).key}|${date ? `${date.year}-${date.month}-${date.day}` : ''}|${fm?.placeholder ? 1 : 0}`;
}

/** Values derived from a page's date model alone (order decisions, year anchors, dates read in an order), shared by every page with its key. */
export function modelMemo(page: Page): PageMemo {
  return page.memo.get(MODEL, () => {
    const key = dateModelKey(page);
    let memo = MODELS.get(key);
    if (!memo) MODELS.set(key, (memo = new PageMemo()));
    return memo;
  });
}

/**
 * The year a page's dates written without one belong near: the median of its dates written with a year;
 * else the front matter's date (not the template placeholder), moved a year earlier or later when the
 * Day column names the weekdays of that year better (front matter dates are often a year off).
 */
export function yearAnchor(page: Page, cells: PageCells, order: DayMonthOrder | undefined): YearAnchor | undefined {
  // `cells` are the page's own (readPageCells(page)): the anchor is worked out once per date model and order.
  const byOrder = modelMemo(page).get(ANCHORS, () => new Map<DayMonthOrder | 'none', YearAnchor | undefined>());
  const key = order ?? 'none';
  if (byOrder.has(key)) return byOrder.get(key);
  const anchor = readYearAnchor(page, cells, order);
  byOrder.set(key, anchor);
  return anchor;
}

function readYearAnchor(page: Page, cells: PageCells, order: DayMonthOrder | undefined): YearAnchor | undefined {
  // One list of day numbers, not a list per step: this runs for each order on every page.
  const days: number[] = [];
  for (const d of cells.dates) {
    const date = d.year !== undefined ? resolveDate(d, order) : undefined;
    if (date) days.push(dayNumber(date));
  }
  if (days.length > 0) {
    days.sort((a, b) => a - b);
    const day = days[Math.floor(days.length / 2)];
    return { year: fromDayNumber(day).year, day, source: 'dates' };
  }
  const fm = frontMatterDate(page);
  if (!fm?.date || fm.placeholder) return undefined;
  const written = fm.date;
  const score = (year: number) =>
    cells.tables
      .filter((t) => t.days && !t.days.ordinal && !t.days.holdsDates)
      .flatMap((t) => t.rows)
      .filter((r) => {
        const date = r.start && !r.start.year && r.day.kind === 'weekday' ? resolveDate(r.start, order, year) : undefined;
        return date !== undefined && r.day.kind === 'weekday' && r.day.weekdays.includes(weekdayOf(date));
      }).length;
  const rows = cells.tables.filter((t) => t.days && !t.days.ordinal && !t.days.holdsDates).flatMap((t) => t.rows).filter((r) => r.start && !r.start.year && r.day.kind === 'weekday').length;
  const [top] = [written.year - 1, written.year + 1].map((year) => ({ year, score: score(year) })).sort((a, b) => b.score - a.score);
  // Only clear evidence moves the year: most rows, at least two, and more than the written year explains.
  const best = top.score >= 2 && top.score * 2 > rows && top.score > score(written.year) ? top : { year: written.year };
  const day = Math.min(written.day, daysInMonth(best.year, written.month));
  return { year: best.year, day: dayNumber({ year: best.year, month: written.month, day }), source: best.year === written.year ? 'front matter' : 'weekdays' };
}
