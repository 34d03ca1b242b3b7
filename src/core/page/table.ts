import { HtmlBlockEnd, htmlBlockStart, isMarkdownShortcodeLine, listItemContent, measureIndent } from './blockContext';
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
  /** Columns the site shows: the delimiter row's cells (a wider delimiter row adds empty header cells). */
  readonly columns: number;
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
  // The pipes and backslashes found by native searches in the row (a backslash escapes the character after it): a
  // loop over every character of every row ran in the interpreter.
  const row = text.slice(content.start, content.end);
  let escape = row.indexOf('\\');
  for (let i = 0; ; ) {
    const pipe = row.indexOf('|', i);
    if (escape >= 0 && (pipe < 0 || escape < pipe)) {
      i = escape + 2;
      escape = row.indexOf('\\', i);
      continue;
    }
    if (pipe < 0) break;
    bounds.push(content.start + pipe);
    pipes++;
    lastPipe = content.start + pipe;
    i = pipe + 1;
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

const FENCE = /^(`{3,}|~{3,})/;
// Lines that open another block end a table, HTML comments and block-level tags included (as in cmark-gfm).
const BLOCK_START = /^ {0,3}(#{1,6}(\s|$)|>|`{3,}|~{3,}|(\*\s*){3,}$|(-\s*){3,}$|(_\s*){3,}$|<!--|<\/?(div|table|p|details|summary|section|script|style|pre|ul|ol|h[1-6]|hr|blockquote|figure)(\s|>|\/>|$))/i;

/** Why table-shaped lines show on the site as something other than a table. */
export type TextTableReason = 'delimiter' | 'indented' | 'html';

/** A header and delimiter row Hugo does not render as a table. */
export interface TextTable extends RawTable {
  readonly reason: TextTableReason;
  /** For `indented`: the indentation to remove, in characters, per line. For `html`: the line that opened the HTML block. */
  readonly detail: number;
}

/** Lines starting with a pipe, with no delimiter row under the first: the site shows them as a paragraph of pipes. */
export interface PipeParagraph {
  readonly span: Span;
  readonly firstLine: number;
  readonly lineCount: number;
}

/** What the line scanner found: tables, plus ATX headings and fenced-code lines for the section reader. */
export interface BlockScan {
  readonly tables: readonly RawTable[];
  /** Table-shaped lines the site shows as text or code (delimiter row too short, indented, inside HTML). */
  readonly brokenTables: readonly TextTable[];
  readonly pipeParagraphs: readonly PipeParagraph[];
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

const HEADING = /^(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * One pass over the body lines: a hand-written scanner, because a full Markdown parse is ~100× slower. It follows
 * list items (by indentation) only as far as fences, indented code and HTML blocks need them.
 */
export function scanBlocks(text: string, lines: LineIndex, fromLine: number): BlockScan {
  const tables: RawTable[] = [];
  const brokenTables: TextTable[] = [];
  const pipeParagraphs: PipeParagraph[] = [];
  const headings: Heading[] = [];
  const codeLines = new Set<number>();
  // Content columns of the open list items, innermost last.
  const items: number[] = [];
  let fence: { marker: string; container: number } | undefined;
  let html: { end: HtmlBlockEnd; line: number } | undefined;
  let indentedCode = false;
  let paragraph = false;
  let pipes: { first: number; last: number } | undefined;
  const endPipes = () => {
    if (pipes) pipeParagraphs.push({ span: { start: lines.lines[pipes.first].start, end: lines.lines[pipes.last].end }, firstLine: pipes.first, lineCount: pipes.last - pipes.first + 1 });
    pipes = undefined;
  };
  for (let i = fromLine; i < lines.lineCount; i++) {
    // A BOM before the first line (a page without front matter) is not part of the line, as renderers read it.
    const line = lines.lines[i];
    const lineStart = i === 0 && text.charCodeAt(0) === 0xfeff ? 1 : line.start;
    const blank = isBlankWithin(text, lineStart, line.end);
    if (html) {
      const end = html.end;
      // A table inside a block that runs to the next blank line (<div>…): the site shows its pipes as text.
      const broken = end.until === 'blank' && !blank && i + 1 < lines.lineCount && indexWithin(text, '|', lineStart, line.end) >= 0 ? readTable(text, lines, i) : undefined;
      if (broken) {
        brokenTables.push({ ...broken, reason: 'html', detail: html.line });
        i = lastLine(broken);
      } else if (end.until === 'blank' ? blank : indexWithin(text, end.text, lineStart, line.end) >= 0) html = undefined;
      paragraph = false;
      continue;
    }
    if (blank) {
      if (fence) codeLines.add(i);
      paragraph = false;
      endPipes();
      continue;
    }
    const indent = measureIndent(text, lineStart, line.end);
    // A line less indented than a list item's content closes that item (lazy paragraph lines aside).
    while (items.length > 0 && indent.columns < items[items.length - 1]) items.pop();
    const container = items.length > 0 ? items[items.length - 1] : 0;
    if (fence && indent.columns < fence.container) fence = undefined;
    const c = text.charCodeAt(indent.first);
    const maybeFence = c === 96 /* ` */ || c === 126; /* ~ */
    const relative = indent.columns - container;
    if (fence !== undefined) {
      codeLines.add(i);
      const close = maybeFence && relative < 4 ? FENCE.exec(text.slice(indent.first, line.end)) : null;
      if (close && close[1][0] === fence.marker[0] && close[1].length >= fence.marker.length && text.slice(indent.first, line.end).trim() === close[1]) fence = undefined;
      continue;
    }
    if (relative >= 4 && (indentedCode || !paragraph)) {
      // Indented code: a table here shows as code, so it is recorded with the indentation to remove.
      const broken = !indentedCode && i + 1 < lines.lineCount ? readTable(text, lines, i) : undefined;
      if (broken) {
        brokenTables.push({ ...broken, reason: 'indented', detail: indent.first - lineStart });
        i = lastLine(broken);
      }
      indentedCode = true;
      endPipes();
      continue;
    }
    indentedCode = false;
    // Only lines that may open a block are sliced and matched; most lines are rows or plain text.
    const content = relative < 4 && mayStartBlock(c) ? text.slice(indent.first, line.end) : '';
    const item = c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57) ? listItemContent(content, indent.columns) : -1;
    if (item >= 0) {
      items.push(item);
      paragraph = false;
      endPipes();
      // The item's own text: a fence or a table may start right after the marker; only fences are followed there.
      const inner = measureIndent(text, indent.first + (content.length - content.replace(/^([-*+]|\d{1,9}[.)])/, '').length), line.end);
      const innerText = text.slice(inner.first, line.end);
      const open = FENCE.exec(innerText);
      if (open) {
        fence = { marker: open[1], container: item };
        codeLines.add(i);
      } else paragraph = innerText !== '';
      continue;
    }
    if (maybeFence) {
      const open = FENCE.exec(content);
      if (open && !(open[1][0] === '`' && content.slice(open[1].length).includes('`'))) {
        fence = { marker: open[1], container };
        codeLines.add(i);
        paragraph = false;
        endPipes();
        continue;
      }
    }
    const opened = c === 60 /* < */ ? htmlBlockStart(content, paragraph) : undefined;
    if (opened) {
      endPipes();
      paragraph = false;
      const closesOnItsLine = opened.until === 'text' && indexWithin(text, opened.text, indent.first + 2, line.end) >= 0;
      if (!closesOnItsLine) html = { end: opened, line: i };
      continue;
    }
    if (c === 35 /* # */) {
      const heading = HEADING.exec(content);
      if (heading) {
        const inner = heading[2];
        const startOffset = indent.first + content.indexOf(inner, heading[1].length);
        headings.push({ line: i, level: heading[1].length, span: { start: startOffset, end: startOffset + inner.length }, text: inner });
        paragraph = false;
        endPipes();
        continue;
      }
    }
    if (i + 1 < lines.lineCount && indexWithin(text, '|', lineStart, line.end) >= 0) {
      const table = readTable(text, lines, i);
      if (table) {
        endPipes();
        if (table.renders) tables.push(table);
        else brokenTables.push({ ...table, reason: 'delimiter', detail: 0 });
        i = lastLine(table);
        paragraph = false;
        continue;
      }
    }
    if (c === 124 /* | */ && indexWithin(text, '|', indent.first + 1, line.end) >= 0) {
      if (pipes) pipes.last = i;
      else if (!paragraph) pipes = { first: i, last: i };
    } else endPipes();
    paragraph = true;
  }
  endPipes();
  return { tables, brokenTables, pipeParagraphs, headings, codeLines };
}

function lastLine(table: RawTable): number {
  return table.rows.length > 0 ? table.rows[table.rows.length - 1].line : table.delimiter.line;
}

/** `text.slice(start, end).trim() === ''` without the slice. */
function isBlankWithin(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isWhiteSpace(text.charCodeAt(i))) return false;
  return true;
}

/** The first character after at most 3 spaces, or -1 at the end of the line. */
function firstAfterIndent(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && i - start < 3 && text.charCodeAt(i) === 32) i++;
  return i < end ? text.charCodeAt(i) : -1;
}

/** A list marker, fence, heading, HTML or thematic break can begin with - * + _ digit ` ~ # or <. */
function mayStartBlock(c: number): boolean {
  return c === 45 || c === 42 || c === 43 || c === 95 || (c >= 48 && c <= 57) || c === 96 || c === 126 || c === 35 || c === 60;
}

/** The characters BLOCK_START can begin with: # > ` ~ * - _ or <. */
function mayOpenBlock(c: number): boolean {
  return c === 35 || c === 62 || c === 96 || c === 126 || c === 42 || c === 45 || c === 95 || c === 60;
}

function readTable(text: string, lines: LineIndex, headerLine: number): (RawTable & { renders: boolean }) | undefined {
  const h = lines.lines[headerLine];
  const d = lines.lines[headerLine + 1];
  if (indexWithin(text, '-', d.start, d.end) < 0) return undefined;
  const header = splitRow(text, h.start, h.end, headerLine);
  const delimiter = splitRow(text, d.start, d.end, headerLine + 1);
  if (!isDelimiterRow(delimiter) || (header.cells.length < 2 && !header.leadingPipe && !header.trailingPipe)) return undefined;
  // Hugo's goldmark renders a delimiter row at least as wide as the header (padding the header); a narrower one is text.
  const renders = delimiter.cells.length >= header.cells.length;
  const rows: Row[] = [];
  let last = headerLine + 1;
  for (let i = headerLine + 2; i < lines.lineCount; i++) {
    const line = lines.lines[i];
    const lead = firstAfterIndent(text, line.start, line.end);
    // A row that starts with | (or text) cannot open a block: the slice and the regex are for the few that might.
    if (isBlankWithin(text, line.start, line.end) || (mayOpenBlock(lead) && BLOCK_START.test(text.slice(line.start, line.end)))) break;
    if (lead === 123 /* { */ && isMarkdownShortcodeLine(text.slice(line.start, line.end).trim())) break;
    rows.push(splitRow(text, line.start, line.end, i));
    last = i;
  }
  return { span: { start: h.start, end: lines.lines[last].end }, header, delimiter, rows, renders, columns: Math.max(header.cells.length, delimiter.cells.length) };
}
