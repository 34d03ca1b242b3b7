import * as l10n from '@vscode/l10n';
import { formatIso } from '../dates/dates';
import { frontMatterDate } from '../dates/frontMatterDate';
import { dateRule } from '../dates/weekDates';
import type { Fix, Rule } from './types';

const weekRule = dateRule(
  {
    code: 'frontmatter.date-invalid',
    defaultSeverity: 'error',
    description: '`date` is present but not a date Hugo reads: an R Markdown leftover (`r Sys.Date()`), `""`, or free text; worklog section pages included.',
  },
  ({ page, week }, report) => {
    if (!page.frontMatter?.data) return;
    const fm = frontMatterDate(page);
    if (!fm || !fm.problem) return;
    // A section page lists weeks; its own rows are no week, so no date is offered for it.
    const first = week && page.identity.kind === 'week' ? formatIso(week.first) : undefined;
    const fixes: Fix[] = first ? [{ title: l10n.t('Set date to {0}', first), edits: [{ ...fm.dateSpan, newText: first }] }] : [];
    report({
      message: first ? l10n.t("{0}; this week's first date is {1}.", fm.problem, first) : `${fm.problem}.`,
      span: fm.entry.valueSpan,
      fixes,
    });
  },
  (page) => frontMatterDate(page)?.problem !== undefined,
);

export const frontmatterDateInvalid: Rule = { ...weekRule, sectionPages: true };
