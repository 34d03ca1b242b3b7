import matter from 'gray-matter';
import * as yaml from 'js-yaml';
import { readSimpleMapping } from './simpleYaml';
import { BOM, LineIndex, Span, trimSpan } from './text';

/** One top-level `key: value` line of the front matter, with the value as written. */
export interface FrontMatterEntry {
  readonly key: string;
  readonly keySpan: Span;
  /** The value text on the key's line (quotes included), or an empty span right after the colon. */
  readonly valueSpan: Span;
  readonly raw: string;
  /** The raw value without surrounding quotes. */
  readonly unquoted: string;
}

export interface FrontMatterError {
  readonly message: string;
  readonly span: Span;
}

export interface FrontMatter {
  /** From the opening `---` to the end of the closing `---` line (or to the end of the page when unterminated). */
  readonly span: Span;
  readonly openSpan: Span;
  readonly closeSpan: Span | undefined;
  readonly yamlSpan: Span;
  readonly terminated: boolean;
  /** Parsed data; dates stay the strings the author wrote. Undefined when the YAML does not parse. */
  readonly data: Readonly<Record<string, unknown>> | undefined;
  readonly error: FrontMatterError | undefined;
  readonly entries: readonly FrontMatterEntry[];
}

// CORE_SCHEMA has no timestamp type, so `date: 2024-05-06` stays the string the author wrote.
const yamlEngine = (source: string): object => {
  const value: unknown = yaml.load(source, { schema: yaml.CORE_SCHEMA, json: true });
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
};

/** Finds the `---` block at the top of the page (after an optional BOM) and reads it. */
export function readFrontMatter(text: string, lines: LineIndex): FrontMatter | undefined {
  const first = lines.lines[0];
  const firstStart = text.startsWith(BOM) ? 1 : 0;
  if (text.slice(firstStart, first.end).trimEnd() !== '---') return undefined;
  const openSpan: Span = { start: firstStart, end: first.end };
  let closeLine = -1;
  for (let i = 1; i < lines.lineCount; i++) {
    const line = lines.lines[i];
    // Hugo closes YAML front matter at the first line that starts with `---`; the rest of that line is page text.
    if (text.startsWith('---', line.start)) {
      closeLine = i;
      break;
    }
  }
  const yamlStart = first.next;
  if (closeLine < 0) {
    const yamlSpan = { start: yamlStart, end: text.length };
    return {
      span: { start: firstStart, end: text.length },
      openSpan,
      closeSpan: undefined,
      yamlSpan,
      terminated: false,
      data: undefined,
      error: undefined,
      entries: scanEntries(text, lines, 1, lines.lineCount),
    };
  }
  const close = lines.lines[closeLine];
  const closeEnd = close.start + 3;
  const yamlSpan = { start: yamlStart, end: Math.max(yamlStart, close.start) };
  const { data, error } = parseYaml(text, yamlSpan, lines);
  return {
    span: { start: firstStart, end: closeEnd },
    openSpan,
    closeSpan: { start: close.start, end: closeEnd },
    yamlSpan,
    terminated: true,
    data,
    error,
    entries: scanEntries(text, lines, 1, closeLine),
  };
}

function parseYaml(
  text: string,
  yamlSpan: Span,
  lines: LineIndex,
): { data: Record<string, unknown> | undefined; error: FrontMatterError | undefined } {
  const source = text.slice(yamlSpan.start, yamlSpan.end);
  const simple = readSimpleMapping(source);
  if (simple) return { data: simple, error: undefined };
  try {
    // Passing options bypasses gray-matter's cache, which would share one mutable result between parses.
    const parsed = matter(`---\n${source}\n---\n`, { engines: { yaml: yamlEngine } });
    return { data: { ...(parsed.data as Record<string, unknown>) }, error: undefined };
  } catch (e) {
    return { data: undefined, error: yamlError(e, yamlSpan, lines) };
  }
}

function yamlError(e: unknown, yamlSpan: Span, lines: LineIndex): FrontMatterError {
  if (e instanceof yaml.YAMLException) {
    const mark = e.mark as { position?: number } | undefined;
    const reason = e.reason || e.message;
    // gray-matter hands the engine the YAML with the newline after the opening `---` in front: one character more.
    const position = typeof mark?.position === 'number' ? Math.max(yamlSpan.start, Math.min(yamlSpan.start + mark.position - 1, yamlSpan.end)) : yamlSpan.start;
    const line = lines.lines[lines.positionAt(position).line];
    const lineSpan = trimSpan(lines.text, line.start, line.end);
    const span = lineSpan.end > lineSpan.start && lineSpan.start >= yamlSpan.start ? lineSpan : { start: position, end: position };
    return { message: reason, span };
  }
  return { message: e instanceof Error ? e.message : String(e), span: yamlSpan };
}

const ENTRY = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+|$)/;

function scanEntries(text: string, lines: LineIndex, fromLine: number, toLine: number): FrontMatterEntry[] {
  const entries: FrontMatterEntry[] = [];
  for (let i = fromLine; i < toLine; i++) {
    const line = lines.lines[i];
    const content = text.slice(line.start, line.end);
    const m = ENTRY.exec(content);
    if (!m) continue;
    const keySpan = { start: line.start, end: line.start + m[1].length };
    const valueSpan = trimSpan(text, line.start + m[0].length, stripComment(text, line.start + m[0].length, line.end));
    const raw = text.slice(valueSpan.start, valueSpan.end);
    entries.push({ key: m[1], keySpan, valueSpan, raw, unquoted: unquote(raw) });
  }
  return entries;
}

// A ` #` outside quotes starts a YAML comment; it is not part of the value.
function stripComment(text: string, start: number, end: number): number {
  let quote = '';
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      if (i === start || text[i - 1] === ' ') quote = c;
    } else if (c === '#' && (i === start || text[i - 1] === ' ' || text[i - 1] === '\t')) {
      return i;
    }
  }
  return end;
}

export function unquote(raw: string): string {
  if (raw.length >= 2 && (raw[0] === '"' || raw[0] === "'") && raw[raw.length - 1] === raw[0]) return raw.slice(1, -1);
  return raw;
}

export function entry(frontMatter: FrontMatter | undefined, key: string): FrontMatterEntry | undefined {
  return frontMatter?.entries.find((e) => e.key === key);
}
