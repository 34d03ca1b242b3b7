import * as l10n from '@vscode/l10n';
import { Rule } from './types';

export const frontmatterYaml: Rule = {
  code: 'frontmatter.yaml',
  defaultSeverity: 'error',
  description: 'The front matter is not valid YAML; Hugo refuses to build the page.',
  checkPage({ page, report }) {
    const error = page.frontMatter?.error;
    if (!error) return;
    report({ message: l10n.t('The front matter is not valid YAML: {0}.', error.message), span
: error.span });
  },
};
