import type { ElementContent, Root, RootContent } from 'hast';
import type { Root as MdRoot, RootContent as MdContent } from 'mdast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { defaultConfig } from './config';
import { decideDateOrder } from './dateOrder';
import { parsePage } from './page';
import { annotate } from './renderAnnotate';
import { simpleRaw } from './renderRaw';
import { renderCard } from './renderCard';
import { RenderLabels, resolveLabels } from './renderLabels';
import { DROPPED_WITH_CONTENT, RAW_HTML_TAGS, sanitizeSchema } from './renderSchema';
import { scanShortcodes, wrapShortcodes } from './renderShortcodes';
import type { Span } from './text';
import { readPageDates } from './weekDates';

export type { RenderLabels } from './renderLabels';
export { defaultRenderLabels } from './renderLabels';

/** A diagnostic to show in the preview; offsets into the page text. */
export interface RenderProblem {
  start: number;
  end: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
}

export interface RenderInput {
  /** Page path (for the week number, the language and relative links). */
  path: string;
  /** Full page text, front matter included. */
  text: string;
  /** Diagnostics to mark. */
  problems?: RenderProblem[];
  /** The `worklog.dateOrder` setting; `auto` decides from the page. */
  dateOrder?: 'dmy' | 'mdy' | 'auto';
  /** Words for the header card, notices and dates; English defaults. */
  labels?: Partial<RenderLabels>;
  /** URL bases: `page` for relative image srcs, `site` for `/`-rooted srcs (the site's static/). */
  imageBase?: { page?: string; site?: string };
}

export interface RenderOutput {
  /** Sanitised body fragment: header card + page body. No html, head, script or style. */
  html: string;
  counts: { errors: number; warnings: number; information: number; hints: number };
  title: string;
}

const parser = remark().use(remarkGfm).freeze();
const toHast = unified().use(remarkRehype, { allowDangerousHtml: true }).freeze();
const rawParser = unified().use(rehypeRaw).freeze();
const sanitizer = unified().use(rehypeSanitize, sanitizeSchema).freeze();
const stringifier = unified().use(rehypeStringify, { characterReferences: { useNamedReferences: false } }).freeze();

/** Renders a week page to the preview's HTML fragment: pure, synchronous, never throws on any text. */
export function renderWeek(input: RenderInput): RenderOutput {
  const text = typeof input.text === 'string' ? input.text : '';
  const problems = (input.problems ?? []).filter(isProblem);
  const labels = resolveLabels(input.labels);
  const page = parsePage(input.path ?? '', text);
  const dateOrder = input.dateOrder === 'dmy' || input.dateOrder === 'mdy' ? input.dateOrder : 'auto';
  const dates = readPageDates(page, decideDateOrder(page, { config: { ...defaultConfig, dateOrder } }));

  // Front matter and shortcode lines become blanks of the same length: every offset and line stays the page's.
  const shortcodes = scanShortcodes(page.lines, page.bodyLine, page.codeLines);
  const blanks: Span[] = [];
  if (page.frontMatter) blanks.push({ start: 0, end: page.frontMatter.span.end });
  else if (page.hasBom) blanks.push({ start: 0, end: 1 });
  for (const line of shortcodes.lines) blanks.push({ start: page.lines.lines[line].start, end: page.lines.lines[line].end });
  const source = blank(text, blanks);

  const mdast = parser.parse(source);
  const rawSpans = htmlSpans(mdast);
  let hast = toHast.runSync(mdast) as Root;
  if (!simpleRaw(hast)) hast = rawParser.runSync(hast) as Root;
  restrictRawHtml(hast, rawSpans);
  const clean = sanitizer.runSync(hast) as Root;
  wrapShortcodes(clean, shortcodes.shortcodes, labels);
  const card = renderCard(page, dates, labels);
  annotate(clean, { page, dates, problems, card, imageBase: input.imageBase ?? {}, labels });
  clean.children = [card.element, ...clean.children];
  const html = stringifier.stringify(clean);

  return { html, counts: count(problems), title: card.title };
}

function isProblem(p: unknown): p is RenderProblem {
  if (p === null || typeof p !== 'object') return false;
  const r = p as Record<string, unknown>;
  return typeof r.start === 'number' && typeof r.end === 'number' && typeof r.code === 'string' && typeof r.message === 'string' && SEVERITIES.includes(r.severity as RenderProblem['severity']);
}

const SEVERITIES: readonly RenderProblem['severity'][] = ['error', 'warning', 'information', 'hint'];

function count(problems: readonly RenderProblem[]): RenderOutput['counts'] {
  const counts = { errors: 0, warnings: 0, information: 0, hints: 0 };
  for (const p of problems) {
    if (p.severity === 'error') counts.errors++;
    else if (p.severity === 'warning') counts.warnings++;
    else if (p.severity === 'information') counts.information++;
    else counts.hints++;
  }
  return counts;
}

/** `text` with the spans' characters (not their line breaks) turned into spaces. */
function blank(text: string, spans: readonly Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + text.slice(s.start, s.end).replace(/[^\r\n]/g, ' ');
    at = s.end;
  }
  return out + text.slice(at);
}

/** Where the page writes raw HTML (mdast `html` nodes), sorted by start. */
function htmlSpans(root: MdRoot): Span[] {
  const spans: Span[] = [];
  const visit = (node: MdRoot | MdContent) => {
    if (node.type === 'html') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) spans.push({ start, end });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return spans.sort((a, b) => a.start - b.start);
}

function inSpans(spans: readonly Span[], offset: number): boolean {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid].end <= offset) low = mid + 1;
    else if (spans[mid].start > offset) high = mid - 1;
    else return true;
  }
  return false;
}

/**
 * Elements written as raw HTML keep only the raw allow-list (br, b, strong, em, i, code, sub, sup, a, img): other
 * tags are unwrapped, code-like ones dropped with their content. Markdown's own structure is untouched.
 */
function restrictRawHtml(root: Root, rawSpans: readonly Span[]): void {
  if (rawSpans.length === 0) return;
  const fix = (children: (RootContent | ElementContent)[], parentRaw: boolean): (RootContent | ElementContent)[] => {
    const out: (RootContent | ElementContent)[] = [];
    for (const child of children) {
      if (child.type !== 'element') {
        out.push(child);
        continue;
      }
      const offset = child.position?.start?.offset;
      const raw = offset === undefined ? parentRaw : inSpans(rawSpans, offset);
      const kept = fix(child.children, raw) as ElementContent[];
      if (!raw || RAW_HTML_TAGS.has(child.tagName)) {
        child.children = kept;
        out.push(child);
      } else if (!DROPPED_WITH_CONTENT.includes(child.tagName)) {
        out.push(...kept);
      }
    }
    return out;
  };
  root.children = fix(root.children, false) as RootContent[];
}
