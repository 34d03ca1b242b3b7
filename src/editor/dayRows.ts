import { CalendarDate, DayStyle, Page, PageDates, Table, WrittenDate, dayTables, formatWeekday, readDayColumn } from '../core';

/** Where a new day row goes: the table, and the rows above it (a half-typed `|` line excluded). */
export interface RowSlot {
  readonly table: Table;
  /** The line the new row replaces (an empty or `|` line right below the table). */
  readonly line: number;
}

/** The table whose last row is right above `line` (or is `line` itself when it holds only `|`). */
export function rowSlotAt(page: Page, line: number, lineText: string): RowSlot | undefined {
  const trimmed = lineText.trim();
  if (trimmed !== '' && trimmed !== '|') return undefined;
  for (const table of dayTables(page)) {
    const rows = table.rows.filter((r) => r.line !== line);
    const last = rows.length > 0 ? rows[rows.length - 1].line : table.delimiter.line;
    if (last === line - 1) return { table, line };
  }
  return undefined;
}

/** The last day table's end: where "Insert day row" puts a row when the cursor is not below a table. */
export function lastRowLine(page: Page): number | undefined {
  const tables = dayTables(page);
  const table = tables[tables.length - 1];
  if (!table) return undefined;
  return table.rows.length > 0 ? table.rows[table.rows.length - 1].line : table.delimiter.line;
}

const toUtc = (d: CalendarDate) => Date.UTC(d.year, d.month - 1, d.day);
const fromUtc = (ms: number): CalendarDate => {
  const d = new Date(ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};
const DAY_MS = 86_400_000;

/** The next Monday–Friday after `date`. */
export function nextWorkingDate(date: CalendarDate): CalendarDate {
  let ms = toUtc(date) + DAY_MS;
  while ([0, 6].includes(new Date(ms).getUTCDay())) ms += DAY_MS;
  return fromUtc(ms);
}

export function weekdayOfDate(date: CalendarDate): number {
  return new Date(toUtc(date)).getUTCDay();
}

/** `date` written the way `model` is: same order, separator, zero padding and year (numeric), else ISO. */
export function writeLike(date: CalendarDate, model: WrittenDate | undefined, order: 'dmy' | 'mdy' | undefined): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  if (!model || model.shape === 'iso') return `${date.year}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
  if (model.shape !== 'numeric') {
    const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    return `${names[date.month - 1]} ${date.day}${model.year ? `, ${date.year}` : ''}`;
  }
  const dayFirst = (order ?? 'dmy') === 'dmy';
  const [a, b] = dayFirst ? [date.day, date.month] : [date.month, date.day];
  const width = (text: string) => (text.length >= 2 ? 2 : 1);
  const first = pad(a, width(model.first.text));
  const second = pad(b, width(model.second.text));
  const year = model.year ? `${model.separator}${model.year.text.length === 2 ? String(date.year).slice(2) : date.year}` : '';
  return `${first}${model.separator}${second}${year}`;
}

/** The values a new row after the table's last one gets: the next Day and working date, written the table's way. */
export interface NewRow {
  readonly day: string | undefined;
  readonly date: string | undefined;
  /** The cells, in column order, with `$TASK` where the task text goes. */
  readonly cells: readonly string[];
}

/** The row after the table's last one (the line `excludeLine` left out), with `dates` read in the page's date order. */
export function nextRow(dates: PageDates, table: Table, excludeLine?: number): NewRow {
  const decision = dates.decision;
  const rows = table.rows.filter((r) => r.line !== excludeLine);
  const dated = dates.rows.filter((r) => r.table === table && r.row.line !== excludeLine);
  const lastDated = [...dated].reverse().find((r) => r.startDate?.date);
  const lastDate = lastDated?.startDate?.date;
  const next = lastDate ? nextWorkingDate(lastDated?.endDate?.date && toUtc(lastDated.endDate.date) > toUtc(lastDate) ? lastDated.endDate.date : lastDate) : undefined;
  const column = readDayColumn(table);
  const style: DayStyle = column?.style ?? { kind: 'number', letterCase: 'title', decomposed: false };
  let weekday: number | undefined = next ? weekdayOfDate(next) : undefined;
  if (weekday === undefined && column) {
    const values = column.values.filter((_, i) => table.rows[i]?.line !== excludeLine);
    const last = [...values].reverse().find((v) => v.kind === 'weekday');
    if (last && last.kind === 'weekday') {
      const w = last.weekdays[last.weekdays.length - 1];
      weekday = w >= 5 || w === 0 ? 1 : w + 1;
    } else if (rows.length === 0) {
      weekday = 1;
    }
  }
  const day = weekday !== undefined && column && !column.ordinal && !column.holdsDates ? formatWeekday(weekday, style) : undefined;
  const model = lastDated?.start;
  const date = next ? writeLike(next, model, lastDated?.startDate?.order ?? decision.order) : undefined;
  const cells = table.header.cells.map((_, i) => {
    switch (table.roles[i]) {
      case 'day':
        return day ?? (column?.ordinal ? String(rows.length + 1) : '');
      case 'task':
        return '- $TASK';
      case 'start':
      case 'end':
      case 'date':
        return date ?? '';
      default:
        return '';
    }
  });
  return { day, date, cells };
}

/** The row as Markdown, or as a snippet with the cursor in the Task cell. */
export function rowText(row: NewRow, snippet: boolean): string {
  const escape = (s: string) => (snippet ? s.replace(/[$}\\]/g, '\\$&').replace('\\$TASK', '$TASK') : s);
  const cells = row.cells.map((c) => escape(c).replace('$TASK', snippet ? '${1}' : ''));
  const line = `| ${cells.join(' | ')} |`;
  return snippet ? `${line}$0` : line;
}
