import * as l10n from '@vscode/l10n';
import { pageLanguage, weekFrontMatter } from '../workspace/templates';
import { Rule } from './types';

export const frontmatterMissing: Rule = {
  code: 'frontmatter.missing',
  defaultSeverity: 'warning',
  description: 'A week page has no front matter, so Hugo has no title, weight or menu entry for it.',
  checkPage({ page, report }) {
    if (page.frontMatter) return;
    const week = page.identity.week;
    const start = page.hasBom ? 1 : 0;
    const firstLine = page.lines.lines[0];
    report({
      message: l10n.t('This week page has no front matter (--- title, weight, pre ---); Hugo cannot place it in the menu.'),
      span: { start, end: Math.max(start, firstLine.end) },
      fixes:
        week !== undefined
          ? [{ title: l10n.t('Insert front matter for week {0}', week),
 edits: [{ start, end: start, newText: weekFrontMatter(week, pageLanguage(page), page.eol) }] }]
          : [],
    });
  },
};
