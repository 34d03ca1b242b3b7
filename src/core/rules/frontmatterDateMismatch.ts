import * as l10n from '@vscode/l10n';
import { dayNumber, formatIso, fromDayNumber } from '../dates/dates';
import { frontMatterDate } from '../dates/frontMatterDate';
import { dateRule } from '../dates/weekDates';
import type { Fix } from './types';

const MAX_DAYS = 14;

export const frontmatterDateMismatch = dateRule(
  {
    code: 'frontmatter.date-mismatch',
    defaultSeverity: 'information',
    description: "`date` is the template's placeholder 2024-01-01, or more than 14 days from the week's table dates.",
  },
  ({ page, week, dates }, report) => {
    const fm = frontMatterDate(page);
    if (!fm?.date) return;
    const days = dates.map((d) => d.date).filter((d) => d !== undefined).map(dayNumber);
    const first = week ? formatIso(week.first) : undefined;
    const fixes: Fix[] = first ? [{ title: l10n.t('Set date to {0}', first), edits: [{ ...fm.dateSpan, newText: first }] }] : [];
    const written = formatIso(fm.date);
    if (days.length === 0) {
      if (fm.placeholder) report({ message: l10n.t("date {0} is the template's placeholder; set it to this week's first date.", written), span: fm.dateSpan });
      return;
    }
    const day = dayNumber(fm.date);
    const min = Math.min(...days);
    const max = Math.max(...days);
    const distance = day < min ? min - day : day > max ? day - max : 0;
    if (distance <= MAX_DAYS) return;
    const implied = dates.find((d) => d.yearFrom === 'weekdays')?.date;
    const yearNote = implied ? l10n.t('; written without a year, their weekdays put them in {0}', implied.year) : '';
    report({
      message: fm.placeholder
        ? l10n.t("date {0} is the template's placeholder; this week's rows start on {1}.", written, first ?? '')
        : l10n.t("date {0} is {1} days from this week's rows ({2} to {3}{4}); the week starts on {5}.", written, distance, formatIso(fromDayNumber(min)), formatIso(fromDayNumber(max)), yearNote, first ?? ''),

      span: fm.dateSpan,
      fixes,
    });
  },
);
