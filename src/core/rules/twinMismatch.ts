import * as l10n from '@vscode/l10n';
import { dayNumber, fromDayNumber, weekdayOf } from '../dates/dates';
import { describeDate } from '../dates/dateWords';
import type { Page } from '../page/page';
import type { Span } from '../page/text';
import { PageDates, contextDates, hasInvalidDates, siteDates } from '../dates/weekDates';
import { Rule } from './types';

export const twinMismatch: Rule = {
  code: 'twin.mismatch',
  defaultSeverity: 'warning',
  description: 'The EN and VI twins of a week disagree on their set of dates (each read in its own order) or on their row count.',
  checkSiteLanguage({ pages, twinOf, config, report }) {
    for (const page of pages) {
      const twin = twinOf(page);
      if (!twin) continue;
      const mine = siteDates(page, config, twin, pages);
      const theirs = contextDates(twin, config, page, []);
      // A week without a table is `table.missing`'s to report.
      if (mine.cells.tables.length === 0 || theirs.cells.tables.length === 0) continue;
      const problems: string[] = [];
      const myRows = rowCount(mine);
      const theirRows = rowCount(theirs);
      if (myRows !== theirRows) problems.push(theirRows === 1 ? l10n.t('it has {0} row, this page {1}', theirRows, myRows) : l10n.t('it has {0} rows, this page {1}', theirRows, myRows));
      // Dates that cannot be read are `date.invalid`'s; comparing around them would report the same typo twice.
      if (!hasInvalidDates(mine) && !hasInvalidDates(theirs) && readable(mine) && readable(theirs)) {
        const a = daySet(mine);
        const b = daySet(theirs);
        const onlyHere = [...a].filter((d) => !b.has(d));
        const onlyThere = [...b].filter((d) => !a.has(d));
        // A date its own page already flags (wrong weekday, outside the week) is that finding's: the twin only repeats it.
        if ((onlyHere.length > 0 || onlyThere.length > 0) && (selfFlagged(mine, onlyHere) || selfFlagged(theirs, onlyThere))) {
          if (myRows === theirRows) continue;
          onlyHere.length = 0;
          onlyThere.length = 0;
        }
        if (onlyHere.length > 0) problems.push(l10n.t('dates only here: {0}', list(onlyHere)));
        if (onlyThere.length > 0) problems.push(l10n.t('dates only in the twin: {0}', list(onlyThere)));
      }
      // One disagreement, one finding: on the page whose path sorts first (the default language's), the twin related.
      if (problems.length === 0 || twin.path < page.path) continue;
      report(page, {
        message: l10n.t("This week's {0} twin {1} disagrees: {2}.", languageName(twin), shortPath(twin.path), problems.join('; ')),
        span: tableSpan(mine),
        related: [{ path: twin.path, span: tableSpan(theirs), message: l10n.t('the twin page') }],
      });
    }
  },
};

/** Every one of `days` is the date of a row its own page flags: a Day naming another weekday, or a date outside the week. */
function selfFlagged(dates: PageDates, days: readonly number[]): boolean {
  if (days.length === 0) return false;
  const flagged = new Set<number>();
  for (const row of dates.rows) {
    const start = row.startDate?.date;
    if (!start) continue;
    const table = dates.cells.tables.find((t) => t.table === row.table);
    const weekdays = table?.days && !table.days.ordinal && !table.days.holdsDates && row.day.kind === 'weekday' ? row.day.weekdays : [];
    const wrongDay = weekdays.length > 0 && !weekdays.includes(weekdayOf(start));
    if (!wrongDay && !dates.outside.has(row)) continue;
    flagged.add(dayNumber(start));
    if (row.endDate?.date) flagged.add(dayNumber(row.endDate.date));
  }
  return days.every((d) => flagged.has(d));
}

function rowCount(dates: PageDates): number {
  return dates.rows.filter((r) => r.filled).length;
}

function readable(dates: PageDates): boolean {
  return dates.dates.every((d) => d.date !== undefined);
}

function daySet(dates: PageDates): Set<number> {
  return new Set(dates.dates.map((d) => d.date).filter((d) => d !== undefined).map(dayNumber));
}

function list(days: readonly number[]): string {
  const sorted = [...days].sort((x, y) => x - y);
  const shown = sorted.slice(0, 3).map((d) => describeDate(fromDayNumber(d)));
  return sorted.length > 3 ? l10n.t('{0} and {1} more', shown.join(', '), sorted.length - 3) : shown.join(', ');
}

function tableSpan(dates: PageDates): Span {
  return dates.cells.tables[0]?.table.header.span ?? { start: 0, end: 0 };
}

function shortPath(path: string): string {
  return path.replace(/\\/g, '/').split('/').slice(-2).join('/');
}

function languageName(page: Page): string {
  const language = page.identity.language;
  return language === 'vi' ? l10n.t('Vietnamese') : language === 'en' ? l10n.t('English') : language ? `"${language}"` : l10n.t('default-language');

}
