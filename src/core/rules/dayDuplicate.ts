import * as l10n from '@vscode/l10n';
import { readPageCells } from '../dates/dateCells';
import type { Row } from '../page/table';
import { Rule } from './types';

export const dayDuplicate: Rule = {
  code: 'day.duplicate',
  defaultSeverity: 'warning',
  description: 'The same Day value appears twice in one table on different dates (rows sharing a Day and a date are sub-rows of that day).',
  checkPage({ page, report }) {
    for (const table of readPageCells(page).tables) {
      const index = table.table.column('day');
      if (index < 0) continue;
      const startOf = new Map<Row, string>(table.rows.map((r) => [r.row, r.start?.text.trim() ?? '']));
      // With weekday Days and dates on both rows, the wrong one is day.weekday-mismatch's or date.outside-week's to report.
      const weekdays = table.days !== undefined && !table.days.ordinal && !table.days.holdsDates;
      const seen = new Map<string, { span: { start: number; end: number }; line: number; start: string }>();
      for (const row of table.table.rows) {
        const cell = row.cells[index];
        if (!cell) continue;
        const key = normalizeDay(cell.text);
        if (key === '') continue;
        const start = startOf.get(row) ?? '';
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { span: cell.span, line: row.line, start });
          continue;
        }
        if (start !== '' && start === first.start) continue;
        if (weekdays && start !== '' && first.start !== '') continue;
        report({
          message: l10n.t('Day "{0}" already appears on line {1} of this table; give each day its own value (or number sub-days 6.1, 6.2).', cell.text, first.line + 1),
          span: cell.span,
          related: [{ path: page.path, span: first.span, message: l10n.t('first "{0}"', cell.text) }],
        });
      }
    }
  },
};

function normalizeDay(text: string): string {
  return text
    .normalize('NFC')
    .replace(/<[^>]*>|[*_`]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
