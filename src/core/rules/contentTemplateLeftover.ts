import * as l10n from '@vscode/l10n';
import type { Page } from '../page/page';
import { noticeBlocks } from '../workspace/noticeBlocks';
import { Fragment, week1Fragments } from '../workspace/templateText';
import { Rule } from './types';

export const contentTemplateLeftover: Rule = {
  code: 'content.template-leftover',
  defaultSeverity: 'warning',
  description: "The template's \"do not copy verbatim\" notice block, or the template's week-1 sentences in week 2 or later.",
  sectionPages: true,
  checkPage({ page, report }) {
    for (const block of noticeBlocks(page)) {
      report({
        message: l10n.t("This is the template's notice asking readers not to copy the sample verbatim; it belongs to the template, not to your worklog. Remove the block."),
        span: block.span,
        fixes: block.removal ? [{ title: l10n.t('Remove the notice block'), edits: [{ ...block.removal, newText: '' }] }] : [],
      });
    }
    const week = page.identity.week;
    if (page.identity.kind !== 'week' || week === undefined || week < 2) return;
    for (const group of groupBySection(page, week1Fragments(page))) {
      const first = group.fragments[0];
      const last = group.fragments[group.fragments.length - 1];
      const n = group.fragments.length;
      const quoted = `"${first.text}"${n > 1 ? ', …' : ''}`;
      report({
        message: group.heading
          ? n === 1
            ? l10n.t(`Week {0} repeats a sentence of the template's week-1 example under "{1}" ({2}). Write what you did in week {0} instead.`, week, group.heading, quoted)
            : l10n.t(`Week {0} repeats {3} sentences of the template's week-1 example under "{1}" ({2}). Write what you did in week {0} instead.`, week, group.heading, quoted, n)
          : n === 1
            ? l10n.t("Week {0} repeats a sentence of the template's week-1 example ({1}). Write what you did in week {0} instead.", week, quoted)
            : l10n.t("Week {0} repeats {2} sentences of the template's week-1 example ({1}). Write what you did in week {0} instead.", week, quoted, n),

        span: { start: first.span.start, end: last.span.end },
      });
    }
  },
};

/** Matches grouped under the heading they follow, so a copied Objectives list is one finding. */
function groupBySection(page: Page, matches: readonly Fragment[]): Array<{ heading: string | undefined; fragments: Fragment[] }> {
  const groups = new Map<number, { heading: string | undefined; fragments: Fragment[] }>();
  for (const fragment of matches) {
    const line = page.lines.positionAt(fragment.span.start).line;
    const heading = [...page.headings].reverse().find((h) => h.line < line);
    const key = heading?.line ?? -1;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { heading: heading?.text.replace(/[:\s]+$/, ''), fragments: [] }));
    group.fragments.push(fragment);
  }
  return [...groups.values()];
}
