import { ColumnRole, classifyColumns, taskByContent } from './columns';
import { FrontMatter, readFrontMatter } from './frontMatter';
import { WeekIdentity, readIdentity } from './identity';
import { Link, findLinks } from './links';
import { PageMemo } from './memo';
import { Section, readSections } from './sections';
import { Suppressions, readSuppressions } from './suppressions';
import { Cell, Heading, PipeParagraph, RawTable, Row, TextTable, scanBlocks } from './table';
import { BOM, LineIndex, detectEol } from './text';

/** A table with its columns' roles; `column(role)` is the index of the first column with that role, or -1. */
export interface Table extends RawTable {
  readonly roles: readonly ColumnRole[];
  /** A table of days: it has a Task column and a Day or date column. */
  readonly isDayTable: boolean;
  column(role: ColumnRole): number;
  cell(row: Row, role: ColumnRole): Cell | undefined;
}

/** Everything rules, fixes and editor features read from one page; plain data, immutable once built. */
export interface Page {
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  readonly eol: '\n' | '\r\n';
  readonly hasBom: boolean;
  readonly frontMatter: FrontMatter | undefined;
  readonly identity: WeekIdentity;
  readonly tables: readonly Table[];
  /** Table-shaped lines the site shows as text or code: delimiter row too short, indented 4 spaces, inside an HTML block. */
  readonly brokenTables: readonly TextTable[];
  /** Lines starting with a pipe with no delimiter row under them: shown as a paragraph of pipes. */
  readonly pipeParagraphs: readonly PipeParagraph[];
  readonly headings: readonly Heading[];
  readonly sections: readonly Section[];
  readonly links: readonly Link[];
  /** Lines inside fenced code: no link, table or heading there counts. */
  readonly codeLines: ReadonlySet<number>;
  readonly suppressions: Suppressions;
  /** The first line after the front matter. */
  readonly bodyLine: number;
  /** What rules and views derive from the page, computed once (the page never changes). */
  readonly memo: PageMemo;
}

export function parsePage(path: string, text: string): Page {
  const lines = new LineIndex(text);
  const frontMatter = readFrontMatter(text, lines);
  const bodyLine = frontMatter ? (frontMatter.closeSpan ? lines.positionAt(frontMatter.closeSpan.start).line + 1 : lines.lineCount) : 0;
  const blocks = scanBlocks(text, lines, bodyLine);
  const bodyStart = bodyLine < lines.lineCount ? lines.lines[bodyLine].start : text.length;
  const links = findLinks(text, bodyStart, text.length, lines.lines.slice(bodyLine)).filter((l) => !blocks.codeLines.has(lines.lineAt(l.fullSpan.start)));
  return {
    path,
    text,
    lines,
    eol: detectEol(text),
    hasBom: text.startsWith(BOM),
    frontMatter,
    identity: readIdentity(path, frontMatter),
    tables: blocks.tables.map(toTable),
    brokenTables: blocks.brokenTables,
    pipeParagraphs: blocks.pipeParagraphs,
    headings: blocks.headings,
    sections: readSections(blocks.headings, lines),
    links,
    codeLines: blocks.codeLines,
    suppressions: readSuppressions(text, lines),
    bodyLine,
    memo: new PageMemo(),
  };
}

function toTable(raw: RawTable): Table {
  const roles = classifyColumns(raw);
  taskByContent(raw, roles);
  const column = (role: ColumnRole) => roles.indexOf(role);
  const hasWhen = roles.includes('day') || roles.includes('date') || roles.includes('start');
  return {
    ...raw,
    roles,
    isDayTable: roles.includes('task') && hasWhen,
    column,
    cell: (row, role) => {
      const index = column(role);
      return index >= 0 ? row.cells[index] : undefined;
    },
  };
}

/** The first day table, or undefined for a prose week. */
export function dayTables(page: Page): readonly Table[] {
  return page.tables.filter((t) => t.isDayTable);
}
