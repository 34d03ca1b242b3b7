import * as l10n from '@vscode/l10n';
import { htmlComments } from '../page/inlineSpans';
import type { Page } from '../page/page';
import type { Span } from '../page/text';
import { noticeBlocks } from '../workspace/noticeBlocks';
import { Fragment, week1Fragments } from '../workspace/templateText';
import { Rule } from './types';

export const contentTemplateLeftover: Rule = {
  code: 'content.template-leftover',
  defaultSeverity: 'warning',
  description: "The template's \"do not copy verbatim\" notice block, or the template's week-1 sentences in week 2 or later.",
  sectionPages: true,
  checkPage({ page, report }) {
    // Hugo drops `<!-- … -->` from the page: template text kept inside a comment is not shown to anyone.
    const comments = page.text.includes('<!--') ? htmlComments(page.text, 0, page.text.length) : [];
    const shown = (span: Span) => !comments.some((c) => c.start <= span.start && span.start < c.end);
    const notices = noticeBlocks(page).filter((b) => shown(b.span));
    const week = page.identity.week;
    const groups = page.identity.kind === 'week' && week !== undefined && week >= 2 ? groupBySection(page, week1Fragments(page).filter((f) => shown(f.span))) : [];
    // With the notice kept too, the finding stands on the notice (the copy's first lines), so its fix removes only what it names.
    const [notice, ...moreNotices] = notices;
    const removeNotice = notice?.removal ? [{ title: l10n.t('Remove the notice block'), edits: [{ ...notice.removal, newText: '' }] }] : [];
    if (groups.length === 0) {
      for (const block of notices) {
        report({
          message: l10n.t("This is the template's notice asking readers not to copy the sample verbatim; it belongs to the template, not to your worklog. Remove the block."),
          span: block.span,
          fixes: block.removal ? [{ title: l10n.t('Remove the notice block'), edits: [{ ...block.removal, newText: '' }] }] : [],
        });
      }
      return;
    }
    // Copying the template's week 1 is one decision, however many sections it reached: one finding, the others related.
    const spanOf = (g: Group): Span => ({ start: g.fragments[0].span.start, end: g.fragments[g.fragments.length - 1].span.end });
    const [group, ...others] = groups;
    const weekNumber = week as number;
    const first = group.fragments[0];
    const n = group.fragments.length;
    const quoted = `"${first.text}"${n > 1 ? ', …' : ''}`;
    const total = groups.reduce((sum, g) => sum + g.fragments.length, 0);
    report({
      message:
        notices.length > 0
          ? l10n.t("Week {0} is still the template's week-1 example: it keeps the template's notice and repeats {1} of its sentences ({2}). Write what you did in week {0} instead.", weekNumber, total, quoted)
          : others.length > 0
          ? l10n.t("Week {0} repeats {1} sentences of the template's week-1 example in {2} sections ({3}). Write what you did in week {0} instead.", weekNumber, total, groups.length, quoted)
          : group.heading
            ? n === 1
              ? l10n.t(`Week {0} repeats a sentence of the template's week-1 example under "{1}" ({2}). Write what you did in week {0} instead.`, weekNumber, group.heading, quoted)
              : l10n.t(`Week {0} repeats {3} sentences of the template's week-1 example under "{1}" ({2}). Write what you did in week {0} instead.`, weekNumber, group.heading, quoted, n)
            : n === 1
              ? l10n.t("Week {0} repeats a sentence of the template's week-1 example ({1}). Write what you did in week {0} instead.", weekNumber, quoted)
              : l10n.t("Week {0} repeats {2} sentences of the template's week-1 example ({1}). Write what you did in week {0} instead.", weekNumber, quoted, n),
      span: notice ? notice.span : spanOf(group),
      fixes: removeNotice,
      related: [
        ...moreNotices.map((b) => ({ path: page.path, span: b.span, message: l10n.t("the template's notice asking readers not to copy the sample, kept too") })),
        ...(notice ? [group] : []).map((g) => ({
          path: page.path,
          span: spanOf(g),
          message: g.heading
            ? l10n.t('{0} of the template\'s week-1 sentences under "{1}"', g.fragments.length, g.heading)
            : l10n.t("{0} of the template's week-1 sentences", g.fragments.length),
        })),
        ...others.map((g) => ({
        path: page.path,
        span: spanOf(g),
        message: g.heading
          ? l10n.t('{0} more of the template\'s week-1 sentences under "{1}"', g.fragments.length, g.heading)
          : l10n.t("{0} more of the template's week-1 sentences", g.fragments.length),
        })),
      ],
    });
  },
};

interface Group {
  readonly heading: string | undefined;
  readonly fragments: Fragment[];
}

/** Matches grouped under the heading they follow, so each section's copied list is one related location. */
function groupBySection(page: Page, matches: readonly Fragment[]): Group[] {
  const groups = new Map<number, Group>();
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
