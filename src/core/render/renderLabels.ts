import { CalendarDate, DayMonthOrder, dayNumber, weekdayOf } from '../dates/dates';

/** The words the rendered preview shows besides the page's own text; English defaults, replaceable per language. */
export interface RenderLabels {
  /** Card fact names. */
  readonly week: string;
  readonly dates: string;
  readonly date: string;
  readonly weight: string;
  readonly pre: string;
  /** Card title when the page has no title. */
  readonly untitled: string;
  /** Card notes about the front matter itself. */
  readonly noFrontMatter: string;
  readonly frontMatterUnclosed: string;
  readonly frontMatterInvalid: string;
  /** Shown above the page text when Markdown cannot render it. */
  readonly renderFailed: string;
  /** Notice titles by type; `notice` for a type not listed. */
  readonly notice: string;
  readonly noticeTypes: Readonly<Record<string, string>>;
  /** Short weekday names, Sunday first (7), and short month names, January first (12), for date cells and the card. */
  readonly weekdays: readonly string[];
  readonly months: readonly string[];
}

export const defaultRenderLabels: RenderLabels = {
  week: 'Week',
  dates: 'Dates',
  date: 'Date',
  weight: 'Weight',
  pre: 'Menu prefix',
  untitled: 'Untitled page',
  noFrontMatter: 'No front matter',
  frontMatterUnclosed: 'The front matter is never closed with ---: Hugo cannot build this page.',
  frontMatterInvalid: 'The front matter is not valid YAML',
  renderFailed: 'This page could not be rendered as Markdown, so its text is shown as written',
  notice: 'Notice',
  noticeTypes: { note: 'Note', info: 'Info', tip: 'Tip', warning: 'Warning', important: 'Important', caution: 'Caution' },
  weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

/** Defaults overlaid with what the caller gave; arrays of the wrong length fall back to the defaults. */
export function resolveLabels(given: Partial<RenderLabels> | undefined): RenderLabels {
  if (!given) return defaultRenderLabels;
  const merged: Record<string, unknown> = { ...defaultRenderLabels };
  for (const key of Object.keys(defaultRenderLabels) as (keyof RenderLabels)[]) {
    const value: unknown = given[key];
    const fallback = defaultRenderLabels[key];
    if (typeof fallback === 'string' && typeof value === 'string') merged[key] = value;
    else if (Array.isArray(fallback) && Array.isArray(value) && value.length === fallback.length && value.every((v) => typeof v === 'string')) {
      merged[key] = value;
    } else if (key === 'noticeTypes' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const types: Record<string, string> = { ...defaultRenderLabels.noticeTypes };
      for (const [k, v] of Object.entries(value)) if (typeof v === 'string') types[k] = v;
      merged[key] = types;
    }
  }
  return merged as unknown as RenderLabels;
}

/** `Mon 20 Oct 2025` day-first, `Mon Oct 20, 2025` month-first: the page's own order, with its weekday. */
export function formatDay(date: CalendarDate, order: DayMonthOrder | undefined, labels: RenderLabels): string {
  const weekday = labels.weekdays[weekdayOf(date)];
  const month = labels.months[date.month - 1];
  return order === 'mdy' ? `${weekday} ${month} ${date.day}, ${date.year}` : `${weekday} ${date.day} ${month} ${date.year}`;
}

/** `20–24 Oct 2025`, `29 Sep – 3 Oct 2025`, `29 Dec 2025 – 2 Jan 2026`. */
export function formatRange(from: CalendarDate, to: CalendarDate, labels: RenderLabels): string {
  const m = (d: CalendarDate) => labels.months[d.month - 1];
  if (dayNumber(from) === dayNumber(to)) return `${from.day} ${m(from)} ${from.year}`;
  if (from.year !== to.year) return `${from.day} ${m(from)} ${from.year} – ${to.day} ${m(to)} ${to.year}`;
  if (from.month !== to.month) return `${from.day} ${m(from)} – ${to.day} ${m(to)} ${to.year}`;
  return `${from.day}–${to.day} ${m(to)} ${to.year}`;
}
