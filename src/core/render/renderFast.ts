import type { Element, ElementContent, RootContent, Text } from 'hast';
import type { Position } from 'unist';
import { Place, plainInline } from './renderFastInline';

/**
 * Splits a section into blocks this module renders itself (tables of plain rows, one-line plain paragraphs, a
 * plain heading) and stretches left to the full pipeline. A plain block starts at the line start after a blank
 * line (or after the heading, or at the start) and ends before a blank line or the end, so no open block can
 * continue into it or out of it; sections with fences, long HTML blocks, definitions or carriage returns keep
 * the full pipeline throughout. The hast is what remark-rehype gives for the same text, positions included.
 */

export type Part = { readonly kind: 'slow'; readonly start: number; readonly end: number; readonly line: number } | { readonly kind: 'fast'; readonly nodes: RootContent[] };

interface Line {
  readonly start: number;
  /** End of the line's text, before its line break. */
  readonly end: number;
}

// Constructs that reach past a blank line or depend on text elsewhere in the page, and stand-ins the tamer uses.
const UNSAFE = /```|~~~|\]:|<!|<\?|<(?:script|pre|style|textarea)|\r|[\ue000-\ue07f]/i;
const BLANK = /^[ ]*$/;
const HEADING = /^(#{1,6})( +)/;
const ATX = /^#{1,6}(?: |$)/;
const ORDERED = /^\d{1,9}[.)](?:[ ]|$)/;
const PARAGRAPH_START = /[\p{L}&("'|]/u;
const TAG_START = /[A-Za-z/!?]/;
const BR_THEN_TEXT = /^<br ?\/?> *[^ ]/;
const DELIMITER_CELL = /^(:?)-+(:?)$/;

/** The section's parts in order, or undefined when nothing in it takes the fast path. */
export function planSection(text: string): Part[] | undefined {
  if (UNSAFE.test(text)) return undefined;
  const lines: Line[] = [];
  for (let at = 0; at <= text.length; ) {
    let eol = text.indexOf('\n', at);
    if (eol < 0) eol = text.length;
    lines.push({ start: at, end: eol });
    at = eol + 1;
  }
  if (text.endsWith('\n')) lines.pop();
  const blankLine = (i: number) => i >= lines.length || BLANK.test(text.slice(lines[i].start, lines[i].end));
  // Blank lines alone render to nothing: a run of them is no part at all (the pipeline would be called for nothing).
  const blank = (i: number, from = i): boolean => {
    for (let k = from; k <= i; k++) if (!blankLine(k)) return false;
    return true;
  };
  const parts: Part[] = [];
  let fastCount = 0;
  let slowFrom = 0;
  const take = (i: number, next: number, node: Element | undefined): number => {
    if (!node) return i + 1;
    if (i > slowFrom && !blank(i - 1, slowFrom)) parts.push({ kind: 'slow', start: lines[slowFrom].start, end: lines[i].start, line: slowFrom });
    parts.push({ kind: 'fast', nodes: [node] });
    fastCount++;
    slowFrom = next;
    return next;
  };
  let i = 0;
  if (lines.length > 0) {
    const heading = plainHeading(text, lines[0]);
    if (heading) i = take(0, 1, heading);
  }
  while (i < lines.length) {
    // An ATX heading ends on its own line, so the line after it starts afresh like one after a blank line.
    const after = i === 0 || blank(i - 1) || (i === 1 && ATX.test(text.slice(lines[0].start, lines[0].end)));
    if (!after || blank(i)) {
      i++;
      continue;
    }
    const first = text[lines[i].start];
    // A pipe line with a blank line under it cannot head a table: it is a paragraph like any other.
    if (first === '|' && !blank(i + 1)) {
      let last = i + 1;
      while (last < lines.length && !blank(last)) last++;
      i = take(i, last, plainTable(text, lines, i, last));
    } else if (blank(i + 1)) {
      i = take(i, i + 1, plainParagraph(text, lines[i], i));
    } else i++;
  }
  if (fastCount === 0) return undefined;
  if (slowFrom < lines.length && !blank(lines.length - 1, slowFrom)) parts.push({ kind: 'slow', start: lines[slowFrom].start, end: text.length, line: slowFrom });
  return parts;
}

function pos(line: number, lineStart: number, from: number, to: number): Position {
  return { start: { line, column: from - lineStart + 1, offset: from }, end: { line, column: to - lineStart + 1, offset: to } };
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return [start, end];
}

function plainHeading(text: string, line: Line): Element | undefined {
  const m = HEADING.exec(text.slice(line.start, line.end));
  if (!m) return undefined;
  const [from, to] = trimmed(text, line.start + m[0].length, line.end);
  if (from === to || text.slice(from, to).includes('#')) return undefined;
  const children = plainInline(text, from, to, { line: 1, lineStart: line.start });
  if (!children) return undefined;
  return { type: 'element', tagName: `h${m[1].length}`, properties: {}, children, position: pos(1, line.start, line.start, line.end) };
}

function plainParagraph(text: string, line: Line, index: number): Element | undefined {
  if (!startsParagraph(text, line)) return undefined;
  const [from, to] = trimmed(text, line.start, line.end);
  const children = plainInline(text, from, to, { line: index + 1, lineStart: line.start });
  if (!children) return undefined;
  return { type: 'element', tagName: 'p', properties: {}, children, position: pos(index + 1, line.start, line.start, line.end) };
}

/** Whether the line, after a blank line and before one, can only be a paragraph (no block starts with it). */
function startsParagraph(text: string, line: Line): boolean {
  const first = text[line.start];
  if (PARAGRAPH_START.test(first)) return true;
  if (first >= '0' && first <= '9') return !ORDERED.test(text.slice(line.start, Math.min(line.end, line.start + 12)));
  // `<` starts an HTML block only before a letter, `/`, `!` or `?`; a `<br>` does when nothing follows it.
  if (first === '<') return !TAG_START.test(text[line.start + 1] ?? '') || BR_THEN_TEXT.test(text.slice(line.start, Math.min(line.end, line.start + 8)));
  return false;
}

interface Cell {
  /** From its leading pipe to the next pipe; the row's last cell runs to the line end. */
  readonly start: number;
  readonly end: number;
  readonly from: number;
  readonly to: number;
}

/** A row's cells, split at unescaped pipes; undefined unless it starts and ends with a pipe. */
function cells(text: string, line: Line): Cell[] | undefined {
  let end = line.end;
  while (end > line.start && text[end - 1] === ' ') end--;
  if (end - line.start < 2 || text[line.start] !== '|' || text[end - 1] !== '|') return undefined;
  const pipes: number[] = [line.start];
  for (let i = line.start + 1; i < end; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '|') pipes.push(i);
  }
  if (pipes[pipes.length - 1] !== end - 1) return undefined;
  const out: Cell[] = [];
  for (let k = 0; k + 1 < pipes.length; k++) {
    const last = k + 2 === pipes.length;
    const [from, to] = trimmed(text, pipes[k] + 1, pipes[k + 1]);
    out.push({ start: pipes[k], end: last ? line.end : pipes[k + 1], from, to });
  }
  return out;
}

const NL: Text = { type: 'text', value: '\n' };
const nl = (): Text => ({ ...NL });

function plainTable(text: string, lines: readonly Line[], first: number, end: number): Element | undefined {
  if (end - first < 2) return undefined;
  const header = cells(text, lines[first]);
  const delimiter = cells(text, lines[first + 1]);
  if (!header || !delimiter || header.length !== delimiter.length) return undefined;
  const align: (string | undefined)[] = [];
  for (const cell of delimiter) {
    const m = DELIMITER_CELL.exec(text.slice(cell.from, cell.to));
    if (!m) return undefined;
    align.push(m[1] && m[2] ? 'center' : m[1] ? 'left' : m[2] ? 'right' : undefined);
  }
  const row = (index: number, tag: 'th' | 'td'): Element | undefined => {
    const line = lines[index];
    const found = cells(text, line);
    if (!found) return undefined;
    const place: Place = { line: index + 1, lineStart: line.start };
    const children: ElementContent[] = [nl()];
    for (let k = 0; k < header.length; k++) {
      const properties = align[k] ? { align: align[k] } : {};
      const cell = found[k];
      if (!cell) {
        children.push({ type: 'element', tagName: tag, properties, children: [] }, nl());
        continue;
      }
      const content = cell.from < cell.to ? plainInline(text, cell.from, cell.to, place) : [];
      if (!content) return undefined;
      children.push({ type: 'element', tagName: tag, properties, children: content, position: pos(index + 1, line.start, cell.start, cell.end) }, nl());
    }
    return { type: 'element', tagName: 'tr', properties: {}, children, position: pos(index + 1, line.start, line.start, line.end) };
  };
  const head = row(first, 'th');
  if (!head) return undefined;
  const body: ElementContent[] = [];
  for (let index = first + 2; index < end; index++) {
    const tr = row(index, 'td');
    if (!tr) return undefined;
    body.push(nl(), tr);
  }
  const span = (a: number, b: number): Position => ({ start: { line: a + 1, column: 1, offset: lines[a].start }, end: { line: b + 1, column: lines[b].end - lines[b].start + 1, offset: lines[b].end } });
  const children: ElementContent[] = [nl(), { type: 'element', tagName: 'thead', properties: {}, children: [nl(), head, nl()], position: span(first, first) }, nl()];
  if (body.length > 0) children.push({ type: 'element', tagName: 'tbody', properties: {}, children: [...body, nl()], position: span(first + 2, end - 1) }, nl());
  return { type: 'element', tagName: 'table', properties: {}, children, position: span(first, end - 1) };
}
