import { trimWhitespace } from '../text';
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
        message: `This table is shown as plain text: the header has ${headerCells} cells but the delimiter row under it has ${delimiterCells}.`,
        span: { start, end },
        fixes: [{ title: `Make the delimiter row ${headerCells} cells wide`, edits: [{ start, end, newText }] }],
      });
    }
  },
};
