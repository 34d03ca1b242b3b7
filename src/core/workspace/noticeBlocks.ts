import template from '../../../data/template.json';
import type { Page } from '../page/page';
import type { Span } from '../page/text';
import { normalizeSentence } from './templateText';

/** A `{{% notice warning %}} … {{% /notice %}}` block that says "do not copy verbatim". */
export interface NoticeBlock {
  readonly span: Span;
  /** What the fix deletes: the block's own lines when it has them to itself; undefined when no removal is provably confined. */
  readonly removal: Span | undefined;
}

/** One shortcode tag on one line: `{{% name args %}}`, `{{< /name >}}`. */
interface Tag {
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly name: string;
  readonly closing: boolean;
  readonly args: string;
}

const NOTICE_PHRASES: readonly string[] = template.noticePhrases.map(normalizeSentence);
const TAG_HEAD = /^\{\{[<%]\s*(\/?)\s*([\w-]+)/;
function hasPhrase(text: string): boolean {
  const normalized = normalizeSentence(text);
  return NOTICE_PHRASES.some((p) => normalized.includes(p));
}

/**
 * The template's warning notices. An opener pairs with its own closer (notices nest); the removal never crosses a
 * heading, a table, a fence or another shortcode. Without such a closer only the opener and the lines right after it
 * that say "do not copy verbatim" are provably template text, and only they are removed.
 */
export function noticeBlocks(page: Page): NoticeBlock[] {
  const { text } = page;
  if (!/notice/i.test(text)) return [];
  const tags = shortcodeTags(page);
  const closerOf = pairNotices(tags);
  const { barrier, edge } = barrierLines(page, tags);
  // Lines strictly between `from` and `to` hold no heading, table, fence or shortcode.
  const clear = (from: number, to: number) => to <= from + 1 || barrier[to] - barrier[from + 1] === 0;
  const blocks: NoticeBlock[] = [];
  tags.forEach((open, i) => {
    if (open.closing || open.name !== 'notice' || !/^warning\b/i.test(open.args)) return;
    const closeIndex = closerOf.get(i);
    const close = closeIndex === undefined ? undefined : tags[closeIndex];
    const openerInBlock = edge[open.line] === 1;
    // Its own closer, with no other shortcode between them: on one line that also keeps the slices below disjoint.
    if (close && closeIndex === i + 1 && clear(open.line, close.line) && !openerInBlock && edge[close.line] === 0) {
      if (!hasPhrase(text.slice(open.end, close.start))) return;
      blocks.push({ span: { start: open.start, end: close.end }, removal: removalSpan(page, open.start, close.end) });
      return;
    }
    const next = tags[i + 1];
    const proven = provenEnd(page, open, next && next.line === open.line ? next.start : undefined, barrier);
    if (proven === undefined) return;
    blocks.push({ span: { start: open.start, end: proven }, removal: openerInBlock ? undefined : removalSpan(page, open.start, proven) });
  });
  return blocks;
}

/** Every shortcode tag outside fences, found in one pass per line (each `}}` is looked up once). */
function shortcodeTags(page: Page): Tag[] {
  const { text, lines } = page;
  const tags: Tag[] = [];
  for (let n = page.bodyLine; n < lines.lineCount; n++) {
    if (page.codeLines.has(n)) continue;
    const { start, end } = lines.lines[n];
    let closeAt = -1;
    for (let i = text.indexOf('{{', start); i !== -1 && i < end; i = text.indexOf('{{', i + 2)) {
      const kind = text.charCodeAt(i + 2);
      if (kind !== 37 && kind !== 60 /* % < */) continue;
      if (closeAt < i + 3) closeAt = text.indexOf('}}', i + 3);
      if (closeAt === -1 || closeAt >= end) break;
      const closer = text.charCodeAt(closeAt - 1);
      if (closer !== 37 && closer !== 62 /* % > */) continue;
      const head = TAG_HEAD.exec(text.slice(i, Math.min(closeAt, i + 200)));
      if (!head) continue;
      const args = text.slice(i + head[0].length, closeAt - 1).trim();
      tags.push({ start: i, end: closeAt + 2, line: n, name: head[2].toLowerCase(), closing: head[1] === '/', args });
      i = closeAt;
    }
  }
  return tags;
}

/** Each notice opener's index mapped to its own closer's: the innermost open notice takes the next `/notice`. */
function pairNotices(tags: readonly Tag[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  tags.forEach((tag, i) => {
    if (tag.name !== 'notice') return;
    if (!tag.closing) open.push(i);
    else if (open.length > 0) pairs.set(open.pop() as number, i);
  });
  return pairs;
}

/**
 * `barrier[n]` = how many of lines 0..n-1 a removal must not cross (headings, table lines, fences, shortcode lines);
 * `edge[n]` = 1 when line n is a heading or a table line, where a notice's own line cannot be removed either.
 */
function barrierLines(page: Page, tags: readonly Tag[]): { barrier: Int32Array; edge: Uint8Array } {
  const count = page.lines.lineCount;
  const edge = new Uint8Array(count);
  for (const h of page.headings) edge[h.line] = 1;
  for (const t of [...page.tables, ...page.brokenTables]) {
    const first = page.lines.lineAt(t.span.start);
    const last = page.lines.lineAt(Math.max(t.span.start, t.span.end - 1));
    for (let n = first; n <= last; n++) edge[n] = 1;
  }
  const mark = edge.slice();
  for (const n of page.codeLines) if (n < count) mark[n] = 1;
  for (const t of tags) mark[t.line] = 1;
  const barrier = new Int32Array(count + 1);
  for (let n = 0; n < count; n++) barrier[n + 1] = barrier[n] + mark[n];
  return { barrier, edge };
}

/** Where the provable template text after an unpaired opener ends: its own line's tail and the following lines, while each says the phrase. */
function provenEnd(page: Page, open: Tag, nextTag: number | undefined, barrier: Int32Array): number | undefined {
  const { text, lines } = page;
  const openLine = lines.lines[open.line];
  // Only up to the next tag on the line: another tag's text is not this notice's.
  if (nextTag !== undefined) return hasPhrase(text.slice(open.end, nextTag)) ? trimmedEnd(text, open.end, nextTag) : undefined;
  let end: number | undefined = hasPhrase(text.slice(open.end, openLine.end)) ? openLine.end : undefined;
  for (let n = open.line + 1; n < lines.lineCount; n++) {
    if (barrier[n + 1] - barrier[n] !== 0) break;
    const line = lines.lines[n];
    const body = text.slice(line.start, line.end);
    if (body.trim() === '' || !hasPhrase(body)) break;
    end = line.end;
  }
  return end;
}

function trimmedEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Whole lines when the block stands on its own lines, plus one blank line after it when a blank line (or the front matter) precedes it. */
function removalSpan(page: Page, start: number, end: number): Span {
  const { lines, text } = page;
  const first = lines.lineAt(start);
  const last = lines.lineAt(end);
  const firstLine = lines.lines[first];
  const lastLine = lines.lines[last];
  if (text.slice(firstLine.start, start).trim() !== '' || text.slice(end, lastLine.end).trim() !== '') return { start, end };
  let removeEnd = lastLine.next;
  const after = lines.lines[last + 1];
  const beforeBlank = first === 0 || first === page.bodyLine || lines.lineText(first - 1).trim() === '';
  if (after && beforeBlank && last + 1 < lines.lineCount - 1 && lines.lineText(last + 1).trim() === '') removeEnd = after.next;
  return { start: firstLine.start, end: removeEnd };
}
