import { dayNumber, describeDate, fromDayNumber } from '../dates';
import type { Page } from '../page';
import type { Span } from '../text';
import { PageDates, contextDates, hasInvalidDates } from '../weekDates';
import { Rule } from './types';

export const twinMismatch: Rule = {
  code: 'twin.mismatch',
  defaultSeverity: 'warning',
  description: 'The EN and VI twins of a week disagree on their set of dates (each read in its own order) or on their row count.',
  checkSiteLanguage({ pages, twinOf, config, report }) {
    for (const page of pages) {
      const twin = twinOf(page);
      if (!twin) continue;
      const mine = contextDates(page, config, twin, pages.filter((p) => p !== page));
      const theirs = contextDates(twin, config, page, []);
      // A week without a table is `table.missing`'s to report.
      if (mine.cells.tables.length === 0 || theirs.cells.tables.length === 0) continue;
      const problems: string[] = [];
      const myRows = rowCount(mine);
      const theirRows = rowCount(theirs);
      if (myRows !== theirRows) problems.push(`it has ${theirRows} row${theirRows === 1 ? '' : 's'}, this page ${myRows}`);
      // Dates that cannot be read are `date.invalid`'s; comparing around them would report the same typo twice.
      if (!hasInvalidDates(mine) && !hasInvalidDates(theirs) && readable(mine) && readable(theirs)) {
        const a = daySet(mine);
        const b = daySet(theirs);
        const onlyHere = [...a].filter((d) => !b.has(d));
        const onlyThere = [...b].filter((d) => !a.has(d));
        if (onlyHere.length > 0) problems.push(`dates only here: ${list(onlyHere)}`);
        if (onlyThere.length > 0) problems.push(`dates only in the twin: ${list(onlyThere)}`);
      }
      if (problems.length === 0) continue;
      report(page, {
        message: `This week's ${languageName(twin)} twin ${shortPath(twin.path)} disagrees: ${problems.join('; ')}.`,
        span: tableSpan(mine),
        related: [{ path: twin.path, span: tableSpan(theirs), message: 'the twin page' }],
      });
    }
  },
};

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
  return sorted.length > 3 ? `${shown.join(', ')} and ${sorted.length - 3} more` : shown.join(', ');
}

function tableSpan(dates: PageDates): Span {
  return dates.cells.tables[0]?.table.header.span ?? { start: 0, end: 0 };
}

function shortPath(path: string): string {
  return path.replace(/\\/g, '/').split('/').slice(-2).join('/');
}

function languageName(page: Page): string {
  const language = page.identity.language;
  return language === 'vi' ? 'Vietnamese' : language === 'en' ? 'English' : language ? `"${language}"` : 'default-language';
}
