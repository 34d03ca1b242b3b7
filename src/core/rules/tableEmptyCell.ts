import * as l10n from '@vscode/l10n';
import type { ColumnRole } from '../page/columns';
import { isWhiteSpace } from '../page/text';
import { Rule } from './types';

// The column's name when its header cell is empty; a function so it follows the locale chosen at run time.
// The Reference column is not checked: interns leave it empty on purpose (meetings, self-study).
const CHECKED: ReadonlyArray<readonly [ColumnRole, () => string]> = [
  ['task', () => l10n.t('Task')],
  ['start', () => l10n.t('Start')],
  ['end', () => l10n.t('Completion')],
  ['date', () => l10n.t('Date')],
];

export const tableEmptyCell: Rule = {
  code: 'table.empty-cell',
  defaultSeverity: 'warning',
  description: 'A Task, Start or Completion cell is empty (a deliberate "none" such as `-` or `N/A` is not; the Reference column is never checked).',
  checkPage({ page, report }) {
    for (const table of page.tables.filter((t) => t.isDayTable)) {
      for (const row of table.rows) {
        for (const [role, label] of CHECKED) {
          const index = table.column(role);
          const cell = index >= 0 ? row.cells[index] : undefined;
          if (!cell || !isEmpty(cell.text)) continue;
          const header = table.header.cells[index].text || label();
          report({ message: l10n.t('The "{0}" cell of this row is empty.', header), span: cell.rawSpan });
        }
      }
    }
  },
};

const BLANK_MARKUP = /&nbsp;|&emsp;|&ensp;|<br\s*\/?>/iy;

/** Nothing but spaces, `&nbsp;`, `&emsp;` and `<br>`; a written "none" (`-`, `N/A`, `Không`, `x`) is content. */
function isEmpty(text: string): boolean {
  // `text.replace(/&nbsp;|&emsp;|&ensp;|<br\s*\/?>/gi, '').trim() === ''` read by hand: the first word ends it, with no copy of the cell.
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 38 /* & */ || c === 60 /* < */) {
      BLANK_MARKUP.lastIndex = i;
      if (BLANK_MARKUP.test(text)) {
        i = BLANK_MARKUP.lastIndex;
        continue;
      }
    }
    if (!isWhiteSpace(c)) return false;
    i++;
  }
  return true;
}
