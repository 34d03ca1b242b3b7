import * as l10n from '@vscode/l10n';
import { Rule } from './types';

export const dayDuplicate: Rule = {
  code: 'day.duplicate',
  defaultSeverity: 'warning',
  description: 'The same Day value appears twice in one table (sub-days such as 6.1 and 6.2 are fine).',
  checkPage({ page, report }) {
    for (const table of page.tables.filter((t) => t.isDayTable)) {
      const index = table.column('day');
      if (index < 0) continue;
      const seen = new Map<string, { span: { start: number; end: number }; line: number }>();
      for (const row of table.rows) {
        const cell = row.cells[index];
        if (!cell) continue;
        const key = normalizeDay(cell.text);
        if (key === '') continue;
        const first = seen.get(key);
        if (!first) {
          seen.set(key, { span: cell.span, line: row.line });
          continue;
        }
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
