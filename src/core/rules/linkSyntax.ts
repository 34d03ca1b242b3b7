import { isIgnoredLink } from '../page/links';
import { findLinkSyntaxProblems } from '../links/linkSyntax';
import { Rule } from './types';

export const linkSyntax: Rule = {
  code: 'link.syntax',
  defaultSeverity: 'warning',
  description: 'A link GFM reads differently from what was written: a [text](url) destination cut short by "(", ")" or spaces, an autolink never closed, punctuation glued to a bare URL.',
  sectionPages: true,
  checkPage({ page, config, report }) {
    for (const problem of findLinkSyntaxProblems(page)) {
      if (isIgnoredLink(page.text.slice(problem.span.start, problem.span.end), config.ignoreLinks)) continue;
      report({ message: problem.message, span: problem.span, fixes: problem.fix ? [problem.fix] : [] });
    }
  },
};
