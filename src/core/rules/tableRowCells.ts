import { trimWhitespace } from '../text';
import type { Row } from '../table';
import type { Fix } from './types';
import { Rule } from './types';

export const tableRowCells: Rule = {
  code: 'table.row-cells',
  defaultSeverity: 'warning',
  description: 'A table row has fewer cells than the header (a column goes blank) or more (the site drops them).',
  checkPage({ page, report }) {
    for (const table of page.tables) {
      const columns = table.header.cells.length;
      for (const row of table.rows) {
        const count = row.cells.length;
        if (count === columns) continue;
        const lineSpan = trimmedRow(page.text, row);
        if (count < columns) {
          const missing = table.header.cells.slice(count).map((c) => c.text || '(untitled)');
          report({
            message: `This row has ${count} of ${columns} cells: ${missing.map((m) => `"${m}"`).join(', ')} will show blank.`,
            span: lineSpan,
            fixes: [padRow(row, columns - count, lineSpan.end)],
          });
        } else {
          const extra = row.cells.slice(columns);
          report({
            message: `This row has ${count} cells but the header has ${columns}; the site drops the text of the last ${count - columns}.`,
            span: { start: extra[0].rawSpan.start, end: lineSpan.end },
            fixes: [mergeExtra(page.text, row, columns)],
          });
        }
      }
    }
  },
};

function trimmedRow(text: string, row: Row) {
  return trimWhitespace(text, row.span.start, row.span.end);
}

function padRow(row: Row, missing: number, end: number): Fix {
  const pad = '  |'.repeat(missing);
  // Without a trailing pipe the last cell must be closed first, else the new pipe only ends it.
  const newText = row.trailingPipe ? pad : ` |${pad}`;
  return { title: `Add ${missing} empty cell${missing > 1 ? 's' : ''}`, edits: [{ start: end, end, newText }] };
}

/** Joins the extra cells' text onto the last real cell, so nothing the author wrote disappears. */
function mergeExtra(text: string, row: Row, columns: number): Fix {
  const last = row.cells[columns - 1];
  const extras = row.cells.slice(columns).map((c) => c.text).filter((t) => t !== '');
  const end = row.cells[row.cells.length - 1].rawSpan.end;
  const lastText = text.slice(last.span.start, last.span.end);
  const joined = [lastText, ...extras].filter((t) => t !== '').join(' <br> ');
  return {
    title: extras.length > 0 ? 'Move the extra text into the last cell' : 'Remove the extra empty cells',
    edits: [{ start: last.span.start, end: Math.max(end, last.span.end), newText: joined + (row.trailingPipe ? ' ' : '') }],
  };
}
