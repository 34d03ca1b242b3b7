/** Offsets are UTF-16 code-unit indexes into the page text, as VS Code and JavaScript count them. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Zero-based line and character, as in the LSP and VS Code. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

/** One physical line: `start..end` excludes the line break, `next` is where the following line starts. */
export interface Line {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

export const BOM = '\uFEFF';

/** Splits text into lines once and converts offsets to positions by binary search. */
export class LineIndex {
  readonly lines: readonly Line[];

  constructor(readonly text: string) {
    this.lines = splitLines(text);
  }

  get lineCount(): number {
    return this.lines.length;
  }

  lineText(line: number): string {
    const l = this.lines[line];
    return l ? this.text.slice(l.start, l.end) : '';
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const low = this.lineAt(clamped);
    const line = this.lines[low];
    return { line: low, character: Math.min(clamped, line.end) - line.start };
  }

  /** The line an offset falls on, as `positionAt(offset).line` without allocating a position. */
  lineAt(offset: number): number {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lines.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lines[mid].start <= clamped) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  offsetAt(position: Position): number {
    const line = this.lines[Math.max(0, Math.min(position.line, this.lines.length - 1))];
    return Math.min(line.start + Math.max(0, position.character), line.next);
  }

  rangeOf(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  // Line breaks found by native searches (a CR only looked for once the page has one): a loop over every character ran in the interpreter.
  let cr = text.indexOf('\r');
  for (;;) {
    let lf = text.indexOf('\n', start);
    if (lf < 0) lf = text.length;
    if (cr >= 0 && cr < start) cr = text.indexOf('\r', start);
    if (cr >= 0 && cr < lf) {
      const next = text.charCodeAt(cr + 1) === 10 ? cr + 2 : cr + 1;
      lines.push({ start, end: cr, next });
      start = next;
    } else if (lf < text.length) {
      lines.push({ start, end: lf, next: lf + 1 });
      start = lf + 1;
    } else break;
  }
  lines.push({ start, end: text.length, next: text.length });
  return lines;
}

/** The line break a page mostly uses, so inserted lines match it. */
export function detectEol(text: string): '\n' | '\r\n' {
  const crlf = text.indexOf('\r\n');
  if (crlf < 0) return '\n';
  const lf = text.indexOf('\n');
  return lf === crlf + 1 ? '\r\n' : '\n';
}

/** Trims spaces, tabs and NBSP, returning the inner span. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/**
 * Whether a UTF-16 code unit is white space as `\s`, `trim` and `trimEnd` see it: ECMAScript's WhiteSpace and
 * LineTerminator code points, listed (building the table from the engine's `\s` cost 8 ms at each start).
 */
export function isWhiteSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x1680) return code === 0xa0;
  return (
    code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x200b || code === 0xfeff;
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** Trims any JavaScript whitespace (`\s`) from both ends of `text[start, end)`: the visible extent of a line. */
export function trimWhitespace(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
