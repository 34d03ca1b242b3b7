import { Rule } from './types';

export const frontmatterYaml: Rule = {
  code: 'frontmatter.yaml',
  defaultSeverity: 'error',
  description: 'The front matter is not valid YAML; Hugo refuses to build the page.',
  checkPage({ page, report }) {
    const error = page.frontMatter?.error;
    if (!error) return;
    report({ message: `The front matter is not valid YAML: ${error.message}.`, span: error.span });
  },
};
