import * as l10n from '@vscode/l10n';
import type { Page } from '../page/page';
import type { TextTable } from '../page/table';
import { trimWhitespace } from '../page/text';
import type { Report } from './types';
import { Rule } from './types';

export const tableNotRendered: Rule = {
  code: 'table.not-rendered',
  defaultSeverity: 'warning',
  description: 'Table-shaped lines the site shows as plain text with their pipes, or as a code block: the delimiter row is narrower than the header or missing, the table is indented 4 spaces, or it sits inside an HTML block.',
  checkPage({ page, report }) {
    for (const table of page.brokenTables) report(textTable(page, table));
    for (const rows of page.pipeParagraphs) {
      const first = page.lines.lines[rows.firstLine];
      report({
        message: l10n.t('These lines are shown as plain text with their pipes: a table needs a delimiter row (| --- | --- |) right under its header row.'),
        span: trimWhitespace(page.text, first.start, first.end),
      });
    }
  },
};

function textTable(page: Page, table: TextTable): Report {
  const header = table.header;
  if (table.reason === 'indented') {
    const rows = [header, table.delimiter, ...table.rows];
    return {
      message: l10n.t('This table is shown as a code block: it is indented by 4 spaces or a tab, which Hugo reads as code.'),
      span: trimWhitespace(page.text, header.span.start, header.span.end),
      // Only the leading whitespace of the table's own lines is removed.
      fixes: [{ title: l10n.t('Remove the indentation'), edits: rows.map((r) => ({ start: r.span.start, end: r.span.start + leadingWhitespace(page.text, r.span.start, r.span.end), newText: '' })) }],
    };
  }
  if (table.reason === 'html') {
    const opener = page.lines.lines[table.detail];
    return {
      message: l10n.t('This table is shown as plain text with its pipes: it is inside the HTML block opened on line {0}, which runs to the next blank line.', table.detail + 1),
      span: trimWhitespace(page.text, header.span.start, header.span.end),
      related: [{ path: page.path, span: trimWhitespace(page.text, opener.start, opener.end), message: l10n.t('The HTML block starts here') }],
      fixes: [{ title: l10n.t('Insert a blank line before the table'), edits: [{ start: header.span.start, end: header.span.start, newText: page.eol }] }],
    };
  }
  const headerCells = header.cells.length;
  const delimiterCells = table.delimiter.cells.length;
  const row = table.delimiter;
  const newText = `${row.leadingPipe ? '| ' : ''}${Array.from({ length: headerCells }, () => '---').join(' | ')}${row.trailingPipe ? ' |' : ''}`;
  const { start, end } = trimWhitespace(page.text, row.span.start, row.span.end);
  return {
    message: l10n.t('This table is shown as plain text: the header has {0} cells but the delimiter row under it has {1}.', headerCells, delimiterCells),
    span: { start, end },
    fixes: [{ title: l10n.t('Make the delimiter row {0} cells wide', headerCells), edits: [{ start, end, newText }] }],
  };
}

function leadingWhitespace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i - start;
}
