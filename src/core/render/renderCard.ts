import type { Element, ElementContent } from 'hast';
import { plain } from '../dates/dateCells';
import { CalendarDate, dayNumber } from '../dates/dates';
import { entry } from '../page/frontMatter';
import { frontMatterDate } from '../dates/frontMatterDate';
import type { Page } from '../page/page';
import { el, txt } from './renderHast';
import { formatDay, formatRange } from '../dates/dateWords';
import { RenderLabels } from './renderLabels';
import type { Span } from '../page/text';
import type { PageDates } from '../dates/weekDates';

export interface Card {
  readonly element: Element;
  readonly title: string;
  /** The front matter's text: problems inside it mark the card. */
  readonly span: Span;
}

/** The header card standing in for the front matter: title, week number, date range, weight and menu prefix. */
export function renderCard(page: Page, dates: PageDates, labels: RenderLabels): Card {
  const fm = page.frontMatter;
  const title = pageTitle(page) ?? labels.untitled;
  const facts: ElementContent[] = [];
  const fact = (name: string, key: string, value: string) => facts.push(el('dt', {}, [txt(name)]), el('dd', { className: [`wl-card-${key}`] }, [txt(value)]));
  if (page.identity.week !== undefined) fact(labels.week, 'week', String(page.identity.week));
  const range = dateRange(dates);
  if (range) fact(labels.dates, 'dates', formatRange(range.from, range.to, labels));
  else {
    const written = frontMatterDate(page);
    if (written?.date) fact(labels.date, 'date', formatDay(written.date, undefined, labels));
    else if (written) fact(labels.date, 'date', written.entry.unquoted);
  }
  const weight = entry(fm, 'weight');
  if (weight) fact(labels.weight, 'weight', weight.unquoted);
  const pre = entry(fm, 'pre');
  if (pre) fact(labels.pre, 'pre', plain(pre.unquoted).replace(/\s+/g, ' '));

  const children: ElementContent[] = [el('h1', { className: ['wl-card-title'] }, [txt(title)])];
  if (facts.length > 0) children.push(el('dl', { className: ['wl-card-facts'] }, facts));
  const note = !fm ? labels.noFrontMatter : !fm.terminated ? labels.frontMatterUnclosed : fm.error ? `${labels.frontMatterInvalid}: ${fm.error.message}` : undefined;
  if (note) children.push(el('p', { className: ['wl-card-note'] }, [txt(note)]));
  const element = el('header', { className: ['wl-card'], dataLine: 0 }, children);
  return { element, title, span: fm ? fm.span : { start: 0, end: 0 } };
}

/** The front matter title as YAML reads it, else the first heading, else undefined. */
function pageTitle(page: Page): string | undefined {
  const data = page.frontMatter?.data?.title;
  if (typeof data === 'string' && data.trim() !== '') return data.trim();
  if (typeof data === 'number') return String(data);
  const written = page.identity.title?.trim();
  if (written) return written;
  const heading = page.headings.find((h) => h.text.trim() !== '');
  return heading ? plain(heading.text) : undefined;
}

/** The first and last day the page's rows cover, read in the page's order. */
function dateRange(dates: PageDates): { from: CalendarDate; to: CalendarDate } | undefined {
  let from: CalendarDate | undefined;
  let to: CalendarDate | undefined;
  for (const row of dates.rows) {
    // A row whose date is far from the others' (a typo) would stretch the range; its cell still shows the date.
    if (dates.outside.has(row)) continue;
    for (const read of [row.startDate, row.endDate]) {
      const d = read?.date;
      if (!d) continue;
      if (!from || dayNumber(d) < dayNumber(from)) from = d;
      if (!to || dayNumber(d) > dayNumber(to)) to = d;
    }
  }
  return from && to ? { from, to } : undefined;
}
