import { CalendarDate, dayNumber, fromDayNumber } from '../dates/dates';
import { describeRange, formatShortDay, localDateWords } from '../dates/dateWords';
import { OrderDecision, decideDateOrder } from '../dates/dateOrder';
import { readLabUrl } from '../links/labUrl';
import { Page, dayTables } from '../page/page';
import { needsContext, readPageDates } from '../dates/weekDates';
import { byWeek, languageKey, siteKey } from './workspace';

/** A folder named like a worklog section: `1-Worklog`, `worklog`, `nhat-ky`, `Nhật ký`. */
const WORKLOG_FOLDER = /worklog|nhat-?ky|nhật/i;

// Of two pages claiming one week, the shorter path is the original and the longer one its copy (`1.1-Week1-copy`).
const byWeekThenShortPath = (a: Page, b: Page) => (a.identity.week ?? 0) - (b.identity.week ?? 0) || a.path.length - b.path.length || byWeek(a, b);

/** One week of a site: its page in each language that has it (primary language first), or none for a gap. */
export interface WeekSlot {
  readonly week: number;
  /** One page per language, the site's primary language first; empty when no language has this week. */
  readonly pages: readonly Page[];
  /** Further pages claiming the same week in a language that already has one (a copied folder). */
  readonly duplicates: readonly Page[];
  /** The week's one-line summary from the section index (primary language first), when it lists one. */
  readonly summary: string | undefined;
}

/** The weeks of one worklog section, every language merged into one list numbered 1..N. */
export interface SiteWeeks {
  readonly site: string;
  /** The language key whose pages stand for a week: the default (unsuffixed) language, else `en`, else the commonest. */
  readonly primary: string;
  /** Every language with week pages, primary first. */
  readonly languages: readonly string[];
  /** Weeks 1..N, where N is the highest week of any language; gaps are slots without pages. */
  readonly weeks: readonly WeekSlot[];
  /** The section index page of each language that has one. */
  readonly sections: ReadonlyMap<string, Page>;
  /**
   * Pages outside a worklog section (their folder is not named like one, so no section index can list them either):
   * each was found by its own name or title, so they are not a sequence and the weeks between them are not missing.
   */
  readonly loose: boolean;
}

/** A day row as the Weeks view lists it. */
export interface DayOutline {
  readonly line: number;
  /** `Mon 22 Sep · Enable MFA`: the row's date (or Day cell) and the first line of its Task. */
  readonly label: string;
  /** Lab ids the row links, once each, in order. */
  readonly labs: readonly string[];
}

/** What the Weeks view shows of one week page, read in the page's decided date order. */
export interface PageOutline {
  /** `22–24 Sep 2025`: the first Start Date to the last Completion Date, or undefined with no dated row. */
  readonly range: string | undefined;
  readonly days: readonly DayOutline[];
  /** Monday of the week the rows fall in, as a day number. */
  readonly monday: number | undefined;
}

/** Groups pages (week pages and section indexes, any sites) into one SiteWeeks per site with week pages, sorted by site. */
export function buildWeeks(pages: readonly Page[]): SiteWeeks[] {
  const bySite = new Map<string, Page[]>();
  for (const page of pages) {
    if (page.identity.kind === 'other') continue;
    const site = siteKey(page.path);
    let list = bySite.get(site);
    if (!list) bySite.set(site, (list = []));
    list.push(page);
  }
  const sites: SiteWeeks[] = [];
  for (const [site, list] of bySite) {
    const built = buildSiteWeeks(site, list);
    if (built) sites.push(built);
  }
  return sites.sort((a, b) => a.site.localeCompare(b.site));
}

/** One site's weeks from its pages; undefined when it has no week page. */
export function buildSiteWeeks(site: string, pages: readonly Page[]): SiteWeeks | undefined {
  const byLanguage = new Map<string, Page[]>();
  const sections = new Map<string, Page>();
  for (const page of pages) {
    const language = languageKey(page);
    if (page.identity.kind === 'section') {
      if (!sections.has(language)) sections.set(language, page);
      continue;
    }
    if (page.identity.kind !== 'week' || page.identity.week === undefined) continue;
    let list = byLanguage.get(language);
    if (!list) byLanguage.set(language, (list = []));
    list.push(page);
  }
  if (byLanguage.size === 0) return undefined;
  const primary = primaryLanguage(byLanguage);
  const languages = [...byLanguage.keys()].sort((a, b) => (a === primary ? -1 : b === primary ? 1 : a.localeCompare(b)));
  const summaries = [primary, ...[...sections.keys()].filter((l) => l !== primary).sort()].map((l) => sections.get(l)).filter((p): p is Page => p !== undefined).map(sectionSummaries);

  const slots = new Map<number, { pages: Page[]; duplicates: Page[] }>();
  let last = 0;
  for (const language of languages) {
    const seen = new Set<number>();
    for (const page of [...(byLanguage.get(language) ?? [])].sort(byWeekThenShortPath)) {
      const week = page.identity.week as number;
      last = Math.max(last, week);
      let slot = slots.get(week);
      if (!slot) slots.set(week, (slot = { pages: [], duplicates: [] }));
      if (seen.has(week)) slot.duplicates.push(page);
      else slot.pages.push(page);
      seen.add(week);
    }
  }
  const weeks: WeekSlot[] = [];
  for (let week = 1; week <= last; week++) {
    const slot = slots.get(week);
    const summary = summaries.map((s) => s.get(week)).find((s) => s !== undefined);
    weeks.push({ week, pages: slot?.pages ?? [], duplicates: slot?.duplicates ?? [], summary });
  }
  return { site, primary, languages, weeks, sections, loose: !WORKLOG_FOLDER.test(site.replace(/\\/g, '/').split('/').pop() ?? '') };
}

function primaryLanguage(byLanguage: ReadonlyMap<string, readonly Page[]>): string {
  if (byLanguage.has('default')) return 'default';
  if (byLanguage.has('en')) return 'en';
  return [...byLanguage].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b))[0][0];
}

const WEEK_LINE = /^(?:[-*+]\s+|#{1,6}\s+|\d+[.)]\s+)?(?:week|tuần|tuan)\s*0*(\d{1,3})(?!\d)\s*[:.)\-–—]?\s*(.*)$/i;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/;

/**
 * Week number → one-line summary from a section index: `**Week 1:** [Accounts and IAM](1.1-week1/)`,
 * `- Week 1: Accounts and IAM`, a `| Week 1 | Accounts and IAM |` table row, or the link on the line after `**Week 1:**`.
 */
export function sectionSummaries(section: Page): Map<number, string> {
  const result = new Map<number, string>();
  const lines = section.lines;
  let pending: number | undefined;
  for (let line = section.bodyLine; line < lines.lineCount; line++) {
    if (section.codeLines.has(line)) continue;
    const raw = section.text.slice(lines.lines[line].start, lines.lines[line].end);
    const text = raw.trim();
    if (text === '') continue;
    if (text.startsWith('|')) {
      const cells = text.replace(/^\||\|$/g, '').split('|').map((c) => plain(c));
      const week = WEEK_LINE.exec(cells[0] ?? '');
      const summary = cells.slice(1).find((c) => c !== '');
      if (week && week[2] === '' && summary && !result.has(Number(week[1]))) result.set(Number(week[1]), summary);
      pending = undefined;
      continue;
    }
    const stripped = text.replace(/\*\*|__/g, '').replace(/<br\s*\/?>/gi, ' ').replace(/\\$/, '').trim();
    const match = WEEK_LINE.exec(stripped);
    if (match) {
      const week = Number(match[1]);
      const summary = summaryOf(match[2]);
      if (summary === undefined) pending = week;
      else {
        pending = undefined;
        if (!result.has(week) && !isJustWeek(summary)) result.set(week, summary);
      }
      continue;
    }
    if (pending !== undefined) {
      const summary = summaryOf(stripped);
      if (summary !== undefined && !result.has(pending) && !isJustWeek(summary)) result.set(pending, summary);
    }
    pending = undefined;
  }
  return result;
}

/** The first link's text when the rest of the line has a link, else the rest itself. */
function summaryOf(rest: string): string | undefined {
  const link = LINK.exec(rest);
  const text = plain(link ? link[1] : rest);
  return text === '' ? undefined : text;
}

function isJustWeek(text: string): boolean {
  return /^(?:week|tuần|tuan)\s*\d{1,3}$/i.test(text);
}

function plain(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/gi, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Keeps SiteWeeks per site and rebuilds only the sites whose pages changed; the outlines of unchanged pages
 * (ranges, day rows) are kept with the page objects, so one edited page costs one page's outline.
 */
export class WeeksIndex {
  private readonly sites = new Map<string, SiteWeeks>();
  private readonly outlines = new WeakMap<Page, PageOutline>();

  /** Rebuilds one site from its current pages; returns whether the set of sites changed. */
  update(site: string, pages: readonly Page[]): boolean {
    const built = buildSiteWeeks(site, pages);
    const had = this.sites.has(site);
    if (built) this.sites.set(site, built);
    else this.sites.delete(site);
    return had !== (built !== undefined);
  }

  /** Replaces everything with the given pages. */
  reset(pages: readonly Page[]): void {
    this.sites.clear();
    for (const site of buildWeeks(pages)) this.sites.set(site.site, site);
  }

  site(site: string): SiteWeeks | undefined {
    return this.sites.get(site);
  }

  all(): SiteWeeks[] {
    return [...this.sites.values()].sort((a, b) => a.site.localeCompare(b.site));
  }

  /** The slot and site of a week page (primary, twin or duplicate). */
  slotOf(page: Page): { site: SiteWeeks; slot: WeekSlot } | undefined {
    const site = this.sites.get(siteKey(page.path));
    const week = page.identity.week;
    if (!site || week === undefined) return undefined;
    const slot = site.weeks[week - 1];
    return slot && (slot.pages.includes(page) || slot.duplicates.includes(page)) ? { site, slot } : undefined;
  }

  /** The page's date order, decided with its twin and its language's other weeks as the linter does. */
  decisionOf(page: Page): OrderDecision {
    const alone = decideDateOrder(page);
    const found = this.slotOf(page);
    if (!found || !needsContext(alone)) return alone;
    const language = languageKey(page);
    const twin = found.slot.pages.find((p) => languageKey(p) !== language);
    const siblings = found.site.weeks.flatMap((s) => s.pages.filter((p) => p !== page && languageKey(p) === language));
    return decideDateOrder(page, { twin, siblings });
  }

  outline(page: Page): PageOutline {
    let outline = this.outlines.get(page);
    if (!outline) this.outlines.set(page, (outline = outlinePage(page, this.decisionOf(page))));
    return outline;
  }
}

/** A week page's dated range, day rows and week, read under `decision`. */
export function outlinePage(page: Page, decision: OrderDecision): PageOutline {
  const dates = readPageDates(page, decision);
  const byLine = new Map<number, CalendarDate>();
  for (const row of dates.rows) if (row.startDate?.date) byLine.set(row.row.line, row.startDate.date);
  // The range runs to the last Completion Date: a row from Thursday to Saturday ends the week on Saturday.
  const ends = dates.rows.map((r) => r.endDate?.date).filter((d): d is CalendarDate => d !== undefined);
  const numbers = [...byLine.values(), ...ends].map(dayNumber).sort((a, b) => a - b);
  const range = numbers.length > 0 ? describeRange(fromDayNumber(numbers[0]), fromDayNumber(numbers[numbers.length - 1])) : undefined;
  let days: DayOutline[] | undefined;
  // Week rows need only the range; the day rows are read when the week is expanded.
  return {
    range,
    monday: dates.week?.monday,
    get days() {
      return (days ??= readDays(page, byLine));
    },
  };
}

function readDays(page: Page, byLine: ReadonlyMap<number, CalendarDate>): DayOutline[] {
  const days: DayOutline[] = [];
  const words = localDateWords();
  for (const table of dayTables(page)) {
    const task = table.column('task');
    const dayColumn = table.column('day');
    for (const row of table.rows) {
      const text = task >= 0 ? firstLine(row.cells[task]?.text ?? '') : '';
      const date = byLine.get(row.line);
      const when = date ? formatShortDay(date, words) : dayColumn >= 0 ? plain(row.cells[dayColumn]?.text ?? '') : '';
      if (!text && !when) continue;
      const labs: string[] = [];
      for (const link of page.links) {
        if (link.span.start < row.span.start || link.span.end > row.span.end) continue;
        const id = readLabUrl(link.url)?.id;
        if (id !== undefined && !labs.includes(id)) labs.push(id);
      }
      days.push({ line: row.line, label: [when, text].filter((s) => s).join(' · '), labs });
    }
  }
  return days;
}

function firstLine(text: string): string {
  for (const part of text.split(/<br\s*\/?>/i)) {
    const line = plain(part).replace(/^[-+*](\s+|$)/, '');
    if (line !== '') return line;
  }
  return '';
}

