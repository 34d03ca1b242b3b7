import { DateWords, englishDateWords } from '../dates/dateWords';

/** The words the rendered preview shows besides the page's own text; English defaults, replaceable per language. */
/** Date words come from the editor's language so the preview writes dates as the hovers and the tree do. */
export interface RenderLabels extends DateWords {
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
  /** Before the URL of a remote image shown as a placeholder, and of a local image a standalone page leaves out. */
  readonly remoteImage: string;
  readonly imageLeftOut: string;
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
  remoteImage: 'Remote image not loaded:',
  imageLeftOut: 'Image left out:',
  ...englishDateWords,
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
