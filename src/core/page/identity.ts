import { FrontMatter, entry } from './frontMatter';
import { Span } from './text';

export type PageKind = 'week' | 'section' | 'other';

/** A week number and where it was read, so a fix can edit exactly that place. */
export interface NumberSource {
  readonly value: number;
  readonly span: Span | undefined;
}

export interface WeekIdentity {
  readonly kind: PageKind;
  /** The agreed week number: path first, then title, then `pre`. */
  readonly week: number | undefined;
  readonly fromPath: NumberSource | undefined;
  readonly fromTitle: NumberSource | undefined;
  readonly fromPre: NumberSource | undefined;
  /** The weight as written (a number, possibly not an integer), or undefined when absent or not numeric. */
  readonly weight: { readonly value: number; readonly span: Span } | undefined;
  /** Language code from the file name or a language folder; undefined for the site's default language. */
  readonly language: string | undefined;
  readonly title: string | undefined;
}

const WEEK_IN_SEGMENT = /(?:^|[^a-z])(?:week|tuan|tuần)[-_ .]?0*(\d{1,3})(?![\d])/i;
const NUMBERED_SEGMENT = /^\d+\.0*(\d{1,3})(?:[-_ .]|$)/;
const WEEK_IN_TITLE = /(?:week|tuần|tuan)\s*[:#-]?\s*0*(\d{1,3})(?!\d)/i;
const PRE_NUMBER = /(\d+)\s*\.\s*0*(\d{1,3})(?!\d)/;
const LANGUAGE_SUFFIX = /\.([a-z]{2}(?:-[a-z]{2,4})?)\.(?:md|markdown)$/i;
const LANGUAGE_FOLDERS = new Set(['en', 'vi']);
/** The file name isSectionPath requires, found without splitting the path. */
const SECTION_FILE_AT_END = /(?:^|[\\/])_index(\.[a-z]{2})?\.md$/i;

export function splitPath(path: string): string[] {
  const parts = (path.includes('\\') ? path.replaceAll('\\', '/') : path).split('/');
  // Most paths have one empty part (the root's): dropped in place rather than by a filter's new array.
  let kept = 0;
  for (const part of parts) if (part !== '') parts[kept++] = part;
  parts.length = kept;
  return parts;
}

export function languageFromPath(path: string): string | undefined {
  const segments = splitPath(path);
  const file = segments[segments.length - 1] ?? '';
  const suffix = LANGUAGE_SUFFIX.exec(file);
  if (suffix) return suffix[1].toLowerCase();
  const content = segments.lastIndexOf('content');
  const folder = content >= 0 ? segments[content + 1] : undefined;
  if (folder && LANGUAGE_FOLDERS.has(folder.toLowerCase()) && content + 2 < segments.length) return folder.toLowerCase();
  return undefined;
}

/** The week number a path names: `1.7-Week7/_index.md`, `week-07.vi.md`, `week_7/index.md`, `1.7-Week7.md`. */
export function weekFromPath(path: string): number | undefined {
  const segments = splitPath(path);
  const file = (segments.pop() ?? '').replace(/\.(md|markdown)$/i, '').replace(LANGUAGE_SUFFIX, '');
  const isIndex = /^_?index(\.[a-z]{2})?$/i.test(file);
  const candidates = isIndex ? [segments[segments.length - 1] ?? ''] : [file];
  for (const candidate of candidates) {
    const week = WEEK_IN_SEGMENT.exec(candidate);
    if (week) return Number(week[1]);
    const numbered = NUMBERED_SEGMENT.exec(candidate);
    if (numbered && inWorklogSection(segments)) return Number(numbered[1]);
  }
  return undefined;
}

/** A folder named like a worklog inside the site's `content` (the folders above it, such as a `fcj-worklog` clone, do not count). */
export function inWorklogSection(segments: readonly string[]): boolean {
  return segments.slice(segments.lastIndexOf('content') + 1).some((s) => /worklog|nhat-?ky|nhật/i.test(s));
}

/** A section index page lists the weeks: `_index.md` of a folder named like a worklog. */
export function isSectionPath(path: string): boolean {
  if (!SECTION_FILE_AT_END.test(path)) return false;
  const segments = splitPath(path);
  const folder = segments[segments.length - 2] ?? '';
  return /worklog|nhat-?ky/i.test(folder) && weekFromPath(path) === undefined;
}

export function readIdentity(path: string, frontMatter: FrontMatter | undefined): WeekIdentity {
  const pathWeek = weekFromPath(path);
  const title = entry(frontMatter, 'title');
  const pre = entry(frontMatter, 'pre');
  const weight = entry(frontMatter, 'weight');
  const fromTitle = title ? numberIn(title.unquoted, WEEK_IN_TITLE, 1, title.valueSpan, title.raw) : undefined;
  const fromPre = pre ? numberIn(pre.unquoted, PRE_NUMBER, 2, pre.valueSpan, pre.raw) : undefined;
  const weightValue = weight && /^[+-]?\d+(\.\d+)?$/.test(weight.unquoted.trim()) ? Number(weight.unquoted) : undefined;
  const fromPath = pathWeek !== undefined ? { value: pathWeek, span: undefined } : undefined;
  const section = isSectionPath(path);
  const isWeek = !section && (fromPath !== undefined || fromTitle !== undefined || (fromPre !== undefined && inWorklogSection(splitPath(path))));
  return {
    kind: section ? 'section' : isWeek ? 'week' : 'other',
    week: fromPath?.value ?? fromTitle?.value ?? fromPre?.value,
    fromPath,
    fromTitle,
    fromPre,
    weight: weightValue !== undefined && weight ? { value: weightValue, span: weight.valueSpan } : undefined,
    language: languageFromPath(path),
    title: title?.unquoted,
  };
}

// Locates the number inside the raw value so a fix rewrites only its digits.
function numberIn(value: string, pattern: RegExp, group: number, valueSpan: Span, raw: string): NumberSource | undefined {
  const m = pattern.exec(value);
  if (!m) return undefined;
  const quoteOffset = raw.length !== value.length ? 1 : 0;
  const groupStart = m.index + m[0].lastIndexOf(m[group]);
  const start = valueSpan.start + quoteOffset + groupStart;
  return { value: Number(m[group]), span: { start, end: start + m[group].length } };
}
