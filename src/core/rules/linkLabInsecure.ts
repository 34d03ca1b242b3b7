import * as l10n from '@vscode/l10n';
import { labOccurrences } from '../links/labLinks';
import { Rule } from './types';

export const linkLabInsecure: Rule = {
  code: 'link.lab-insecure',
  defaultSeverity: 'warning',
  description: 'An awsstudygroup lab or portal link written with http:// instead of https://.',
  sectionPages: true,
  checkPage({ page, config, report }) {
    for (const { lab, span, url } of labOccurrences(page, config)) {
      if (lab.scheme !== 'http' || lab.host === 'other' || lab.problems.length > 0) continue;
      const secure = 'https' + url.slice(4);
      report({
        message: l10n.t('This lab link uses http://; the lab sites are served over https://. Use {0}.', secure),
        span,
        fixes: [{ title: l10n.t('Use https://'),
 edits: [{ start: span.start, end: span.start + 4, newText: 'https' }] }],
      });
    }
  },
};
