import template from '../../data/template.json';
import { lineSpans } from './links';
import type { Page } from './page';
import type { Span } from './text';

/** Lower case, NFC, single spaces, no emphasis markers, bullets or trailing punctuation: how sentences are compared. */
export function normalizeSentence(text: string): string {
  return text
    .normalize('NFC')
    .replace(/&amp;/g, '&')
    .replace(/&(?:emsp|ensp|nbsp|#160);/g, ' ')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/^([-+*•]|\d+[.)])\s+/, '')
    .replace(/[\s.:;,!…]+$/, '');
}

const WEEK1_SENTENCES: readonly string[] = template.week1Sentences.map(normalizeSentence);
const NOTICE_PHRASES: readonly string[] = template.noticePhrases.map(normalizeSentence);
/** Shorter sentences must match a whole fragment; longer ones also match the start of one ("…, including: Access Key"). */
const PREFIX_MIN = 20;

/** One piece of text a reader sees as a unit: a line, or a part of a table cell between `<br>`s. */
export interface Fragment {
  readonly span: Span;
  readonly text: string;
}

const LEADING_MARKS = /^(?:\s|&emsp;|&ensp;|&nbsp;|[-+*•>]\s|\d+[.)]\s)+/;

/** The page body cut at line breaks, table pipes and `<br>`, each piece without its bullet or indent. */
export function fragments(page: Page): Fragment[] {
  const { text } = page;
  const bodyStart = page.bodyLine < page.lines.lineCount ? page.lines.lines[page.bodyLine].start : text.length;
  const result: Fragment[] = [];
  for (const line of lineSpans(text, bodyStart, text.length)) {
    if (page.codeLines.has(page.lines.positionAt(line.start).line)) continue;
    const content = text.slice(line.start, line.end);
    let from = 0;
    for (const m of [...content.matchAll(/<br\s*\/?>|\|/gi), { index: content.length, 0: '' }]) {
      const index = m.index ?? content.length;
      const piece = content.slice(from, index);
      const lead = LEADING_MARKS.exec(piece)?.[0].length ?? 0;
      const trimmed = piece.slice(lead).trimEnd();
      if (trimmed !== '') {
        const start = line.start + from + lead;
        result.push({ span: { start, end: start + trimmed.length }, text: trimmed });
      }
      from = index + m[0].length;
    }
  }
  return result;
}

/** Whether a fragment is one of the template's week-1 sentences (English or Vietnamese). */
export function isWeek1Sentence(fragment: string): boolean {
  const normalized = normalizeSentence(fragment);
  if (normalized.length < 8) return false;
  return WEEK1_SENTENCES.some((s) => normalized === s || (s.length >= PREFIX_MIN && normalized.startsWith(s) && /^[\s:,.;(-]/.test(normalized.slice(s.length))));
}

/** A `{{% notice warning %}} … {{% /notice %}}` block that says "do not copy verbatim". */
export interface NoticeBlock {
  readonly span: Span;
  /** The lines the block occupies, line breaks included, when it has them to itself; what the fix deletes. */
  readonly removal: Span;
}

const NOTICE_OPEN = /\{\{[<%]\s*notice\s+warning\b[^}]*?[%>]\}\}/gi;
const NOTICE_CLOSE = /\{\{[<%]\s*\/\s*notice\s*[%>]\}\}/gi;

export function noticeBlocks(page: Page): NoticeBlock[] {
  const { text, lines } = page;
  const blocks: NoticeBlock[] = [];
  if (!/notice/i.test(text)) return blocks;
  for (const open of text.matchAll(NOTICE_OPEN)) {
    const start = open.index ?? 0;
    if (page.codeLines.has(lines.positionAt(start).line)) continue;
    NOTICE_CLOSE.lastIndex = start + open[0].length;
    const close = NOTICE_CLOSE.exec(text);
    if (!close) continue;
    const end = close.index + close[0].length;
    const inner = normalizeSentence(text.slice(start + open[0].length, close.index));
    if (!NOTICE_PHRASES.some((p) => inner.includes(p))) continue;
    blocks.push({ span: { start, end }, removal: removalSpan(page, start, end) });
  }
  return blocks;
}

/** Whole lines when the block stands on its own lines, plus one blank line after it when a blank line (or the front matter) precedes it. */
function removalSpan(page: Page, start: number, end: number): Span {
  const { lines, text } = page;
  const first = lines.positionAt(start).line;
  const last = lines.positionAt(end).line;
  const firstLine = lines.lines[first];
  const lastLine = lines.lines[last];
  if (text.slice(firstLine.start, start).trim() !== '' || text.slice(end, lastLine.end).trim() !== '') return { start, end };
  let removeEnd = lastLine.next;
  const after = lines.lines[last + 1];
  const beforeBlank = first === 0 || first === page.bodyLine || lines.lineText(first - 1).trim() === '';
  if (after && beforeBlank && last + 1 < lines.lineCount - 1 && lines.lineText(last + 1).trim() === '') removeEnd = after.next;
  return { start: firstLine.start, end: removeEnd };
}
