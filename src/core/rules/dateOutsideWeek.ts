import * as l10n from '@vscode/l10n';
import { dayNumber, fromDayNumber, orderLabel } from '../dates/dates';
import { decideDateOrder } from '../dates/dateOrder';
import { describeDate, describeRange } from '../dates/dateWords';
import { siteWeeks, staleMajority } from '../dates/staleRows';
import { PageDates, needsContext, orderNote, otherOrderReading, readPageDates } from '../dates/weekDates';
import type { Report, Rule } from './types';

export const dateOutsideWeek: Rule = {
  code: 'date.outside-week',
  defaultSeverity: 'warning',
  description: "A row's date is outside the calendar week that the page's other rows share.",
  checkPage({ page, config, standalone, report }) {
    // With its site around it a numbered week is judged in the site pass, which sees the neighbouring weeks.
    if (!standalone && page.identity.week !== undefined) return;
    const decision = decideDateOrder(page, { config });
    if (needsContext(decision) && !standalone) return;
    reportOutside(readPageDates(page, decision), report);
  },
  checkSiteLanguage({ pages, twinOf, config, report }) {
    for (const [page, { dates, neighbours }] of siteWeeks(pages, config, twinOf)) {
      const stale = staleMajority(dates, neighbours);
      if (!stale) {
        reportOutside(dates, (r) => report(page, r));
        continue;
      }
      const copied = describeRange(fromDayNumber(stale.copiedFrom.monday), fromDayNumber(stale.copiedFrom.monday + 6));
      const updated = describeRange(fromDayNumber(stale.from), fromDayNumber(stale.to));
      for (const row of stale.stale) {
        const start = row.startDate;
        if (!start?.date) continue;
        report(page, {
          message: l10n.t("{0} ({1}) repeats week {2}'s days, {3}; this page's other {4} rows, between its neighbouring weeks, share {5}.", start.written.text, describeDate(start.date), stale.copiedFrom.number, copied, stale.updated, updated),
          span: start.written.span,
        });
      }
    }
  },
};

/** Each row outside the week most rows share. */
function reportOutside({ rows, outside, week, decision }: PageDates, report: (r: Report) => void): void {
  if (!week || outside.size === 0) return;
  const others = rows.filter((r) => r.startDate?.date && !outside.has(r)).length;
  for (const row of rows) {
    const start = row.startDate;
    if (!outside.has(row) || !start?.date) continue;
    // Written in the other order, the date may well be inside the week: then that is the likely mistake.
    const other = otherOrderReading(start, row.endDate, decision);
    const fits = other && dayNumber(other.date) >= week.from && dayNumber(other.date) <= week.to ? other : undefined;
    const range = describeRange(fromDayNumber(week.from), fromDayNumber(week.to));
    report({
      message: fits
        ? l10n.t('{0} ({1}) is outside the week the other {2} rows share, {3}{4}; read {5} it is {6}, inside the week.', start.written.text, describeDate(start.date), others, range, orderNote(start, decision), orderLabel(fits.order), describeDate(fits.date))
        : l10n.t('{0} ({1}) is outside the week the other {2} rows share, {3}{4}.', start.written.text, describeDate(start.date), others, range, orderNote(start, decision)),
      span: start.written.span,
      fixes: fits ? [fits.fix] : [],
    });
  }
}
