import * as l10n from '@vscode/l10n';
import { labCatalog } from '../links/labs';
import { labOccurrences } from '../links/labLinks';
import { Rule } from './types';

export const linkLabUnknown: Rule = {
  code: 'link.lab-unknown',
  defaultSeverity: 'hint',
  description: 'A well-formed lab id that the bundled lab catalog (plus the ids in the `labs` setting) does not know.',
  sectionPages: true,
  checkPage({ page, config, report }) {
    const catalog = labCatalog(config);
    for (const { lab, span } of labOccurrences(page, config)) {
      if (lab.host !== 'lab' || lab.id === undefined || lab.problems.length > 0 || catalog.has(lab.id)) continue;
      report({
        message: l10n.t('Lab {0} is not in the catalog of {1} labs seen in FCJ worklogs. Check the id; if the lab exists, add "{0}" to "labs" in .worklogrc.json (or the worklog.labs setting).', lab.id, catalog.size),

        span,
      });
    }
  },
};
