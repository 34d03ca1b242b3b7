import * as l10n from '@vscode/l10n';
import type { ColumnRole } from '../page/columns';
import { Rule } from './types';

// The column's name when its header cell is empty; a function so it follows the locale chosen at run time.
const CHECKED: ReadonlyArray<readonly [ColumnRole, () => string]> = [
  ['task', () => l10n.t('Task')],
  ['start', () => l10n.t('Start')],
  ['end', () => l10n.t('Completion')],
  ['date', () => l10n.t('Date')],
  ['reference', () => l10n.t('Reference')],
];

export const tableEmptyCell: Rule = {
  code: 'table.empty-cell',
  defaultSeverity: 'warning',
  description: 'A Task, Start or Completion cell is empty (an empty Reference cell is only information).',
  checkPage({ page, report }) {
    for (const table of page.tables.filter((t) => t.isDayTable)) {
      for (const row of table.rows) {
        for (const [role, label] of CHECKED) {
          const index = table.column(role);
          const cell = index >= 0 ? row.cells[index] : undefined;
          if (!cell || !isEmpty(cell.text)) continue;
          const header = table.header.cells[index].text || label();
          report({
            severity: role === 'reference' ? 'information' : undefined,
            message: role === 'reference' ? l10n.t('No reference material for this day (column "{0}").', header) : l10n.t('The "{0}" cell of this row is empty.', header),

            span: cell.rawSpan,
          });
        }
      }
    }
  },
};

// `&nbsp;` or a lone `-` is how authors leave a cell visibly empty.
function isEmpty(text: string): boolean {
  // Without & or < there is nothing to strip, and most cells hold text: the regexes run only when they can matter.
  const stripped = text.includes('&') || text.includes('<') ? text.replace(/&nbsp;|&emsp;|<br\s*\/?>/gi, '') : text;
  if (stripped.trim() === '') return true;
  const trimmed = text.trim();
  return trimmed.length === 1 && /^[-–—]$/.test(trimmed);
}
