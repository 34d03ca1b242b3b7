import type { Page } from './page';
import type { TextEdit } from '../rules/types';
import type { RawTable, Row } from './table';

type StringWidth = typeof import('string-width', { with: { 'resolution-mode': 'import' } });
let loadedStringWidth: StringWidth['default'] | undefined;
/** Loaded on first use: its Unicode tables cost ~30 ms at start-up, which the CLI (never formatting) should not pay. */
function stringWidth(text: string): number {
  // string-width is ESM-only: esbuild bundles it, and Node 20.19+ (and tsx in tests) load it through require.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loadedStringWidth ??= (require('string-width') as StringWidth).default;
  return loadedStringWidth(text);
}

export interface TableFormatOptions {
  /**
   * Cells wider than this (display columns) are left unpadded and do not widen their column, so one long Task
   * cell does not pad every other row with hundreds of spaces. 0 means no limit.
   */
  readonly maxColumnWidth?: number;
  /** Only tables that touch these lines (0-based, inclusive) are formatted; all tables when absent. */
  readonly lines?: { readonly start: number; readonly end: number };
}

/** The default `maxColumnWidth`: wide enough for dates and a lab link or two, narrower than a Task cell of bullets. */
export const DEFAULT_MAX_COLUMN_WIDTH = 80;

type Align = 'none' | 'left' | 'center' | 'right';

/** GFM's delimiter rows need at least one dash; three reads as a table in the source too. */
const MIN_WIDTH = 3;

/**
 * Edits that align every table GFM renders on the page by display width: each cell padded to its column's width,
 * the delimiter row's dashes to match (alignment colons kept), a leading and a trailing pipe on every row.
 * Cell contents (without surrounding spaces) are never changed; one edit per line that changes, none for the line
 * break, so the page keeps its EOL and BOM. Tables GFM shows as text (`page.brokenTables`) and fenced code are
 * left alone.
 */
export function formatTables(page: Page, options: TableFormatOptions = {}): TextEdit[] {
  const max = options.maxColumnWidth && options.maxColumnWidth > 0 ? options.maxColumnWidth : Number.POSITIVE_INFINITY;
  const edits: TextEdit[] = [];
  for (const table of page.tables) {
    const first = table.header.line;
    const last = table.rows.length > 0 ? table.rows[table.rows.length - 1].line : table.delimiter.line;
    if (options.lines && (last < options.lines.start || first > options.lines.end)) continue;
    // A BOM before a table on the first line would be read as part of its first cell.
    if (first === 0 && page.hasBom) continue;
    // Indented 4 columns or more, the lines are an indented code block to GFM: they must stay as written.
    if (indentedAsCode(page.text, table.header.span.start)) continue;
    edits.push(...formatTable(page.text, table, max));
  }
  return edits;
}

/** The edits for one table: the lines it rewrites, each replaced without its line break. */
function formatTable(text: string, table: RawTable, max: number): TextEdit[] {
  const indent = leadingSpaces(text, table.header.span.start, table.header.span.end);
  const body = [table.header, ...table.rows].map((row) => cellTexts(text, row));
  const aligns = cellTexts(text, table.delimiter).map(alignOf);
  const columns = Math.max(aligns.length, ...body.map((cells) => cells.length));
  const widths: number[] = Array.from({ length: columns }, () => MIN_WIDTH);
  const measured = body.map((cells) => cells.map((cell) => displayWidth(cell)));
  measured.forEach((row) =>
    row.forEach((w, i) => {
      if (w <= max && w > widths[i]) widths[i] = w;
    }),
  );
  const lines = new Map<Row, string>();
  [table.header, ...table.rows].forEach((row, r) => {
    if (body[r].length > 0) lines.set(row, indent + joinCells(body[r].map((cell, i) => cell + ' '.repeat(Math.max(0, widths[i] - measured[r][i])))));
  });
  lines.set(table.delimiter, indent + joinCells(aligns.map((align, i) => delimiterCell(align, widths[i]))));
  const edits: TextEdit[] = [];
  for (const [row, line] of lines) {
    if (text.slice(row.span.start, row.span.end) !== line) edits.push({ start: row.span.start, end: row.span.end, newText: line });
  }
  return edits.sort((a, b) => a.start - b.start);
}

/** Columns a string takes in a monospace editor: combining marks 0, CJK and emoji 2. */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/**
 * The cells of a row as GFM splits them, trimmed of spaces and tabs only: a no-break or zero-width space at a
 * cell's edge is content the page shows, so it stays.
 */
export function cellTexts(text: string, row: Row): string[] {
  return row.cells.map((cell) => {
    let start = cell.rawSpan.start;
    let end = cell.rawSpan.end;
    while (start < end && isSpaceOrTab(text.charCodeAt(start))) start++;
    while (end > start && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
    return text.slice(start, end);
  });
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}

function indentedAsCode(text: string, lineStart: number): boolean {
  let columns = 0;
  for (let i = lineStart; columns < 4; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) columns++;
    else if (c === 9) columns += 4 - (columns % 4);
    else return false;
  }
  return true;
}

function leadingSpaces(text: string, start: number, end: number): string {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
  return text.slice(start, i);
}

function joinCells(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function alignOf(cell: string): Align {
  const compact = cell.replace(/\s+/g, '');
  const left = compact.startsWith(':');
  const right = compact.length > 1 && compact.endsWith(':');
  return left && right ? 'center' : left ? 'left' : right ? 'right' : 'none';
}

function delimiterCell(align: Align | undefined, width: number): string {
  switch (align) {
    case 'left':
      return ':' + '-'.repeat(width - 1);
    case 'right':
      return '-'.repeat(width - 1) + ':';
    case 'center':
      return ':' + '-'.repeat(width - 2) + ':';
    default:
      return '-'.repeat(width);
  }
}
