import * as l10n from '@vscode/l10n';
import { applyEdits } from '../fix';
import { labOccurrences } from '../links/labLinks';
import { LAB_DOMAIN, LabUrlProblem } from '../links/labUrl';
import { Rule, TextEdit } from './types';

export const linkLabMalformed: Rule = {
  code: 'link.lab-malformed',
  defaultSeverity: 'error',
  description: 'An awsstudygroup lab URL whose id is not 6 digits starting 000, whose domain is misspelled, or that has no https:// scheme.',
  sectionPages: true,
  checkPage({ page, config, report }) {
    for (const { lab, span, url } of labOccurrences(page, config)) {
      const problems = lab.problems.filter((p) => p.kind !== 'scheme' || lab.host !== 'other');
      if (problems.length === 0) continue;
      const edits = problems.map((p) => editFor(p, span.start));
      const complete = edits.every((e) => e !== undefined);
      const fixed = complete ? applyEdits(url, (edits as TextEdit[]).map((e) => ({ ...e, start: e.start - span.start, end: e.end - span.start }))) : undefined;
      report({
        message: problems.map((p) => describe(p)).join(' ') + (fixed ? ' ' + l10n.t('Did you mean {0}?', fixed) : ''),
        span,
        fixes: fixed ? [{ title: l10n.t('Change to {0}', fixed), edits: edits as TextEdit[] }] : [],
      });
    }
  },
};

function describe(problem: LabUrlProblem): string {
  switch (problem.kind) {
    case 'scheme':
      return l10n.t('This lab address has no https://, so it is not a link (or it points into your own site).');
    case 'domain':
      return l10n.t('"{0}" is not the lab domain; lab sites live on {1}.', problem.written, LAB_DOMAIN);
    case 'id':
      return problem.reason;

  }
}

/** The edit that repairs one problem, or undefined when only the author knows the right value (a wrong id). */
function editFor(problem: LabUrlProblem, offset: number): TextEdit | undefined {
  switch (problem.kind) {
    case 'scheme':
      return { start: offset, end: offset, newText: 'https://' };
    case 'domain': {
      const glued = /^(\d+|[a-z]\d+)awsstudygroup\.com$/i.exec(problem.written);
      return { start: offset + problem.span.start, end: offset + problem.span.end, newText: glued ? `${glued[1]}.${LAB_DOMAIN}` : LAB_DOMAIN };
    }
    case 'id':
      return problem.suggestion ? { start: offset + problem.span.start, end: offset + problem.span.end, newText: problem.suggestion } : undefined;
  }
}
