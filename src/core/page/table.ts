import { indexWithin } from './inlineSpans';
import { LineIndex, Span, isWhiteSpace, trimSpan } from './text';

export interface Cell {
  /** Between the pipes, spaces included: where an edit of the whole cell goes. */
  readonly rawSpan: Span;
  /** The content without surrounding spaces. */
  readonly span: Span;
  readonly text: string;
}

export interface Row {
  readonly line: number;
  readonly span: Span;
  readonly cells: readonly Cell[];
  readonly leadingPipe: boolean;
  readonly trailingPipe: boolean;
}

/** A GFM table as the renderer sees it: header, delimiter row, then body rows up to a blank line or another block. */
export interface RawTable {
  readonly span: Span;
  readonly header: Row;
  readonly delimiter: Row;
  readonly rows: readonly Row[];
}

const DELIMITER_CELL = /^:?-+:?$/;

/** Splits one line into cells on unescaped pipes, as GFM does (pipes inside code spans split too unless escaped). */
export function splitRow(text: string, start: number, end: number, line: number): Row {
  const content = trimSpan(text, start, end);
  const leadingPipe = text.charCodeAt(content.start) === 124;
  // The cell borders, collected in one array as the pipes are found.
  const bounds: number[] = leadingPipe ? [] : [content.start - 1];
  let pipes = 0;
  let lastPipe = -1;
  for (let i = content.start; i < content.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) {
      i++;
    } else if (c === 124 /* | */) {
      bounds.push(i);
      pipes++;
      lastPipe = i;
    }
  }
  const trailingPipe = pipes > 0 && lastPipe === content.end - 1 && !(leadingPipe && pipes === 1);
  if (!trailingPipe) bounds.push(content.end);
  const cells: Cell[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const rawSpan = { start: bounds[i] + 1, end: bounds[i + 1] };
    const span = trimSpan(text, rawSpan.start, rawSpan.end);
    cells.push({ rawSpan, span, text: text.slice(span.start, span.end) });
  }
  return { line, span: { start, end }, cells, leadingPipe, trailingPipe };
}

function isDelimiterRow(row: Row): boolean {
  if (row.cells.length === 0) return false;
  if (!row.leadingPipe && !row.trailingPipe && row.cells.length === 1) return false;
  return row.cells.every((c) => DELIMITER_CELL.test(c.text.replace(/\s+/g, '')));
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// Lines that open another block end a table, HTML comments and block-level tags included (as in cmark-gfm).
const BLOCK_START = /^ {0,3}(#{1,6}(\s|$)|>|`{3,}|~{3,}|(\*\s*){3,}$|(-\s*){3,}$|(_\s*){3,}$|<!--|<\/?(div|table|p|details|summary|section|script|style|pre|ul|ol|h[1-6]|hr|blockquote|figure)(\s|>|\/>|$))/i;

/** What the line scanner found: tables, plus ATX headings and fenced-code lines for the section reader. */
export interface BlockScan {
  readonly tables: readonly RawTable[];
  /** Header-and-delimiter pairs whose cell counts differ: GFM shows them as plain text, not as a table. */
  readonly brokenTables: readonly RawTable[];
  readonly headings: readonly Heading[];
  /** Lines inside fenced code; no table, heading or link there counts. */
  readonly codeLines: ReadonlySet<number>;
}

export interface Heading {
  readonly line: number;
  readonly level: number;
  readonly span: Span;
  readonly text: string;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;

/** One pass over the body lines: a hand-written scanner, because a full Markdown parse is ~100× slower. */
export function scanBlocks(text: string, lines: LineIndex, fromLine: number): BlockScan {
  const tables: RawTable[] = [];
  const brokenTables: RawTable[] = [];
  const headings: Heading[] = [];
  const codeLines = new Set<number>();
  let fence: string | undefined;
  for (let i = fromLine; i < lines.lineCount; i++) {
    // A BOM before the first line (a page without front matter) is not part of the line, as renderers read it.
    const line = lines.lines[i];
    const lineStart = i === 0 && text.charCodeAt(0) === 0xfeff ? 1 : line.start;
    // A fence or a heading starts with ` ~ or # after at most 3 spaces: other lines skip both regexes and the slice.
    const lead = firstAfterIndent(text, lineStart, line.end);
    const maybeFence = lead === 96 /* ` */ || lead === 126; /* ~ */
    const content = maybeFence || lead === 35 /* # */ ? text.slice(lineStart, line.end) : '';
    if (fence !== undefined) {
      codeLines.add(i);
      const close = maybeFence ? FENCE.exec(content) : null;
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && content.trim() === close[1]) fence = undefined;
      continue;
    }
    const open = maybeFence ? FENCE.exec(content) : null;
    if (open) {
      fence = open[1];
      codeLines.add(i);
      continue;
    }
    const heading = lead === 35 ? HEADING.exec(content) : null;
    if (heading) {
      const inner = heading[2];
      const startOffset = lineStart + content.indexOf(inner, heading[1].length);
      headings.push({ line: i, level: heading[1].length, span: { start: startOffset, end: startOffset + inner.length }, text: inner });
      continue;
    }
    if (i + 1 < lines.lineCount && indexWithin(text, '|', lineStart, line.end) >= 0) {
      const table = readTable(text, lines, i);
      if (table) {
        (table.renders ? tables : brokenTables).push(table);
        i = table.rows.length > 0 ? table.rows[table.rows.length - 1].line : table.delimiter.line;
        continue;
      }
    }
  }
  return { tables, brokenTables, headings, codeLines };
}

/** The first character after at most 3 spaces, or -1 at the end of the line. */
function firstAfterIndent(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
  return i < end ? text.charCodeAt(i) : -1;
}

/** The characters BLOCK_START can begin with: # > ` ~ * - _ or <. */
function mayOpenBlock(c: number): boolean {
  return c === 35 || c === 62 || c === 96 || c === 126 || c === 42 || c === 45 || c === 95 || c === 60;
}

/** `text.slice(start, end).trim() === ''` without the slice. */
function isBlankWithin(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

function readTable(text: string, lines: LineIndex, headerLine: number): (RawTable & { renders: boolean }) | undefined {
  const h = lines.lines[headerLine];
  const d = lines.lines[headerLine + 1];
  if (indexWithin(text, '-', d.start, d.end) < 0) return undefined;
  const header = splitRow(text, h.start, h.end, headerLine);
  const delimiter = splitRow(text, d.start, d.end, headerLine + 1);
  if (!isDelimiterRow(delimiter) || (header.cells.length < 2 && !header.leadingPipe && !header.trailingPipe)) return undefined;
  // GFM requires the delimiter row to match the header cell count exactly, else the lines render as text.
  const renders = delimiter.cells.length === header.cells.length;
  const rows: Row[] = [];
  let last = headerLine + 1;
  for (let i = headerLine + 2; i < lines.lineCount; i++) {
    const line = lines.lines[i];
    const lead = firstAfterIndent(text, line.start, line.end);
    // A row that starts with | (or text) cannot open a block: the slice and the regex are for the few that might.
    if (isBlankWithin(text, line.start, line.end) || (mayOpenBlock(lead) && BLOCK_START.test(text.slice(line.start, line.end)))) break;
    rows.push(splitRow(text, line.start, line.end, i));
    last = i;
  }
  return { span: { start: h.start, end: lines.lines[last].end }, header, delimiter, rows, renders };
}
