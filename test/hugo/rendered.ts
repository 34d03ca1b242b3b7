// What a page's rendered HTML shows, read from Hugo's output (goldmark's HTML is regular enough for patterns).

export interface RenderedTable {
  readonly columns: number;
  /** Body rows, each the text of its cells. */
  readonly rows: readonly (readonly string[])[];
}

export interface Rendered {
  readonly tables: readonly RenderedTable[];
  /** Code blocks whose lines hold a table's delimiter row (`| --- | --- |`). */
  readonly codeTables: number;
  /** Runs of consecutive visible lines that look like table rows, outside tables and code. */
  readonly rawPipeRuns: number;
  readonly rawPipeLines: readonly string[];
}

const TABLE = /<table>\s*<thead>([\s\S]*?)<\/thead>(?:\s*<tbody>([\s\S]*?)<\/tbody>)?\s*<\/table>/g;
const ROW = /<tr>([\s\S]*?)<\/tr>/g;
const CELL = /<t([hd])(?:\s[^>]*)?>([\s\S]*?)<\/t\1>/g;
const PRE = /<pre[^>]*><code[^>]*>([\s\S]*?)<\/code><\/pre>/g;
const DELIMITER_LINE = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$|^\s*\|\s*:?-+:?\s*\|\s*$/;

export function readRendered(html: string): Rendered {
  const tables: RenderedTable[] = [];
  for (const m of html.matchAll(TABLE)) {
    const header = [...m[1].matchAll(ROW)][0]?.[1] ?? '';
    const columns = [...header.matchAll(CELL)].length;
    const rows = [...(m[2] ?? '').matchAll(ROW)].map((r) => [...r[1].matchAll(CELL)].map((c) => text(c[2])));
    tables.push({ columns, rows });
  }
  let codeTables = 0;
  for (const m of html.matchAll(PRE)) if (decode(m[1]).split('\n').some((l) => DELIMITER_LINE.test(l))) codeTables++;
  // Block ends separate runs: two paragraphs of pipes are two things the reader sees.
  const blocks = html.replace(TABLE, '\n\n').replace(PRE, '\n\n').replace(/<\/(p|div|li|h[1-6]|blockquote|ul|ol)>/g, '\n\n');
  const visible = decode(blocks.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]*>/g, ''));
  const rawPipeLines: string[] = [];
  let rawPipeRuns = 0;
  let inRun = false;
  for (const line of visible.split('\n')) {
    const pipes = looksLikeRow(line);
    if (pipes) rawPipeLines.push(line.trim());
    if (pipes && !inRun) rawPipeRuns++;
    inRun = pipes;
  }
  return { tables, codeTables, rawPipeRuns, rawPipeLines };
}

/** A line a reader would take for a table row: it starts or ends with a pipe, or has two. */
function looksLikeRow(line: string): boolean {
  const t = line.trim();
  if (!t.includes('|')) return false;
  return t.startsWith('|') || t.endsWith('|') || t.indexOf('|') !== t.lastIndexOf('|');
}

function text(html: string): string {
  return decode(html.replace(/<[^>]*>/g, '')).trim();
}

function decode(html: string): string {
  return html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&mdash;/g, '—')
    .replace(/&ndash;/g, '–')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

// A column of dates or of day names/numbers: what makes a rendered table a table of days, without our classifier.
const DATED = /\b\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{1,5})?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b/i;
const DAY = /^(?:\d{1,2}(?:\s*-\s*\d{1,2})?|cn|t[2-7]|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|thứ\s*\S+|chủ nhật|(?:day|ngày|buổi)\s*\d+|hai|ba|tư|năm|sáu|bảy)\b/i;

/** A rendered table with a column mostly of dates or day values. */
export function isDayTableShown(table: RenderedTable): boolean {
  for (let c = 0; c < table.columns; c++) {
    const values = table.rows.map((r) => r[c] ?? '').filter((v) => v !== '');
    if (values.length === 0) continue;
    const dated = values.filter((v) => v.length <= 40 && (DATED.test(v) || DAY.test(v))).length;
    if (dated * 2 >= values.length + 1 || dated === values.length) return true;
  }
  return false;
}
