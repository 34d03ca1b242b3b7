import * as l10n from '@vscode/l10n';
import { applyEdits } from '../fix';
import { scanBlocks } from '../page/table';
import { emptyDayTable, pageLanguage } from '../workspace/templates';
import { LineIndex } from '../page/text';
import { normalizeLabel } from '../page/columns';
import { MemoSlot } from '../page/memo';
import { dayTables } from '../page/page';
import type { Page, Table } from '../page/page';
import { readDay } from '../dates/days';
import type { Report } from './types';
import { Rule } from './types';

export const tableMissing: Rule = {
  code: 'table.missing',
  defaultSeverity: 'information',
  description: 'A week page has no day table (Day | Task | Start Date | Completion Date | Reference Material).',
  checkPage({ page, standalone, report }) {
    // With its site-language the twin and the other weeks also decide (checkSiteLanguage); alone, the page does.
    if (!standalone) return;
    const missing = missingTable(page);
    if (missing) report(missing);
  },
  checkSiteLanguage({ pages, twinOf, report }) {
    const headers = new Set(pages.flatMap((p) => dayTables(p).map(headerKey)));
    for (const page of pages) {
      const missing = missingTable(page);
      if (!missing) continue;
      const twin = twinOf(page);
      const twinTables = twin ? dayTables(twin) : [];
      if (page.tables.some((t) => headers.has(headerKey(t)) || twinTables.some((d) => sameShape(t, d)))) continue;
      report(page, missing);
    }
  },
};

/** The header as the site's other weeks would write it, for "this site uses this table for its days". */
function headerKey(table: Table): string {
  return table.header.cells.map((c) => normalizeLabel(c.text)).join('|');
}

/** As wide as the twin's day table, with dates or day values where the twin has its Day or date column. */
function sameShape(table: Table, twinTable: Table): boolean {
  if (table.columns !== twinTable.columns || table.rows.length === 0) return false;
  const when = twinTable.roles.findIndex((r) => r === 'day' || r === 'date' || r === 'start');
  if (when < 0) return false;
  const values = table.rows.map((r) => r.cells[when]?.text ?? '').filter((v) => v !== '');
  return values.length > 0 && values.filter((v) => readDay(v).kind !== 'unknown').length * 2 > values.length;
}

// The finding and its fix re-scan the page: once per page, not on every lint of its site.
const MISSING = new MemoSlot<Report | undefined>('missing table');

function missingTable(page: Page): Report | undefined {
  return page.memo.get(MISSING, () => readMissingTable(page));
}

function readMissingTable(page: Page): Report | undefined {
  // Table-shaped lines the site shows as text are table.not-rendered's finding, the one to act on.
  if (page.tables.some((t) => t.isDayTable) || page.brokenTables.length > 0 || page.pipeParagraphs.length > 0) return undefined;
  // An unclosed front matter swallows the whole page; frontmatter.unterminated is the finding to act on.
  if (page.frontMatter && !page.frontMatter.terminated) return undefined;
  const tasks = page.sections.find((s) => s.kind === 'tasks');
  const anchor = tasks?.heading ?? page.headings[0];
  const span = anchor ? anchor.span : page.frontMatter ? page.frontMatter.openSpan : { start: 0, end: page.lines.lines[0].end };
  // A Tasks heading on the last line has no body line to insert into: the table goes at the end.
  const insertAt = tasks && tasks.body.start > tasks.heading.span.start ? tasks.body.start : page.text.length;
  const needsBreak = insertAt === page.text.length && page.text.length > 0 && !/\r?\n$/.test(page.text);
  // A non-blank line right after the table would be read as one more row.
  const followedByText = page.text.slice(insertAt, page.lines.lines[page.lines.positionAt(insertAt).line].end).trim() !== '';
  const table = emptyDayTable(pageLanguage(page), page.eol);
  const edits = [{ start: insertAt, end: insertAt, newText: (needsBreak ? page.eol + page.eol : '') + table + (followedByText ? page.eol : '') }];
  // Offer the fix only where the table would render (not inside an unclosed code fence, say).
  const fixed = applyEdits(page.text, edits);
  const fixedLines = new LineIndex(fixed);
  const headerLine = fixedLines.positionAt(insertAt + (needsBreak ? 2 * page.eol.length : 0)).line;
  const works = scanBlocks(fixed, fixedLines, page.bodyLine).tables.some((t) => t.header.line === headerLine);
  return {
    message: l10n.t('This week has no day table; reviewers expect one row per day with its task, dates and references.'),
    span,
    fixes: works ? [{ title: l10n.t('Insert a day table'), edits }] : [],
  };
}
