import * as l10n from '@vscode/l10n';
import { trimWhitespace } from '../page/text';
import type { Row } from '../page/table';
import type { Fix } from './types';
import { Rule } from './types';

export const tableRowCells: Rule = {
  code: 'table.row-cells',
  defaultSeverity: 'warning',
  description: 'A table row has fewer cells than the header (a column goes blank) or more (the site drops them).',
  checkPage({ page, report }) {
    for (const table of page.tables) {
      // A delimiter row wider than the header adds columns under empty header cells: a row may fill them or not.
      const columns = table.columns;
      const named = table.header.cells.length;
      for (const row of table.rows) {
        const count = row.cells.length;
        if (count >= named && count <= columns) continue;
        const lineSpan = trimmedRow(page.text, row);
        if (count < named) {
          const missing = table.header.cells.slice(count).map((c) => c.text || l10n.t('(untitled)'));
          report({
            message: l10n.t('This row has {0} of {1} cells: {2} will show blank.', count, named, missing.map((m) => `"${m}"`).join(', ')),
            span: lineSpan,
            fixes: [padRow(row, named - count, lineSpan.end)],
          });
        } else {
          const extra = row.cells.slice(columns);
          report({
            message: l10n.t('This row has {0} cells but the table has {1} columns: the text of the last {2} will not show on the site.', count, columns, count - columns),
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
  return { title: missing > 1 ? l10n.t('Add {0} empty cells', missing) : l10n.t('Add {0} empty cell', missing), edits: [{ start: end, end, newText }] };
}

/** Joins the extra cells' text onto the last real cell, so nothing the author wrote disappears. */
function mergeExtra(text: string, row: Row, columns: number): Fix {
  const last = row.cells[columns - 1];
  const extras = row.cells.slice(columns).map((c) => c.text).filter((t) => t !== '');
  const end = row.cells[row.cells.length - 1].rawSpan.end;
  const lastText = text.slice(last.span.start, last.span.end);
  const joined = [lastText, ...extras].filter((t) => t !== '').join(' <br> ');
  return {
    title: extras.length > 0 ? l10n.t('Move the extra text into the last cell') : l10n.t('Remove the extra empty cells'),

    edits: [{ start: last.span.start, end: Math.max(end, last.span.end), newText: joined + (row.trailingPipe ? ' ' : '') }],
  };
}
