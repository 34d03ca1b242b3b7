import type { Root } from 'hast';
import { defaultConfig } from '../config';
import { decideDateOrder } from '../dates/dateOrder';
import { parsePage } from '../page/page';
import { annotate } from './renderAnnotate';
import { PositionMode, topLevelBlocks } from './renderBlocks';
import { bodyTree } from './renderBody';
import { Card, renderCard } from './renderCard';
import { el, txt } from './renderHast';
import { RenderLabels, resolveLabels } from './renderLabels';
import { scanShortcodes, wrapShortcodes } from './renderShortcodes';
import type { Span } from '../page/text';
import { readPageDates } from '../dates/weekDates';

export type { RenderLabels } from './renderLabels';
export type { PositionMode } from './renderBlocks';
export { defaultRenderLabels } from './renderLabels';
export { clearRenderCache } from './renderBody';

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
  /** false: every https image is a placeholder naming its URL (a link) and nothing remote loads. Default true. */
  remoteImages?: boolean;
  /**
   * For a standalone page: local images by their resolved URL (see `localImages`) as data: URLs; a local image not
   * listed is a placeholder. Absent: local images keep their resolved URL.
   */
  embeddedImages?: Readonly<Record<string, string>>;
  /** `block`: `data-line` / `data-offset` relative to each block's origin (see `origins`); `page` by default. */
  positions?: PositionMode;
}

export interface RenderOutput {
  /** Sanitised body fragment: header card + page body. No html, head, script or style. */
  html: string;
  /**
   * `html` cut at its top-level nodes (each element alone, the text between two elements as one piece), so the
   * preview can post only the pieces an edit changed; `blocks.join('')` is `html`.
   */
  blocks: string[];
  /**
   * `[line, offset]` per block, flat: a block's `data-line` and `data-offset` values plus its origin are the page's
   * line and offset. All zeros unless the input asked for `positions: 'block'`.
   */
  origins: number[];
  counts: { errors: number; warnings: number; information: number; hints: number };
  title: string;
  /** Resolved URLs of the page's local images, each once, in page order. */
  localImages: string[];
}

/**
 * Renders a week page to the preview's HTML fragment: pure, synchronous, never throws on any text.
 *
 * The webview relies on: `data-line` (0-based source line) on the card, blocks, `<tr>` and `<li>`;
 * `data-offset` (cell content start) on `<td>`/`<th>` (both counted from the block's origin in `block` mode); `data-anchor` on headings; `wl-problem
 * wl-problem-SEVERITY` + `title` on the smallest element covering a problem and `wl-row-problem` on its row;
 * `<a class="wl-link" data-link="external|local|anchor">`; `<time class="wl-date" datetime>` in date cells;
 * `<aside class="wl-notice wl-notice-TYPE">` and `<div class="wl-shortcode" data-shortcode>` for shortcodes.
 * None of these can come from the page: its HTML is cut to a strict allow-list before they are added.
 */
export function renderWeek(input: RenderInput): RenderOutput {
  const text = typeof input?.text === 'string' ? input.text : '';
  const path = typeof input?.path === 'string' ? input.path : '';
  const problems = (Array.isArray(input?.problems) ? input.problems : []).filter(isProblem);
  const labels = resolveLabels(input?.labels);
  let body: Root;
  let card: Card | undefined;
  const localImages: string[] = [];
  try {
    const page = parsePage(path, text);
    const dateOrder = input.dateOrder === 'dmy' || input.dateOrder === 'mdy' ? input.dateOrder : 'auto';
    const dates = readPageDates(page, decideDateOrder(page, { config: { ...defaultConfig, dateOrder } }));

    // Front matter and shortcode lines become blanks of the same length: every offset and line stays the page's.
    const shortcodes = scanShortcodes(page.lines, page.bodyLine, page.codeLines);
    const blanks: Span[] = [];
    if (page.frontMatter) blanks.push({ start: 0, end: page.frontMatter.span.end });
    else if (page.hasBom) blanks.push({ start: 0, end: 1 });
    for (const line of shortcodes.lines) blanks.push({ start: page.lines.lines[line].start, end: page.lines.lines[line].end });
    const source = blank(text, blanks);

    card = renderCard(page, dates, labels);
    body = bodyTree(source, page.lines, page.codeLines);
    wrapShortcodes(body, shortcodes.shortcodes, labels);
    const images = { base: input.imageBase ?? {}, remote: input.remoteImages !== false, embedded: embeddedOf(input.embeddedImages), local: localImages };
    annotate(body, { page, dates, problems, card, images, labels });
  } catch (error) {
    // Text Markdown cannot take (nesting thousands deep overflows the parser's stack) is shown as written.
    body = asWritten(text, labels, error);
  }
  const header = card?.element ?? el('header', { className: ['wl-card'], dataLine: 0 }, [el('h1', { className: ['wl-card-title'] }, [txt(labels.untitled)])]);
  body.children = [header, ...body.children];
  const { blocks, origins } = topLevelBlocks(body, input?.positions === 'block' ? 'block' : 'page');
  return { html: blocks.join(''), blocks, origins, counts: count(problems), title: card?.title ?? labels.untitled, localImages: [...new Set(localImages)] };
}

/** Only data:image values of the allowed types are embedded; anything else given is ignored (the image is left out). */
function embeddedOf(value: unknown): ReadonlyMap<string, string> | undefined {
  if (value === undefined || value === null || typeof value !== 'object') return undefined;
  const map = new Map<string, string>();
  for (const [key, url] of Object.entries(value as Record<string, unknown>)) {
    if (typeof url === 'string' && /^data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]*$/.test(url)) map.set(key, url);
  }
  return map;
}

function asWritten(text: string, labels: RenderLabels, error: unknown): Root {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    type: 'root',
    children: [
      el('p', { className: ['wl-render-failed'] }, [txt(`${labels.renderFailed} (${reason})`)]),
      el('pre', { dataLine: 0 }, [el('code', {}, [txt(text)])]),
    ],
  };
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
