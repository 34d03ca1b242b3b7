import * as l10n from '@vscode/l10n';
import { trimWhitespace } from '../page/text';
import { Rule } from './types';

export const tableNotRendered: Rule = {
  code: 'table.not-rendered',
  defaultSeverity: 'warning',
  description: 'The delimiter row has a different number of cells than the header, so the site shows the table as plain text.',
  checkPage({ page, report }) {
    for (const table of page.brokenTables) {
      const headerCells = table.header.cells.length;
      const delimiterCells = table.delimiter.cells.length;
      const row = table.delimiter;
      const newText = `${row.leadingPipe ? '| ' : ''}${Array.from({ length: headerCells }, () => '---').join(' | ')}${row.trailingPipe ? ' |' : ''}`;
      const { start, end } = trimWhitespace(page.text, row.span.start, row.span.end);
      report({
        message: l10n.t('This table is shown as plain text: the header has {0} cells but the delimiter row under it has {1}.', headerCells, delimiterCells),
        span: { start, end },
        fixes: [{ title: l10n.t('Make the delimiter row {0} cells wide', headerCells),
 edits: [{ start, end, newText }] }],
      });
    }
  },
};
