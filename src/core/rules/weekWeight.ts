import * as l10n from '@vscode/l10n';
import type { Page } from '../page/page';
import { listedInWeekOrder } from '../workspace/hugoOrder';
import { Report, Rule } from './types';

export const weekWeight: Rule = {
  code: 'week.weight',
  defaultSeverity: 'warning',
  description: 'The weight is not an integer, or weights do not increase with the week number, so Hugo lists weeks out of order.',
  checkPage({ page, standalone, report }) {
    const { weight, week } = page.identity;
    if (!weight) return;
    if (!Number.isInteger(weight.value)) {
      // Hugo truncates it (1.91 is 1): the site builds, but the weeks may be listed out of order.
      report({
        message:
          week !== undefined
            ? l10n.t('weight {0} is not an integer; Hugo needs whole numbers to order the weeks (week {1} would be {1}).', weight.value, week)
            : l10n.t('weight {0} is not an integer; Hugo needs whole numbers to order the weeks.', weight.value),
        span: weight.span,
        fixes: week !== undefined ? [setWeight(page, week)] : [],
      });
      return;
    }
    if (standalone && week !== undefined && weight.value < week) {
      // Alone, the tool cannot see whether the other weeks' weights and titles still list this one in place.
      report({
        severity: 'information',
        message: l10n.t('weight {0} is lower than the week number {1}: unless the other weeks share it, Hugo lists week {1} before earlier weeks.', weight.value, week),
        span: weight.span,
        fixes: [setWeight(page, week)],
      });
    }
  },
  checkSiteLanguage({ pages, report }) {
    const weighted = pages.filter((p) => p.identity.weight && Number.isInteger(p.identity.weight.value) && p.identity.week !== undefined);
    if (weighted.length < 2 || increasesStrictly(weighted)) return;
    const offset = conventionOffset(weighted);
    // Equal weights fall back to date, then title: when that still lists the weeks in order, nothing shows wrong.
    const inOrder = listedInWeekOrder(pages.filter((p) => p.identity.week !== undefined));
    for (const page of weighted) {
      const week = page.identity.week as number;
      const weight = page.identity.weight as { value: number; span: Report['span'] };
      const expected = week + offset;
      if (weight.value === expected) continue;
      const sameWeight = weighted.filter((p) => p !== page && p.identity.weight?.value === weight.value);
      const rule = offset === 0 ? 'N' : `N + ${offset}`;
      const breaks =
        sameWeight.length === 0
          ? l10n.t('weight {0} breaks the order of the weeks: this site gives week N the weight {1}, so week {2} should have {3}.', weight.value, rule, week, expected)
          : sameWeight.length === 1
            ? l10n.t('weight {0} breaks the order of the weeks: this site gives week N the weight {1}, so week {2} should have {3} ({4} also has {0}).', weight.value, rule, week, expected, describeWeeks(sameWeight))
            : l10n.t('weight {0} breaks the order of the weeks: this site gives week N the weight {1}, so week {2} should have {3} ({4} also have {0}).', weight.value, rule, week, expected, describeWeeks(sameWeight));
      report(page, {
        severity: inOrder ? 'information' : undefined,
        message: inOrder
          ? l10n.t('weight {0} does not follow the weeks (this site gives week N the weight {1}, so week {2} would have {3}); Hugo still lists the weeks in order, by their dates and titles, until those change.', weight.value, rule, week, expected)
          : breaks,
        span: weight.span,
        fixes: [setWeight(page, expected)],
        related: sameWeight.map((p) => ({ path: p.path, span: p.identity.weight?.span, message: l10n.t('week {0} has the same weight', p.identity.week ?? '?') })),
      });
    }
  },
};

function setWeight(page: Page, value: number) {
  const span = page.identity.weight?.span ?? { start: 0, end: 0 };
  return { title: l10n.t('Set weight to {0}', value), edits: [{ ...span, newText: String(value) }] };
}

function increasesStrictly(pages: readonly Page[]): boolean {
  const sorted = [...pages].sort((a, b) => (a.identity.week ?? 0) - (b.identity.week ?? 0));
  return sorted.every((p, i) => i === 0 || (p.identity.weight?.value ?? 0) > (sorted[i - 1].identity.weight?.value ?? 0));
}

/** The `weight - week` most pages share (10 + N sites); 0, the template's convention, when no clear majority. */
function conventionOffset(pages: readonly Page[]): number {
  const counts = new Map<number, number>();
  for (const p of pages) {
    const offset = (p.identity.weight?.value ?? 0) - (p.identity.week ?? 0);
    counts.set(offset, (counts.get(offset) ?? 0) + 1);
  }
  const [best, bestCount] = [...counts].sort((a, b) => b[1] - a[1] || Math.abs(a[0]) - Math.abs(b[0]))[0];
  return bestCount >= Math.max(2, Math.ceil(pages.length / 2)) ? best : 0;
}

function describeWeeks(pages: readonly Page[]): string {
  const weeks = pages.map((p) => p.identity.week);
  if (weeks.length > 5) return l10n.t('weeks {0} and {1} more', weeks.slice(0, 5).join(', '), weeks.length - 5);
  return weeks.length > 1 ? l10n.t('weeks {0}', weeks.join(', ')) : l10n.t('week {0}', weeks.join(', '));

}
