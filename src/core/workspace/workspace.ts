import type { Page } from '../page/page';
import { inWorklogSection, isSectionPath, splitPath, weekFromPath } from '../page/identity';
import { compareText } from './collation';

/** The week pages of one worklog section in one language, ordered by week number. */
export interface SiteLanguage {
  readonly site: string;
  readonly language: string;
  readonly pages: readonly Page[];
}

const LANGUAGE_SUFFIX = /\.([a-z]{2}(?:-[a-z]{2,4})?)(\.(?:md|markdown))$/i;
const LANGUAGE_FOLDERS = new Set(['en', 'vi']);

/** `content/1-Worklog` for every week page of that section, whatever its language folder or file suffix. */
export function siteKey(path: string): string {
  const segments = withoutLanguageFolder(splitPath(path));
  const file = segments.pop() ?? '';
  if (/^_?index(\.[a-z]{2})?\.(md|markdown)$/i.test(file) && !isSectionPath(path)) segments.pop();
  return segments.join('/');
}

/** The path with its language marker removed, so EN and VI twins share one key. */
export function twinKey(path: string): string {
  return withoutLanguageFolder(splitPath(path)).join('/').replace(LANGUAGE_SUFFIX, '$2').toLowerCase();
}

export function languageKey(page: Page): string {
  return page.identity.language ?? 'default';
}

function withoutLanguageFolder(segments: string[]): string[] {
  const content = segments.lastIndexOf('content');
  if (content >= 0 && LANGUAGE_FOLDERS.has((segments[content + 1] ?? '').toLowerCase()) && content + 2 < segments.length) {
    return [...segments.slice(0, content + 1), '*', ...segments.slice(content + 2)];
  }
  return segments;
}

export function groupSiteLanguages(pages: readonly Page[]): SiteLanguage[] {
  const groups = new Map<string, { site: string; language: string; pages: Page[] }>();
  for (const page of pages) {
    if (page.identity.kind !== 'week') continue;
    const site = siteKey(page.path);
    const language = languageKey(page);
    const key = `${site}\u0000${language}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { site, language, pages: [] }));
    group.pages.push(page);
  }
  for (const group of groups.values()) group.pages.sort(byWeek);
  return [...groups.values()];
}

export function byWeek(a: Page, b: Page): number {
  return (a.identity.week ?? Number.MAX_SAFE_INTEGER) - (b.identity.week ?? Number.MAX_SAFE_INTEGER) || compareText(a.path, b.path);
}

/** Pairs each week page with the page of the same week in the site's other language. */
export function twinFinder(pages: readonly Page[]): (page: Page) => Page | undefined {
  const byKey = new Map<string, Page[]>();
  for (const page of pages) {
    if (page.identity.kind !== 'week') continue;
    const key = twinKey(page.path);
    const same = byKey.get(key);
    if (same) same.push(page);
    else byKey.set(key, [page]);
  }
  // Several rules ask for every page's twin: each is looked up once.
  const twins = new Map<Page, Page | undefined>();
  return (page) => {
    if (twins.has(page)) return twins.get(page);
    const twin = byKey.get(twinKey(page.path))?.find((p) => p !== page && languageKey(p) !== languageKey(page));
    twins.set(page, twin);
    return twin;
  };
}

/** Whether a path is worth reading as a worklog page: a week page or a worklog section index. */
export function isWorklogCandidate(path: string): boolean {
  if (!/\.(md|markdown)$/i.test(path)) return false;
  return isSectionPath(path) || weekFromPath(path) !== undefined || inWorklogSection(splitPath(path));
}
