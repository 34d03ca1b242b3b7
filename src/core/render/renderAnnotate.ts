import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { formatIso } from '../dates/dates';
import { labTitle } from '../links/labs';
import { readLabUrl } from '../links/labUrl';
import type { Page } from '../page/page';
import type { RenderProblem } from './render';
import type { Card } from './renderCard';
import { addClass, el, endOffset, startLine, startOffset, textOf, txt } from './renderHast';
import { formatDay } from '../dates/dateWords';
import { RenderLabels } from './renderLabels';
import type { Row } from '../page/table';
import type { Span } from '../page/text';
import type { PageDates, ReadDate } from '../dates/weekDates';

export interface AnnotateContext {
  readonly page: Page;
  readonly dates: PageDates;
  readonly problems: readonly RenderProblem[];
  readonly card: Card;
  readonly images: ImageContext;
  readonly labels: RenderLabels;
}

/** How images are shown: `local` collects the resolved URL of every local image the page shows. */
export interface ImageContext {
  readonly base: { readonly page?: string; readonly site?: string };
  readonly remote: boolean;
  readonly embedded: ReadonlyMap<string, string> | undefined;
  readonly local: string[];
}

/** An element a problem can be marked on, with the source it renders. */
interface Target {
  readonly element: Element;
  readonly span: Span;
  readonly row: Element | undefined;
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'pre', 'hr', 'table', 'aside', 'div']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const RANK: Record<RenderProblem['severity'], number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * The renderer's own pass over the sanitised tree: source lines and offsets, link kinds, image sources, date
 * cells and problem marks. It reads only positions and the page model, never attributes from the page's HTML.
 */
export function annotate(root: Root, ctx: AnnotateContext): void {
  const { page } = ctx;
  const rows = new Map<number, Row>();
  for (const table of page.tables) for (const row of [table.header, ...table.rows]) rows.set(row.line, row);
  const datedCells = new Map<number, ReadDate[]>();
  const readOf = new Map(ctx.dates.dates.map((d) => [d.written, d]));
  for (const cell of ctx.dates.cells.cells) {
    const reads = cell.dates.map((w) => readOf.get(w)).filter((r): r is ReadDate => r?.date !== undefined);
    if (reads.length > 0) datedCells.set(cell.cell.span.start, reads);
  }
  const targets: Target[] = [];
  const blocks: Target[] = [];
  const anchors = new Anchors();

  const visit = (children: (RootContent | ElementContent)[], tr: Element | undefined, top: boolean, inLink = false): (RootContent | ElementContent)[] => {
    const out: (RootContent | ElementContent)[] = [];
    let cellIndex = 0;
    for (const child of children) {
      if (child.type !== 'element') {
        out.push(child);
        continue;
      }
      const node = child;
      const line = startLine(node);
      let span = nodeSpan(node, page);
      let row = tr;
      if (BLOCKS.has(node.tagName) || node.tagName === 'li') {
        if (line !== undefined) node.properties.dataLine = line;
      }
      if (HEADINGS.has(node.tagName)) node.properties.dataAnchor = anchors.next(textOf(node));
      if (node.tagName === 'tr') {
        row = node;
        const source = line !== undefined ? rows.get(line) : undefined;
        if (line !== undefined) node.properties.dataLine = line;
        if (source) span = source.span;
      } else if (node.tagName === 'td' || node.tagName === 'th') {
        const rowLine = tr ? startLine(tr) : undefined;
        const sourceRow = rowLine !== undefined ? rows.get(rowLine) : undefined;
        const cell = sourceRow?.cells[cellIndex];
        cellIndex++;
        if (rowLine !== undefined) node.properties.dataLine = rowLine;
        // A cell the row does not write (GFM fills short rows) points at the row's end, where it would be typed.
        const offset = cell?.span.start ?? startOffset(node) ?? sourceRow?.span.end;
        if (offset !== undefined) node.properties.dataOffset = offset;
        if (cell) {
          span = cell.rawSpan;
          const reads = datedCells.get(cell.span.start);
          if (reads) node.children = markDates(node.children, reads, page.text, ctx);
        }
      } else if (node.tagName === 'a') {
        const link = linkKind(node.properties.href);
        if (!link) {
          out.push(...(visit(node.children, row, false) as ElementContent[]));
          continue;
        }
        node.properties = { ...node.properties, href: link.href, className: ['wl-link'], dataLink: link.kind };
        if (node.properties.title === undefined) {
          const id = readLabUrl(link.href)?.id;
          const title = id ? labTitle(id) : undefined;
          if (title) node.properties.title = title;
        }
      } else if (node.tagName === 'img') {
        const src = imageSource(node.properties.src, ctx.images.base);
        if (src === undefined) continue;
        showImage(node, src, inLink, ctx);
      }
      node.children = visit(node.children, row, false, inLink || node.tagName === 'a') as ElementContent[];
      if (span) {
        const target = { element: node, span, row };
        if (isTarget(node)) targets.push(target);
        if (top) blocks.push(target);
      }
      out.push(node);
    }
    return out;
  };
  root.children = visit(root.children, undefined, true) as RootContent[];
  markProblems(ctx, targets, blocks);
}

function isTarget(node: Element): boolean {
  return BLOCKS.has(node.tagName) || ['li', 'tr', 'td', 'th', 'a', 'img'].includes(node.tagName);
}

/** Source span of a node; renderer-made blocks (notices) know only their lines. */
function nodeSpan(node: Element, page: Page): Span | undefined {
  const start = startOffset(node);
  const end = endOffset(node);
  if (start !== undefined && end !== undefined) return { start, end };
  const first = node.position?.start?.line;
  const last = node.position?.end?.line;
  if (first === undefined || last === undefined) return undefined;
  const lines = page.lines.lines;
  const a = lines[first - 1];
  const b = lines[last - 1];
  return a && b ? { start: a.start, end: b.next } : undefined;
}

/**
 * Sets an image's source, or turns it into a placeholder naming its URL: a remote image when remote images are
 * off (a link, so a click opens it outside, unless it already sits in one), a local one a standalone page leaves out.
 */
function showImage(node: Element, src: string, inLink: boolean, ctx: AnnotateContext): void {
  const { images, labels } = ctx;
  // Judged on the src as written: a local image's resolved URL is https too in a webview.
  const written = typeof node.properties.src === 'string' ? browserUrl(node.properties.src) : '';
  if (/^https:/i.test(written)) {
    if (images.remote) node.properties.src = src;
    else placeholder(node, labels.remoteImage, src, inLink ? undefined : src);
    return;
  }
  if (/^data:/i.test(written)) {
    node.properties.src = src;
    return;
  }
  images.local.push(src);
  if (!images.embedded) node.properties.src = src;
  else {
    const data = images.embedded.get(src);
    if (data) node.properties.src = data;
    else placeholder(node, labels.imageLeftOut, written, undefined);
  }
}

function placeholder(node: Element, label: string, shown: string, href: string | undefined): void {
  const alt = node.properties.alt;
  const title = node.properties.title ?? (typeof alt === 'string' && alt !== '' ? alt : undefined);
  node.tagName = href ? 'a' : 'span';
  node.properties = {
    ...(href ? { href, dataLink: 'external', className: ['wl-link', 'wl-image-placeholder'] } : { className: ['wl-image-placeholder'] }),
    ...(title !== undefined ? { title } : {}),
  };
  node.children = [el('span', { className: ['wl-image-placeholder-label'] }, [txt(label)]), txt(` ${shown}`)];
}

/** Only http(s), mailto, relative and #anchor links stay links; the check reads the URL as a browser would. */
export function linkKind(value: unknown): { href: string; kind: 'external' | 'local' | 'anchor' } | undefined {
  if (typeof value !== 'string') return undefined;
  const href = browserUrl(value);
  if (href.startsWith('#')) return { href, kind: 'anchor' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href);
  if (scheme) return ['http', 'https', 'mailto'].includes(scheme[1].toLowerCase()) ? { href, kind: 'external' } : undefined;
  if (/^[/\\]{2}/.test(href)) return undefined;
  return { href, kind: 'local' };
}

/** Images load only from https, data:image (png, jpeg, gif, webp) or the page's own site. */
export function imageSource(value: unknown, base: { readonly page?: string; readonly site?: string }): string | undefined {
  if (typeof value !== 'string') return undefined;
  const src = browserUrl(value);
  if (/^https:/i.test(src)) return src;
  if (/^data:image\/(png|jpe?g|gif|webp)[;,]/i.test(src)) return src;
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || /^[/\\]{2}/.test(src) || src === '') return undefined;
  if (src.startsWith('/') || src.startsWith('\\')) return base.site ? join(base.site, src.replace(/^[/\\]+/, '')) : src;
  return base.page ? join(base.page, src) : src;
}

// The URL parser drops leading and trailing C0 controls and spaces, and tabs and newlines anywhere.
function browserUrl(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && value.charCodeAt(start) <= 0x20) start++;
  while (end > start && value.charCodeAt(end - 1) <= 0x20) end--;
  return value.slice(start, end).replace(/[\t\n\r]/g, '');
}

function join(base: string, relative: string): string {
  const folder = base.endsWith('/') ? base : `${base}/`;
  try {
    return new URL(relative, folder).href;
  } catch {
    return folder + relative;
  }
}

/** Date text in a cell becomes `<time datetime>` showing weekday and date in the page's order; the written text is its title. */
function markDates(children: ElementContent[], reads: readonly ReadDate[], text: string, ctx: AnnotateContext): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type === 'element') {
      child.children = markDates(child.children, reads, text, ctx);
      out.push(child);
      continue;
    }
    if (child.type !== 'text') {
      out.push(child);
      continue;
    }
    out.push(...splitDates(child, reads, text, ctx));
  }
  return out;
}

function splitDates(node: Text, reads: readonly ReadDate[], text: string, ctx: AnnotateContext): ElementContent[] {
  const start = startOffset(node);
  const end = endOffset(node);
  if (start === undefined || end === undefined) return [node];
  // Offsets map one to one only when the text is written without escapes or entities.
  const exact = text.slice(start, end) === node.value;
  const found: { from: number; to: number; read: ReadDate }[] = [];
  let cursor = 0;
  for (const read of reads) {
    const w = read.written;
    if (w.span.end <= start || w.span.start >= end) continue;
    const from = exact ? w.span.start - start : node.value.indexOf(w.text, cursor);
    if (from < 0 || from < cursor || node.value.slice(from, from + w.text.length) !== w.text) continue;
    found.push({ from, to: from + w.text.length, read });
    cursor = from + w.text.length;
  }
  if (found.length === 0) return [node];
  const out: ElementContent[] = [];
  let at = 0;
  for (const f of found) {
    if (f.from > at) out.push(txt(node.value.slice(at, f.from)));
    const date = f.read.date;
    if (date) {
      out.push(el('time', { className: ['wl-date'], dateTime: formatIso(date), title: f.read.written.text }, [txt(formatDay(date, ctx.dates.decision.order, ctx.labels))]));
    }
    at = f.to;
  }
  if (at < node.value.length) out.push(txt(node.value.slice(at)));
  return out;
}

/** Each problem marks the smallest rendered element covering its start; problems in the front matter mark the card. */
function markProblems(ctx: AnnotateContext, targets: readonly Target[], blocks: readonly Target[]): void {
  if (ctx.problems.length === 0) return;
  const marks = new Map<Element, { problems: RenderProblem[]; row: Element | undefined }>();
  const bodyStart = ctx.card.span.end;
  for (const problem of ctx.problems) {
    let best: Target | undefined;
    if (problem.start >= bodyStart) {
      for (const t of targets) {
        if (t.span.start <= problem.start && problem.start < t.span.end && (!best || t.span.end - t.span.start <= best.span.end - best.span.start)) best = t;
      }
      // Between blocks (a blank line, a comment, a shortcode line): the block above, else the first one.
      best ??= [...blocks].reverse().find((b) => b.span.start <= problem.start) ?? blocks[0];
    }
    const element = best?.element ?? ctx.card.element;
    const mark = marks.get(element) ?? { problems: [], row: best?.row };
    mark.problems.push(problem);
    marks.set(element, mark);
  }
  for (const [element, mark] of marks) {
    const worst = mark.problems.reduce((a, b) => (RANK[b.severity] < RANK[a.severity] ? b : a)).severity;
    addClass(element, 'wl-problem', `wl-problem-${worst}`);
    element.properties.title = mark.problems.map((p) => `${p.code}: ${p.message}`).join('\n');
    if (mark.row) addClass(mark.row, 'wl-row-problem');
  }
}

/**
 * The fragment Hugo gives a heading (`### Week 7 Achievements:` → `week-7-achievements`, repeats numbered `-1`,
 * `-2`), so `#anchor` links can find it; a data attribute rather than an id, which page HTML could fake.
 */
export class Anchors {
  private readonly seen = new Map<string, number>();

  next(text: string): string {
    const base = text
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\p{M} _-]/gu, '')
      .replace(/ /g, '-');
    const count = this.seen.get(base) ?? 0;
    this.seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  }
}
