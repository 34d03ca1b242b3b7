import { Config, defaultConfig } from '../config';
import { dayNumber, formatIso, fromDayNumber } from '../dates/dates';
import { contextDates } from '../dates/weekDates';
import { labCatalog } from '../links/labs';
import { labOccurrences } from '../links/labLinks';
import type { Page } from '../page/page';
import type { Finding, Severity } from '../rules/types';
import { pageLanguage } from '../workspace/templates';
import { buildSiteWeeks } from '../workspace/weeksModel';
import { languageKey } from '../workspace/workspace';
import type { CohortReport, LabReport, ReportPage, SimilarPair, SimilarSide, SiteReport, WeekReport } from './model';
import { OwnWords, ownWords } from './ownWords';
import { Comparable, containment, findSimilar } from './similarity';
import { folderName, relativeTo } from './sites';

/** One intern's site as the caller found it: its pages (week pages and section indexes) and their findings. */
export interface CohortSite {
  /** The site folder as the report names it (relative to where the command ran, say). */
  readonly root: string;
  /** The folder as the pages' paths spell it, to name pages relative to the site. */
  readonly dir: string;
  /** From the Hugo config; the folder name stands in without one. */
  readonly title: string | undefined;
  readonly pages: readonly Page[];
  readonly findings: ReadonlyMap<Page, readonly Finding[]>;
  readonly config?: Config;
}

/** A week page with fewer own words than this holds nothing beyond the template. */
export const TEMPLATE_MAX_WORDS = 8;
/** A page repeating this many of the template's week-1 sentences (it has 9 per language) is still its sample week. */
export const TEMPLATE_SENTENCES = 8;
/** A page repeating a few of them and otherwise the same as another week of its site is a copied template week. */
const TEMPLATE_SOME_SENTENCES = 3;
const SAME_AS_OTHER_WEEK = 0.8;
/** Behind: progress more than this many weeks short of the cohort's median. */
const BEHIND_BY = 2;

const RANK: Record<Severity, number> = { error: 3, warning: 2, information: 1, hint: 0 };

/** The cohort report: every site's weeks, labs and findings, who is behind, and similar weeks across sites. */
export function buildCohortReport(sites: readonly CohortSite[]): CohortReport {
  const sorted = [...sites].sort((a, b) => displayTitle(a).localeCompare(displayTitle(b)) || a.root.localeCompare(b.root));
  const built = sorted.map((site, index) => buildSite(site, index));
  const progress = built.map((b) => b.report.progress).sort((a, b) => a - b);
  const medianProgress = median(progress);
  const reports = built.map((b) => ({ ...b.report, behind: medianProgress - b.report.progress > BEHIND_BY }));
  const comparables = built.flatMap((b) => b.comparables);
  const similar = pairsOf(findSimilar(comparables, sites.length), comparables);
  const weekCount = Math.max(0, ...reports.map((r) => (r.weeks.length > 0 ? r.weeks[r.weeks.length - 1].number : 0)));
  return { sites: reports, similar, medianProgress, weekCount };
}

function displayTitle(site: CohortSite): string {
  return site.title?.trim() || folderName(site.dir);
}

interface ComparablePage extends Comparable {
  readonly side: SimilarSide;
}

function buildSite(site: CohortSite, index: number): { report: SiteReport; comparables: ComparablePage[] } {
  const config = site.config ?? defaultConfig;
  const catalog = labCatalog(config);
  const built = buildSiteWeeks(site.dir, site.pages);
  const weeks: WeekReport[] = [];
  const missingWeeks: number[] = [];
  const labs = new Map<string, Set<number>>();
  const comparables: ComparablePage[] = [];
  let lastDay = -Infinity;
  const byLanguage = new Map<string, Page[]>();
  for (const slot of built?.weeks ?? []) for (const page of [...slot.pages, ...slot.duplicates]) byLanguage.set(languageKey(page), [...(byLanguage.get(languageKey(page)) ?? []), page]);

  for (const slot of built?.weeks ?? []) {
    const pages = [...slot.pages, ...slot.duplicates];
    if (pages.length === 0) {
      missingWeeks.push(slot.week);
      continue;
    }
    let first = Infinity;
    let last = -Infinity;
    let errors = 0;
    let warnings = 0;
    let information = 0;
    let worst: Severity | undefined;
    const refs: ReportPage[] = [];
    for (const page of pages) {
      const language = languageKey(page);
      const twin = slot.pages.find((p) => languageKey(p) !== language);
      const siblings = (byLanguage.get(language) ?? []).filter((p) => p !== page);
      for (const row of contextDates(page, config, twin, siblings).rows) {
        for (const read of [row.startDate, row.endDate]) {
          if (!read?.date) continue;
          const day = dayNumber(read.date);
          first = Math.min(first, day);
          last = Math.max(last, day);
        }
      }
      const findings = site.findings.get(page) ?? [];
      errors += findings.filter((f) => f.severity === 'error').length;
      warnings += findings.filter((f) => f.severity === 'warning').length;
      information += findings.filter((f) => f.severity === 'information').length;
      const pageWorst = worstOf(findings);
      if (pageWorst && (!worst || RANK[pageWorst.severity] > RANK[worst])) worst = pageWorst.severity;
      refs.push({
        path: relativeTo(site.dir, page.path),
        fullPath: page.path,
        language: language === 'default' ? pageLanguage(page) : language,
        line: pageWorst ? page.lines.positionAt(pageWorst.span.start).line + 1 : 1,
        worst: pageWorst?.severity,
      });
      for (const occurrence of labOccurrences(page, config)) {
        const id = occurrence.lab.id;
        if (id === undefined) continue;
        let weeksOfLab = labs.get(id);
        if (!weeksOfLab) labs.set(id, (weeksOfLab = new Set()));
        weeksOfLab.add(slot.week);
      }
    }
    // One page speaks for the week (English where there is one, so sites with either default language compare): twins say the same.
    const chosen = refs.findIndex((r) => r.language === 'en');
    const page = pages[chosen >= 0 ? chosen : 0];
    const words = ownWords(page);
    const template = isTemplatePage(page, words, (byLanguage.get(languageKey(page)) ?? []).filter((p) => p !== page));
    if (!template) comparables.push({ site: index, words, side: { root: site.root, week: slot.week, page: relativeTo(site.dir, page.path), fullPath: page.path } });
    lastDay = Math.max(lastDay, last);
    weeks.push({
      number: slot.week,
      pages: refs,
      start: Number.isFinite(first) ? formatIso(fromDayNumber(first)) : undefined,
      end: Number.isFinite(last) ? formatIso(fromDayNumber(last)) : undefined,
      errors,
      warnings,
      information,
      table: pages.some((p) => p.tables.some((t) => t.isDayTable)),
      template,
      worst,
    });
  }

  const counts: Record<string, number> = {};
  let errors = 0;
  let warnings = 0;
  let information = 0;
  for (const page of site.pages) {
    for (const f of site.findings.get(page) ?? []) {
      counts[f.code] = (counts[f.code] ?? 0) + 1;
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else if (f.severity === 'information') information++;
    }
  }
  const sortedCounts = Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));
  const labList: LabReport[] = [...labs]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, w]) => ({ id, title: catalog.title(id), weeks: [...w].sort((a, b) => a - b) }));
  const progress = Math.max(0, ...weeks.filter((w) => !w.template).map((w) => w.number));
  const report: SiteReport = {
    root: site.root,
    title: displayTitle(site),
    languages: languagesOf(built?.languages ?? [], byLanguage),
    weeks,
    missingWeeks,
    noTableWeeks: weeks.filter((w) => !w.table).map((w) => w.number),
    templateWeeks: weeks.filter((w) => w.template).map((w) => w.number),
    labs: labList,
    lastDay: Number.isFinite(lastDay) ? formatIso(fromDayNumber(lastDay)) : undefined,
    progress,
    behind: false,
    errors,
    warnings,
    information,
    counts: sortedCounts,
  };
  return { report, comparables };
}

/** No words beyond the template's, the template's sample week kept whole, or a few of its sentences in a copy of another week. */
function isTemplatePage(page: Page, words: OwnWords, siblings: readonly Page[]): boolean {
  if (words.count < TEMPLATE_MAX_WORDS || words.templateSentences >= TEMPLATE_SENTENCES) return true;
  if (words.templateSentences < TEMPLATE_SOME_SENTENCES) return false;
  return siblings.some((other) => other.identity.week !== page.identity.week && containment(words, ownWords(other)) >= SAME_AS_OTHER_WEEK);
}

/** Language codes, primary first; the unsuffixed default language is named by its text. */
function languagesOf(keys: readonly string[], byLanguage: ReadonlyMap<string, readonly Page[]>): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const first = byLanguage.get(key)?.[0];
    const code = key !== 'default' ? key : first ? pageLanguage(first) : undefined;
    if (code && !out.includes(code)) out.push(code);
  }
  return out;
}

function worstOf(findings: readonly Finding[]): Finding | undefined {
  let worst: Finding | undefined;
  for (const f of findings) if (!worst || RANK[f.severity] > RANK[worst.severity]) worst = f;
  return worst;
}

function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One entry per pair of weeks (the best-matching pages of the two), the site listed first in the report as `a`. */
function pairsOf(matches: ReturnType<typeof findSimilar>, pages: readonly ComparablePage[]): SimilarPair[] {
  const best = new Map<string, SimilarPair>();
  for (const m of matches) {
    const [x, y] = pages[m.a].site <= pages[m.b].site ? [pages[m.a], pages[m.b]] : [pages[m.b], pages[m.a]];
    const key = `${x.site}\u0000${x.side.week}\u0000${y.site}\u0000${y.side.week}`;
    const known = best.get(key);
    if (!known || m.percent > known.percent) best.set(key, { a: x.side, b: y.side, percent: m.percent, passage: m.passage });
  }
  return [...best.values()].sort((p, q) => q.percent - p.percent || p.a.root.localeCompare(q.a.root) || p.a.week - q.a.week || p.b.root.localeCompare(q.b.root));
}
