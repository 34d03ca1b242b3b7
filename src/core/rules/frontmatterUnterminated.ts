import * as l10n from '@vscode/l10n';
import { Rule } from './types';

export const frontmatterUnterminated: Rule = {
  code: 'frontmatter.unterminated',
  defaultSeverity: 'error',
  description: 'The opening `---` of the front matter is never closed, so the whole page is read as front matter.',
  checkPage({ page, report }) {
    const fm = page.frontMatter;
    if (!fm || fm.terminated) return;
    report({ message: l10n.t('The front matter opened here is never closed with a `---` line; Hugo reads the whole page as front matter.'), span
: fm.openSpan });
  },
};
