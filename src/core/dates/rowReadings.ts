import { BoundedMap, ownCopy } from './boundedMap';
import { ReadOptions, WrittenDate, movedDate, readDates } from './dates';
import { DayValue, movedDay, readDay } from './days';
import type { Cell, Row } from '../page/table';

/** The dates written in one cell of a date column. */
export interface CellDates {
  readonly dates: readonly WrittenDate[];
  /** Text with digits in it but no date: an attempt at a date that cannot be read. */
  readonly unreadable: boolean;
}

/** Which cells of a day table's rows hold the Day and the dates, and how to read them: all a row's reading depends on but its line. */
export interface RowLayout {
  /** The Day column, or -1. */
  readonly day: number;
  /** The date columns in reading order (start, end when there is one, then the others); -1 where the table has none. */
  readonly dateColumns: readonly number[];
  /** How to read each of `dateColumns`. */
  readonly options: readonly ReadOptions[];
  /** Names the layout: a row kept from under another layout is read again. */
  readonly name: string;
}

/** A row's Day value and the dates of each of its date columns (undefined where the cell has no text). */
export interface RowReading {
  /** Undefined when the table has no Day column. */
  readonly day: DayValue | undefined;
  readonly cells: readonly (CellDates | undefined)[];
  /** The Day and date cells' texts, joined by line breaks: all the page's date order and year anchor take from the row. */
  readonly texts: string;
}

interface Kept {
  readonly offset: number;
  readonly reading: RowReading;
}

/** One parse's rows as read; looked up by `readingKey` only when the same page is parsed again. */
class ParsedRows {
  private readonly rows: Array<{ readonly row: Row; readonly layout: RowLayout; readonly reading: RowReading; readonly key: string | undefined }> = [];
  private byKey: Map<string, Kept> | undefined;

  /** `text` is the page's: held until the page is parsed again, at most a few pages' worth (see LAST_PARSE). */
  constructor(private readonly text: string) {}

  /** `key` when the parse already made it (to look the row up in the parse before). */
  add(row: Row, layout: RowLayout, reading: RowReading, key: string | undefined): void {
    this.rows.push({ row, layout, reading, key });
  }

  find(key: string): Kept | undefined {
    // Built at the next parse of the page: a page parsed once (every page of a CLI run) never keys its rows.
    if (!this.byKey) {
      this.byKey = new Map();
      for (const r of this.rows) this.byKey.set(r.key ?? readingKey(this.text, r.row, r.layout), { offset: r.row.span.start, reading: r.reading });
    }
    return this.byKey.get(key);
  }
}

/**
 * Each lately parsed page's rows, by path: the editor parses a page again on every keystroke, and only that page's
 * last parse is worth keeping. Kept across every page, the rows of a cold run outlived their pages by thousands and
 * tripled the CLI's peak memory.
 */
const LAST_PARSE = new BoundedMap<ParsedRows>(8);
const EMPTY: DayValue = { kind: 'empty' };

/**
 * Reads the Day and date cells of the rows of one parse of the page at `path` whose text is `text`: a row whose Day
 * and date cells did not change since the page's last parse reads as before, moved when an edit above it changed its place.
 */
export function rowReader(path: string, text: string): (row: Row, layout: RowLayout) => RowReading {
  const before = LAST_PARSE.get(path);
  const now = new ParsedRows(text);
  LAST_PARSE.set(path, now);
  return (row, layout) => {
    // Found by what a reading depends on, not by the whole line: an edit in the Task cell keeps the row's dates.
    const key = before ? readingKey(text, row, layout) : undefined;
    const kept = key !== undefined ? before?.find(key) : undefined;
    const reading = kept ? (kept.offset === row.span.start ? kept.reading : movedRow(kept.reading, row.span.start - kept.offset)) : readCells(text, row, layout);
    now.add(row, layout, reading, key);
    return reading;
  };
}

/** The layout, then each Day and date cell's text after where it starts in the row (-1: no cell); no cell holds a line break. */
function readingKey(text: string, row: Row, layout: RowLayout): string {
  const at = row.span.start;
  let key = layout.name + keyPart(text, at, layout.day >= 0 ? row.cells[layout.day] : undefined);
  for (const index of layout.dateColumns) key += keyPart(text, at, index >= 0 ? row.cells[index] : undefined);
  return key;
}

function keyPart(text: string, at: number, cell: Cell | undefined): string {
  return cell ? `\n${cell.span.start - at}\n${text.slice(cell.span.start, cell.span.end)}` : '\n-1\n';
}

/** A cell's text, copied: what is kept must not hold on to the page's text. */
function cellText(text: string, cell: Cell | undefined): string {
  return cell ? ownCopy(text.slice(cell.span.start, cell.span.end)) : '';
}

function readCells(text: string, row: Row, layout: RowLayout): RowReading {
  const dayCell = layout.day >= 0 ? row.cells[layout.day] : undefined;
  const dayText = cellText(text, dayCell);
  const day = dayCell && dayText !== '' ? dayAt(dayText, dayCell.span.start) : layout.day >= 0 ? EMPTY : undefined;
  // Joined by line breaks, which no cell of a table row can hold.
  let texts = dayText;
  const cells: (CellDates | undefined)[] = [];
  for (let i = 0; i < layout.dateColumns.length; i++) {
    const index = layout.dateColumns[i];
    const cell = index >= 0 ? row.cells[index] : undefined;
    const dateText = cellText(text, cell);
    texts += '\n' + dateText;
    cells.push(cell && dateText !== '' ? datesAt(dateText, cell.span.start, layout.options[i]) : undefined);
  }
  return { day, cells, texts };
}

// Day cells repeat across rows and pages (`2` … `CN`, `Monday`): a few hundred texts cover most sites.
const DAYS = new BoundedMap<{ readonly value: DayValue; readonly offset: number }>(1024);

/** A Day cell's text read at `offset`: a text read before is moved there, not read again. */
function dayAt(text: string, offset: number): DayValue {
  const kept = DAYS.get(text);
  if (kept) return kept.offset === offset ? kept.value : movedDay(kept.value, offset - kept.offset);
  const value = readDay(text, offset);
  DAYS.set(text, { value, offset });
  return value;
}

// A row's completion date is mostly its start date; a page's weeks repeat from page to page in copied tables.
const SHORT_ANY = new BoundedMap<{ readonly value: CellDates; readonly offset: number }>(1024);
const SLASH_ONLY = new BoundedMap<{ readonly value: CellDates; readonly offset: number }>(1024);

/** A date cell's text read at `offset`: a text read before (the same way) is moved there, not read again. */
function datesAt(text: string, offset: number, options: ReadOptions): CellDates {
  const kept = (options.shortWithAnySeparator ? SHORT_ANY : SLASH_ONLY).get(text);
  if (kept) return kept.offset === offset ? kept.value : movedCell(kept.value, offset - kept.offset);
  const dates = readDates(text, offset, options);
  const value = { dates, unreadable: dates.length === 0 && /\d/.test(plain(text)) };
  (options.shortWithAnySeparator ? SHORT_ANY : SLASH_ONLY).set(text, { value, offset });
  return value;
}

function movedCell(cell: CellDates, by: number): CellDates {
  return cell.dates.length > 0 ? { dates: cell.dates.map((d) => movedDate(d, by)), unreadable: cell.unreadable } : cell;
}

function movedRow(reading: RowReading, by: number): RowReading {
  return {
    day: reading.day && movedDay(reading.day, by),
    cells: reading.cells.map((c) => c && movedCell(c, by)),
    texts: reading.texts,
  };
}

/** Cell text without Markdown emphasis, HTML tags and entities: what a reader sees. */
export function plain(text: string): string {
  return text.replace(/<[^>]*>|&[a-z]+;|[*_~`]/gi, ' ').trim();
}
