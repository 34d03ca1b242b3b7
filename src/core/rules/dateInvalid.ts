import * as l10n from '@vscode/l10n';
import { plain, readPageCells } from '../dates/dateCells';
import { dateProblem } from '../dates/dates';
import { Rule } from './types';

export const dateInvalid: Rule = {
  code: 'date.invalid',
  defaultSeverity: 'error',
  description: 'A date cell is not a calendar date in either order (31/02/2025, a 5-digit year, a 3-digit day), or holds no readable date.',
  checkPage({ page, report }) {
    for (const cell of readPageCells(page).cells) {
      for (const date of cell.dates) {
        const problem = dateProblem(date);
        if (problem) report({ message: l10n.t('{0} is not a date: {1}.', date.text, problem), span: date.span });
      }
      // A `|` inside an earlier cell shifts this one; `table.row-cells` reports that, not this rule.
      if (cell.unreadable && !cell.shifted) {
        report({ message: l10n.t('"{0}" is not a date; write it as DD/MM/YYYY, MM/DD/YYYY or YYYY-MM-DD like the other rows.', plain(cell.cell.text)), span: cell.cell.span });

      }
    }
  },
};
