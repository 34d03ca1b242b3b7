import * as l10n from '@vscode/l10n';
import { Rule } from './types';

export const frontmatterUnterminated: Rule = {
  code: 'frontmatter.unterminated',
  defaultSeverity: 'error',
  description: 'The opening `---` of the front matter is never closed by a line starting with `---`, so the Hugo build fails.',
  checkPage({ page, report }) {
    const fm = page.frontMatter;
    if (!fm || fm.terminated) return;
    report({ message: l10n.t('The site does not build: the front matter opened here is never closed by a line starting with `---`, and Hugo stops with "EOF looking for end YAML front matter delimiter".'), span
: fm.openSpan });
  },
};
