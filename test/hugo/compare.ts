// Page by page: what Hugo did with a page next to what the checks claim it will do.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding, Page, decodePage, frontMatterDate, lintPages, parsePage } from '../../src/core';
import { HugoBuild } from './hugoSite';
import { isDayTableShown, readRendered } from './rendered';

export type Topic = 'frontmatter.unterminated' | 'frontmatter.missing' | 'frontmatter.values' | 'table.missing' | 'table.not-rendered' | 'table.row-cells' | 'tables';

export interface Disagreement {
  readonly topic: Topic;
  /** `checks` claims what Hugo does not do; `hugo` does what the checks do not claim. */
  readonly side: 'checks' | 'hugo';
  readonly file: string;
  readonly detail: string;
}

export interface Tally {
  agree: number;
  checksOnly: number;
  hugoOnly: number;
}

export interface Comparison {
  readonly tallies: Record<Topic, Tally>;
  readonly disagreements: readonly Disagreement[];
  readonly pages: number;
}

const TOPICS: readonly Topic[] = ['frontmatter.unterminated', 'frontmatter.missing', 'frontmatter.values', 'table.missing', 'table.not-rendered', 'table.row-cells', 'tables'];

/** Every `.md` file under each source's content/, keyed `<name>/<path under content>` as the Hugo build keys them. */
export function readSources(sources: ReadonlyMap<string, string>): Map<string, Page> {
  const pages = new Map<string, Page>();
  for (const [name, dir] of sources) {
    const content = path.join(dir, 'content');
    for (const file of fs.readdirSync(content, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.md')) continue;
      const key = `${name}/${file.split(path.sep).join('/')}`;
      const decoded = decodePage(fs.readFileSync(path.join(content, file)));
      if (!decoded.ok) continue;
      const text = decoded.text;
      pages.set(key, parsePage(`${name}/content/${file.split(path.sep).join('/')}`, text));
    }
  }
  return pages;
}

export function compare(pages: ReadonlyMap<string, Page>, hugo: HugoBuild): Comparison {
  const tallies = Object.fromEntries(TOPICS.map((t) => [t, { agree: 0, checksOnly: 0, hugoOnly: 0 }])) as Record<Topic, Tally>;
  const disagreements: Disagreement[] = [];
  const findings = lintPages([...pages.values()]);
  const note = (topic: Topic, file: string, checks: number, shown: number, detail: string) => {
    const t = tallies[topic];
    t.agree += Math.min(checks, shown);
    if (checks > shown) {
      t.checksOnly += checks - shown;
      disagreements.push({ topic, side: 'checks', file, detail });
    } else if (shown > checks) {
      t.hugoOnly += shown - checks;
      disagreements.push({ topic, side: 'hugo', file, detail });
    }
  };
  for (const [file, page] of pages) {
    const found = findings.get(page) ?? [];
    const count = (code: string) => found.filter((f) => f.code === code).length;
    const week = page.identity.kind === 'week';
    const error = hugo.errors.get(file);
    note('frontmatter.unterminated', file, count('frontmatter.unterminated'), error ? 1 : 0, error ?? 'the checks say the build fails');
    if (error) continue;
    const built = hugo.pages.get(file);
    if (!built) throw new Error(`Hugo built no page for ${file}`);
    const shown = readRendered(built.content);
    compareFrontMatter(page, built.params, built.date, built.weight, file, week, count('frontmatter.missing'), note);
    note('table.not-rendered', file, count('table.not-rendered'), shown.rawPipeRuns + Math.max(0, shown.codeTables - fencedTables(page)), shown.rawPipeLines.slice(0, 3).join(' / ') || `${shown.codeTables} table(s) in code`);
    if (week) {
      const covered = count('table.not-rendered') > 0;
      const hugoMissing = !covered && !shown.tables.some(isDayTableShown) ? 1 : 0;
      note('table.missing', file, count('table.missing'), hugoMissing, hugoMissing ? 'no table of days rendered' : `rendered: ${shown.tables.map((t) => `${t.columns} columns × ${t.rows.length} rows`).join(', ')}`);
    }
    compareTables(page, shown.tables, found, file, note);
  }
  return { tallies, disagreements, pages: pages.size };
}

type Note = (topic: Topic, file: string, checks: number, shown: number, detail: string) => void;

function compareFrontMatter(page: Page, params: Readonly<Record<string, unknown>>, hugoDate: string | undefined, hugoWeight: number, file: string, week: boolean, missing: number, note: Note): void {
  // Hugo adds its own keys (draft, iscjklanguage, dates); a page without front matter has none of the author's.
  const authored = ['title', 'weight', 'pre', 'chapter'].some((k) => k in params);
  if (week) note('frontmatter.missing', file, missing, authored ? 0 : 1, authored ? 'Hugo read front matter' : 'Hugo read no front matter');
  const data = page.frontMatter?.data;
  if (!data) return;
  const problems: string[] = [];
  const title = data.title === undefined || data.title === null ? undefined : String(data.title);
  const hugoTitle = params.title === undefined ? undefined : String(params.title);
  if (title !== hugoTitle) problems.push(`title ${JSON.stringify(title)} vs Hugo ${JSON.stringify(hugoTitle)}`);
  // Hugo orders pages by an integer weight; a missing one is 0.
  const weight = typeof data.weight === 'number' && Number.isInteger(data.weight) ? data.weight : data.weight === undefined || data.weight === null ? 0 : undefined;
  if (weight !== undefined && weight !== hugoWeight) problems.push(`weight ${weight} vs Hugo ${hugoWeight}`);
  const fmDate = frontMatterDate(page);
  const ours = fmDate?.date ? `${fmDate.date.year}-${String(fmDate.date.month).padStart(2, '0')}-${String(fmDate.date.day).padStart(2, '0')}` : undefined;
  // Hugo dates a section page without a date of its own by its newest page; only a written date is compared there.
  if (ours !== hugoDate && (week || ours !== undefined)) problems.push(`date ${ours ?? 'none'} vs Hugo ${hugoDate ?? 'none'}`);
  note('frontmatter.values', file, 1, problems.length === 0 ? 1 : 0, problems.join('; '));
}

/** Fenced code blocks in the source that hold a table: Hugo shows those as code, as the author meant. */
function fencedTables(page: Page): number {
  let blocks = 0;
  let inTable = false;
  for (let i = page.bodyLine; i < page.lines.lineCount; i++) {
    const line = page.lines.lines[i];
    const isCode = page.codeLines.has(i);
    const delimiter = isCode && /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$/.test(page.text.slice(line.start, line.end));
    if (!isCode) inTable = false;
    else if (delimiter && !inTable) {
      blocks++;
      inTable = true;
    }
  }
  return blocks;
}

function compareTables(page: Page, shown: ReturnType<typeof readRendered>['tables'], found: readonly Finding[], file: string, note: Note): void {
  note('tables', file, page.tables.length, shown.length, `the checks read ${page.tables.length} table(s), Hugo rendered ${shown.length}`);
  const rowCells = found.filter((f) => f.code === 'table.row-cells');
  page.tables.forEach((table, t) => {
    const rendered = shown[t];
    if (!rendered) return;
    note('tables', file, table.rows.length, rendered.rows.length, `table ${t + 1}: the checks read ${table.rows.length} rows, Hugo rendered ${rendered.rows.length}`);
    const named = table.header.cells.length;
    table.rows.forEach((row, r) => {
      const flagged = rowCells.some((f) => f.span.start >= row.span.start && f.span.start <= row.span.end);
      const cells = rendered.rows[r];
      if (!cells) {
        if (flagged) note('table.row-cells', file, 1, 0, `row ${r + 1} of table ${t + 1} is not rendered`);
        return;
      }
      if (!flagged) return;
      // Fewer cells: Hugo shows the missing ones blank. More: the extra cells' text is nowhere in the rendered row.
      const confirmed = row.cells.length < named
        ? cells.slice(row.cells.length, named).every((c) => c === '')
        : row.cells.slice(table.columns).every((c) => plain(c.text) === '' || !cells.join('|').includes(plain(c.text)));
      note('table.row-cells', file, 1, confirmed ? 1 : 0, `row ${r + 1} of table ${t + 1}: Hugo shows ${JSON.stringify(cells)}`);
    });
  });
}

function plain(markdown: string): string {
  return markdown.replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1').replace(/<[^>]*>|[*_`]/g, '').trim();
}
