import { CalendarDate, fromDayNumber } from '../dates/dates';
import { formatWeekday, readDayColumn } from '../dates/days';
import { Page, Table, dayTables } from '../page/page';

/** A path or title with week `from` renumbered to `to`: `1.4-Week4/_index.md` → `1.5-Week5/_index.md`. */
export function replaceWeek(text: string, from: number, to: number): string {
  const pattern = new RegExp(`(\\.|week[-_ .]?|tuần[-_ .]?|tuan[-_ .]?|week\\s*[:#-]?\\s*)(0*)${from}(?!\\d)`, 'gi');
  return text.replace(pattern, (_m, prefix: string, zeros: string) => `${prefix}${String(to).padStart(zeros.length + String(from).length, '0')}`);
}

/** The model page's path with its week renumbered below `content/` (the site's own folders keep their names). */
export function weekPathLike(path: string, from: number, to: number): string {
  const normal = path.replace(/\\/g, '/');
  const content = normal.lastIndexOf('/content/');
  const cut = content >= 0 ? content + 9 : normal.lastIndexOf('/') + 1;
  return path.slice(0, cut) + replaceWeek(path.slice(cut), from, to);
}

/**
 * Week `week`'s page in `model`'s conventions (another week of the same language): its front matter with title, `pre`,
 * `weight` and `date` renumbered, its headings, and an empty day table dated from `monday` (a day number) when known.
 */
export function weekTextLike(model: Page, week: number, monday: number | undefined, order: 'dmy' | 'mdy' | undefined): string {
  const eol = model.eol;
  const from = model.identity.week ?? week - 1;
  const lines: string[] = [];
  const bodyStart = model.bodyLine < model.lines.lineCount ? model.lines.lines[model.bodyLine].start : model.text.length;
  if (model.frontMatter) {
    for (const line of model.text.slice(0, bodyStart).replace(/^\uFEFF/, '').split(/\r?\n/)) {
      if (/^title\s*:/i.test(line)) lines.push(replaceWeek(line, from, week));
      else if (/^pre\s*:/i.test(line)) lines.push(line.replace(new RegExp(`(\\d+\\s*\\.\\s*0*)${from}(?!\\d)`), `$1${week}`));
      else if (/^weight\s*:/i.test(line) && model.identity.weight) lines.push(line.replace(/[+-]?\d+(\.\d+)?/, String(nextWeight(model.identity.weight.value, from, week))));
      else if (/^date\s*:/i.test(line) && monday !== undefined) lines.push(line.replace(/\d{4}-\d{2}-\d{2}/, isoOf(fromDayNumber(monday))));
      else lines.push(line);
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    lines.push('');
  }
  const table = dayTables(model)[0];
  const tableHeading = table ? [...model.headings].filter((h) => h.line < model.lines.positionAt(table.span.start).line).pop() : undefined;
  for (const heading of model.headings) {
    lines.push(`${'#'.repeat(heading.level)} ${replaceWeek(heading.text, from, week)}`, '');
    if (table && heading === tableHeading) lines.push(...emptyTable(model, table, monday, order), '');
  }
  if (table && !tableHeading) lines.push(...emptyTable(model, table, monday, order), '');
  return lines.join(eol);
}

function nextWeight(weight: number, from: number, to: number): number {
  // `weight: 11` for week 1 (a fixed offset) continues the same offset; otherwise the weight follows the week.
  return Number.isInteger(weight) ? weight + (to - from) : to;
}

export function isoOf(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function emptyTable(model: Page, table: Table, monday: number | undefined, order: 'dmy' | 'mdy' | undefined): string[] {
  const text = model.text;
  const out = [text.slice(table.header.span.start, table.header.span.end), text.slice(table.delimiter.span.start, table.delimiter.span.end)];
  const dayColumn = readDayColumn(table);
  const weekdays = new Set<number>();
  for (const value of dayColumn?.values ?? []) if (value.kind === 'weekday') value.weekdays.forEach((w) => weekdays.add(w));
  const days = weekdays.size > 0 ? [...weekdays].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)) : [1, 2, 3, 4, 5];
  const sampleDate = table.rows.map((r) => table.cell(r, 'start') ?? table.cell(r, 'date')).find((c) => c && /\d/.test(c.text))?.text ?? '';
  const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(sampleDate.trim());
  const separator = /\d([/.-])\d/.exec(sampleDate)?.[1] ?? '/';
  const pad = /(^|\D)0\d/.test(sampleDate) || sampleDate === '';
  const writeDate = (date: CalendarDate) => {
    if (iso) return isoOf(date);
    const d = pad ? String(date.day).padStart(2, '0') : String(date.day);
    const m = pad ? String(date.month).padStart(2, '0') : String(date.month);
    return order === 'mdy' ? `${m}${separator}${d}${separator}${date.year}` : `${d}${separator}${m}${separator}${date.year}`;
  };
  for (const weekday of days) {
    const cells = table.roles.map((role) => {
      if (role === 'day' && dayColumn?.style) return formatWeekday(weekday, dayColumn.style);
      if ((role === 'start' || role === 'end' || role === 'date') && monday !== undefined) return writeDate(fromDayNumber(monday + ((weekday + 6) % 7)));
      return '';
    });
    out.push(`| ${cells.join(' | ')} |`.replace(/ {2}\|/g, ' |'));
  }
  return out;
}
