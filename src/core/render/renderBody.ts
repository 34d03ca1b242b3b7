import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Root as MdRoot, RootContent as MdContent } from 'mdast';
import type { Point } from 'unist';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import { Processor, unified } from 'unified';
import { Part, planSection } from './renderFast';
import { simpleRaw } from './renderRaw';
import { tame, untame } from './renderTame';
import { DROPPED_WITH_CONTENT, RAW_HTML_TAGS, sanitizeSchema } from './renderSchema';
import type { LineIndex, Span } from '../page/text';

// Built on first use, so bundles that never render (the CLI) can leave the Markdown toolchain out.
let pipeline: { parser: Processor<MdRoot>; toHast: Processor; rawParser: Processor; sanitizer: Processor } | undefined;

function processors(): NonNullable<typeof pipeline> {
  pipeline ??= {
    parser: remark().use(remarkGfm).freeze() as unknown as Processor<MdRoot>,
    toHast: unified().use(remarkRehype, { allowDangerousHtml: true }).freeze() as unknown as Processor,
    rawParser: unified().use(rehypeRaw).freeze() as unknown as Processor,
    sanitizer: unified().use(rehypeSanitize, sanitizeSchema).freeze() as unknown as Processor,
  };
  return pipeline;
}

/**
 * The page body (front matter and shortcode lines already blanked) as a sanitised hast tree whose positions are
 * the page's. Parsed in sections that start at ATX headings, each cached by its text: an edit re-parses only
 * its own section, and a render for new diagnostics re-parses nothing.
 */
export function bodyTree(source: string, lines: LineIndex, codeLines: ReadonlySet<number>): Root {
  const root: Root = { type: 'root', children: [] };
  for (const chunk of sections(source, lines, codeLines)) {
    const tree = cachedChunk(source.slice(chunk.start, chunk.end));
    const children = shifted(tree.children, chunk.line, chunk.start);
    // remark-rehype puts a line break between blocks; sections parsed apart need it between them too.
    if (root.children.length > 0 && children.length > 0) root.children.push({ type: 'text', value: '\n' });
    root.children.push(...children);
  }
  return root;
}

interface Chunk {
  readonly start: number;
  readonly end: number;
  readonly line: number;
}

// Constructs that reach past a heading: link reference and footnote definitions (used anywhere in the page),
// and HTML blocks of kinds 1–5, which run until their end marker even across blank lines and headings.
const DEFINITION = /^ {0,3}\[(?:[^\]\\]|\\.)+\]:/;
const LONG_HTML: readonly (readonly [RegExp, RegExp])[] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:\s|>|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
];
const HEADING = /^#{1,6}(?:[ \t]|$)/;

/** Splits the body before each ATX heading at the line start, where no open block can continue. */
function sections(source: string, lines: LineIndex, codeLines: ReadonlySet<number>): Chunk[] {
  const starts: { offset: number; line: number }[] = [{ offset: 0, line: 0 }];
  for (let i = 0; i < lines.lineCount; i++) {
    const line = lines.lines[i];
    const c = source.charCodeAt(line.start);
    if (c !== 35 /* # */ && c !== 32 && c !== 60 /* < */ && c !== 91 /* [ */) continue;
    const text = source.slice(line.start, line.end);
    if (codeLines.has(i)) continue;
    if (DEFINITION.test(text)) return [{ start: 0, end: source.length, line: 0 }];
    const html = LONG_HTML.find(([open]) => open.test(text));
    // Closed on its own line, it ends there; otherwise it may swallow headings below, so the page is one section.
    if (html && !html[1].test(text.slice((html[0].exec(text) as RegExpExecArray)[0].length))) return [{ start: 0, end: source.length, line: 0 }];
    if (i > 0 && HEADING.test(text)) starts.push({ offset: line.start, line: i });
  }
  return starts.map((s, k) => ({ start: s.offset, end: k + 1 < starts.length ? starts[k + 1].offset : source.length, line: s.line }));
}

// Bounded so a long editing session keeps at most a few pages' worth of parsed sections.
const CACHE_ENTRIES = 400;
const CACHE_CHARS = 4_000_000;
const cache = new Map<string, Root>();
let cachedChars = 0;

function cachedChunk(text: string): Root {
  const hit = cache.get(text);
  if (hit) {
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const tree = renderChunk(text);
  cache.set(text, tree);
  cachedChars += text.length;
  for (const [key] of cache) {
    if (cache.size <= CACHE_ENTRIES && cachedChars <= CACHE_CHARS) break;
    cache.delete(key);
    cachedChars -= key.length;
  }
  return tree;
}

/** Empties the section cache (benchmarks measure a first render with it). */
export function clearRenderCache(): void {
  cache.clear();
  cachedChars = 0;
}

/** A section's sanitised hast: plain blocks by the fast path, the rest (or all, see `planSection`) by the pipeline. */
export function renderChunk(text: string, fast = true): Root {
  const parts = fast ? planSection(text) : undefined;
  return (parts && renderParts(text, parts)) ?? renderWhole(text);
}

/**
 * Parses the slow parts apart and joins them with the fast ones. Undefined (the caller renders the whole section)
 * when a slow part needs the tamer or the HTML parser: both see the whole section at once.
 */
function renderParts(text: string, parts: readonly Part[]): Root | undefined {
  const { parser, toHast, sanitizer } = processors();
  const root: Root = { type: 'root', children: [] };
  for (const part of parts) {
    let children: RootContent[];
    if (part.kind === 'fast') {
      const hast: Root = { type: 'root', children: part.nodes };
      const spans = rawSpansOf(hast);
      simpleRaw(hast);
      restrictRawHtml(hast, spans);
      children = hast.children;
    } else {
      const piece = text.slice(part.start, part.end);
      if (tame(piece).changed) return undefined;
      const mdast = parser.parse(piece);
      const hast = toHast.runSync(mdast) as Root;
      if (!simpleRaw(hast)) return undefined;
      restrictRawHtml(hast, htmlSpans(mdast));
      children = hast.children;
      if (part.start > 0) shiftInPlace(children, part.line, part.start);
    }
    if (root.children.length > 0 && children.length > 0) root.children.push({ type: 'text', value: '\n' });
    root.children.push(...children);
  }
  const clean = sanitizer.runSync(root) as Root;
  wrapLooseInline(clean);
  return clean;
}

function renderWhole(text: string): Root {
  const { parser, toHast, rawParser, sanitizer } = processors();
  const tamed = tame(text);
  const mdast = parser.parse(tamed.text);
  const rawSpans = htmlSpans(mdast);
  let hast = toHast.runSync(mdast) as Root;
  if (!simpleRaw(hast)) hast = rawParser.runSync(hast) as Root;
  restrictRawHtml(hast, rawSpans);
  const clean = sanitizer.runSync(hast) as Root;
  if (tamed.changed) untame(clean);
  wrapLooseInline(clean);
  return clean;
}

const INLINE = new Set(['br', 'b', 'strong', 'em', 'i', 'code', 'sub', 'sup', 'a', 'img', 'del', 'input']);

/**
 * Text left at the top level once a raw block (`<div>…</div>`) is unwrapped goes into a paragraph, so it is a
 * block with a source line like every other.
 */
function wrapLooseInline(root: Root): void {
  const out: RootContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    const trailing: RootContent[] = [];
    while (run.length > 0 && run[run.length - 1].type === 'text' && (run[run.length - 1] as { value: string }).value.trim() === '') trailing.unshift(run.pop() as RootContent);
    if (run.length > 0) {
      const first = run.find((n) => n.position)?.position;
      const last = [...run].reverse().find((n) => n.position)?.position;
      const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: run };
      if (first && last) paragraph.position = { start: first.start, end: last.end };
      out.push(paragraph);
    }
    out.push(...trailing);
    run = [];
  };
  for (const child of root.children) {
    const inline = (child.type === 'text' && (run.length > 0 || child.value.trim() !== '')) || (child.type === 'element' && INLINE.has(child.tagName));
    if (inline) run.push(child as ElementContent);
    else {
      flush();
      out.push(child);
    }
  }
  flush();
  root.children = out;
}

/**
 * A deep copy of cached nodes with positions moved from their section to the page, in one pass: a hast tree is
 * plain elements, text and properties, which a walk copies faster than structuredClone serialises.
 */
function shifted(nodes: readonly RootContent[], lineDelta: number, offsetDelta: number): RootContent[] {
  return nodes.map((node) => copyNode(node, lineDelta, offsetDelta) as RootContent);
}

function copyNode(node: RootContent | ElementContent, lineDelta: number, offsetDelta: number): RootContent | ElementContent {
  const copy = { ...node } as RootContent & { children?: (RootContent | ElementContent)[] };
  const p = node.position;
  if (p) copy.position = { start: movePoint(p.start, lineDelta, offsetDelta), end: movePoint(p.end, lineDelta, offsetDelta) };
  if (node.data !== undefined) copy.data = structuredClone(node.data);
  if (node.type === 'element') {
    const properties: Element['properties'] = {};
    for (const [key, value] of Object.entries(node.properties)) properties[key] = Array.isArray(value) ? [...value] : value;
    (copy as Element).properties = properties;
    if (node.content) (copy as Element).content = copyNode(node.content as unknown as RootContent, lineDelta, offsetDelta) as unknown as Element['content'];
  }
  if ('children' in node) copy.children = node.children.map((child) => copyNode(child, lineDelta, offsetDelta));
  return copy;
}

/** Moves a freshly parsed tree's positions by the part's place in its section; a point shared by two nodes moves once. */
function shiftInPlace(nodes: readonly (RootContent | ElementContent)[], lineDelta: number, offsetDelta: number): void {
  const moved = new WeakSet<Point>();
  const move = (point: Point) => {
    if (moved.has(point)) return;
    moved.add(point);
    point.line += lineDelta;
    if (point.offset !== undefined) point.offset += offsetDelta;
  };
  const visit = (node: RootContent | ElementContent) => {
    if (node.position) {
      move(node.position.start);
      move(node.position.end);
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
}

function movePoint(point: Point, lineDelta: number, offsetDelta: number): Point {
  return { line: point.line + lineDelta, column: point.column, offset: point.offset === undefined ? undefined : point.offset + offsetDelta };
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

/** Where the fast path's raw nodes (its `<br>`s) sit, sorted: they take part in `restrictRawHtml` as the page's HTML. */
function rawSpansOf(root: Root): Span[] {
  const spans: Span[] = [];
  const visit = (node: Root | RootContent | ElementContent) => {
    const p = node.position;
    if ((node as { type: string }).type === 'raw' && p?.start.offset !== undefined && p.end.offset !== undefined) spans.push({ start: p.start.offset, end: p.end.offset });
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return spans;
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
