import { CalendarDate, DayStyle, Page, PageDates, Table, WrittenDate, dayNumber, dayTables, formatWeekday, fromDayNumber, mondayOf, readDayColumn } from '../core';
type DatedRow = PageDates['rows'][number];

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

/** The values a new row after the table's last one gets: the next Day and date of the same week, written the table's way. */
export interface NewRow {
  readonly day: string | undefined;
  readonly date: string | undefined;
  /** The cells, in column order, with `$TASK` where the task text goes. */
  readonly cells: readonly string[];
  /** True when the week already has its last day (Sunday): a further row would fall outside the week or repeat a day. */
  readonly full: boolean;
}

/** The day after the table's latest date, if it is still in the page's week and its weekday is not taken yet. */
function nextDateInWeek(dates: PageDates, dated: readonly DatedRow[], usedWeekdays: ReadonlySet<number>): { date?: CalendarDate; full: boolean } {
  const days = dated.flatMap((r) => [r.startDate?.date, r.endDate?.date]).filter((d): d is CalendarDate => d !== undefined).map(dayNumber);
  if (days.length === 0) return { full: false };
  const end = dates.week ? dates.week.to : mondayOf(Math.max(...days)) + 6;
  for (let day = Math.max(...days) + 1; day <= end; day++) {
    const date = fromDayNumber(day);
    if (!usedWeekdays.has(weekdayOfDate(date))) return { date, full: false };
  }
  return { full: true };
}

/** The weekday after the last one written, from Monday to Sunday; undefined past Sunday. */
function nextWeekday(used: readonly number[]): number | undefined {
  if (used.length === 0) return 1;
  const last = used[used.length - 1];
  if (last === 0) return undefined;
  for (let w = last + 1; w <= 7; w++) if (!used.includes(w % 7)) return w % 7;
  return undefined;
}

/**
 * The row after the table's last one (the line `excludeLine` left out), with `dates` read in the page's date order.
 * It stays inside the page's week and takes a day no row has: on a week that reaches Sunday it is `full`.
 */
export function nextRow(dates: PageDates, table: Table, excludeLine?: number): NewRow {
  const decision = dates.decision;
  const rows = table.rows.filter((r) => r.line !== excludeLine);
  const dated = dates.rows.filter((r) => r.table === table && r.row.line !== excludeLine);
  const lastDated = [...dated].reverse().find((r) => r.startDate?.date);
  const column = readDayColumn(table);
  const values = column ? column.values.filter((_, i) => table.rows[i]?.line !== excludeLine) : [];
  const writtenWeekdays = values.flatMap((v) => (v.kind === 'weekday' ? v.weekdays : []));
  const datedWeekdays = dated.flatMap((r) => (r.startDate?.date ? [weekdayOfDate(r.startDate.date)] : []));
  const inWeek = nextDateInWeek(dates, dated, new Set([...writtenWeekdays, ...datedWeekdays]));
  const next = inWeek.date;
  let weekday: number | undefined = next ? weekdayOfDate(next) : undefined;
  let full = inWeek.full;
  if (weekday === undefined && !full && column && !column.ordinal && !column.holdsDates) {
    weekday = nextWeekday(writtenWeekdays);
    full = weekday === undefined;
  }
  const style: DayStyle = column?.style ?? { kind: 'number', letterCase: 'title', decomposed: false };
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
  return { day, date, cells, full };
}

/** A line break after a row written on the blank `slotLine` when more text follows, so a blank line still separates them. */
export function keptBlankLine(page: Page, slotLine: number): string {
  const below = slotLine + 1 < page.lines.lineCount ? page.lines.lineText(slotLine + 1) : '';
  return page.lines.lineText(slotLine).trim() === '' && below.trim() !== '' ? page.eol : '';
}

/** The row as Markdown, or as a snippet with the cursor in the Task cell. */
export function rowText(row: NewRow, snippet: boolean): string {
  const escape = (s: string) => (snippet ? s.replace(/[$}\\]/g, '\\$&').replace('\\$TASK', '$TASK') : s);
  const cells = row.cells.map((c) => escape(c).replace('$TASK', snippet ? '${1}' : ''));
  const line = `| ${cells.join(' | ')} |`;
  return snippet ? `${line}$0` : line;
}
