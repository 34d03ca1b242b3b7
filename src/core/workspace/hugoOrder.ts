import { dayNumber } from '../dates/dates';
import { frontMatterDate } from '../dates/frontMatterDate';
import { entry } from '../page/frontMatter';
import { compareCodeUnits, compareText } from './collation';
import type { Page } from '../page/page';

/**
 * The order Hugo lists pages in (its default sort, which the theme's menu uses): weight (unweighted last), then
 * date newest first (an unreadable or absent date is the zero date), then link title, then path.
 */
export function hugoMenuOrder(pages: readonly Page[]): Page[] {
  const keyed = pages.map((page) => {
    const date = frontMatterDate(page)?.date;
    const title = entry(page.frontMatter, 'linkTitle')?.unquoted ?? entry(page.frontMatter, 'title')?.unquoted ?? '';
    const weight = page.identity.weight?.value;
    return { page, weight: weight === undefined ? 0 : Math.trunc(weight), day: date ? dayNumber(date) : -Infinity, title };
  });
  keyed.sort((a, b) => {
    if (a.weight !== b.weight) return a.weight === 0 ? 1 : b.weight === 0 ? -1 : a.weight - b.weight;
    if (a.day !== b.day) return b.day - a.day;
    // Hugo compares titles with a collator; Intl's is the nearest at hand.
    return compareText(a.title, b.title) || compareCodeUnits(a.page.path, b.page.path);
  });
  return keyed.map((k) => k.page);
}

/** Whether Hugo lists these week pages by increasing week number. */
export function listedInWeekOrder(pages: readonly Page[]): boolean {
  const weeks = hugoMenuOrder(pages).map((p) => p.identity.week ?? 0);
  return weeks.every((week, i) => i === 0 || week >= weeks[i - 1]);
}
