import * as l10n from '@vscode/l10n';
import { MemoSlot } from '../page/memo';
import { dayTables, Page } from '../page/page';
import { Span, isWhiteSpace } from '../page/text';
import { isWeek1Sentence, normalizeSentence } from '../workspace/templateText';
import { Rule } from './types';

type Part = 'Objectives' | 'Achievements' | 'Task column';

interface Written {
  readonly part: Part;
  /** Where a finding points: the section heading, or the Task column's header cell. */
  readonly span: Span;
  readonly normalized: string;
  /** Part and text, the key parts are compared by (built once: a long Task column is not copied again on every lint). */
  readonly key: string;
  /** It holds the template's week-1 sentences. */
  readonly template: boolean;
}

/** Text shorter than this, once normalised ("...", "N/A"), is a placeholder, not content worth comparing. */
const MIN_LENGTH = 24;

export const contentDuplicateSection: Rule = {
  code: 'content.duplicate-section',
  defaultSeverity: 'warning',
  description: "Objectives, Achievements or the Task column identical (after normalising space and case) to another week's of the same site-language.",
  checkSiteLanguage({ pages, report }) {
    const seen = new Map<string, { page: Page; written: Written }>();
    for (const page of pages) {
      // One week copied from another is one cause: its identical parts become one finding.
      const copies = new Map<Page, Array<{ written: Written; earlier: Written }>>();
      for (const written of partsOf(page)) {
        const earlier = seen.get(written.key);
        if (!earlier) {
          seen.set(written.key, { page, written });
          continue;
        }
        // The template's week-1 text is content.template-leftover's to report, wherever it was copied.
        if (earlier.page.identity.week === page.identity.week || written.template) continue;
        const list = copies.get(earlier.page) ?? [];
        list.push({ written, earlier: earlier.written });
        copies.set(earlier.page, list);
      }
      for (const [earlierPage, parts] of copies) {
        const week = page.identity.week ?? '?';
        const other = earlierPage.identity.week ?? '?';
        const names = parts.map((p) => partName(p.written.part));
        const message =
          parts.length > 1
            ? l10n.t("Week {0}'s {1} are identical to week {2}'s (ignoring spaces and case): one of the two weeks was copied. Write what this week really held.", week, joinNames(names), other)
            : parts[0].written.part === 'Task column'
              ? l10n.t("Week {0}'s {1} is identical to week {2}'s (ignoring spaces and case): one of the two weeks was copied. Write what this week really held.", week, names[0], other)
              : l10n.t("Week {0}'s {1} are identical to week {2}'s (ignoring spaces and case): one of the two weeks was copied. Write what this week really held.", week, names[0], other);
        report(page, {
          message,
          span: parts[0].written.span,
          related: [
            ...parts.slice(1).map((p) => ({ path: page.path, span: p.written.span, message: l10n.t('{0}, the same as week {1}', partName(p.written.part), other) })),
            ...parts.map((p) => ({ path: earlierPage.path, span: p.earlier.span, message: l10n.t('the same {0} in week {1}', partName(p.written.part), other) })),
          ],
        });
      }
    }
  },
};

/**
 * Whether the page's day table is a copy, of the template's week 1 or of `other`'s: the dates a copy carries are
 * the copy's consequence, reported as content.template-leftover or content.duplicate-section.
 */
export function copiedTable(page: Page, other: Page | undefined): boolean {
  const mine = partsOf(page).find((p) => p.part === 'Task column');
  if (!mine) return false;
  if (mine.template && (page.identity.week ?? 0) >= 2) return true;
  const theirs = other && partsOf(other).find((p) => p.part === 'Task column');
  return theirs !== undefined && theirs.normalized === mine.normalized;
}

/** "Objectives, Task column and Achievements". */
function joinNames(names: readonly string[]): string {
  return names.length === 1 ? names[0] : l10n.t('{0} and {1}', names.slice(0, -1).join(', '), names[names.length - 1]);
}

function partName(part: Part): string {
  switch (part) {
    case 'Objectives':
      return l10n.t('Objectives');
    case 'Achievements':
      return l10n.t('Achievements');
    case 'Task column':
      return l10n.t('Task column');
  }
}

// Pages are immutable: when one page of a site changes, the others' parts are not normalised again.
const PARTS = new MemoSlot<readonly Written[]>('compared parts');

function partsOf(page: Page): readonly Written[] {
  return page.memo.get(PARTS, () => readParts(page));
}

function readParts(page: Page): Written[] {
  const parts: Written[] = [];
  const tableStarts = page.tables.map((t) => t.span.start);
  for (const [kind, part] of [['objectives', 'Objectives'], ['achievements', 'Achievements']] as const) {
    const section = page.sections.find((s) => s.kind === kind);
    if (!section) continue;
    const end = Math.min(section.body.end, ...tableStarts.filter((t) => t >= section.body.start));
    const lines: string[] = [];
    addNormalizedLines(page.text, section.body.start, end, lines);
    const normalized = lines.join('\n');
    if (normalized.length >= MIN_LENGTH) parts.push({ part, span: section.heading.span, normalized, key: keyOf(part, normalized), template: lines.some(isWeek1Sentence) });
  }
  for (const table of dayTables(page).slice(0, 1)) {
    const column = table.column('task');
    // Cell by cell: the column is not joined into one text to be split again.
    const lines: string[] = [];
    for (const row of table.rows) {
      const cell = row.cells[column]?.text ?? '';
      addNormalizedLines(cell, 0, cell.length, lines);
    }
    const normalized = lines.join('\n');
    if (normalized.length >= MIN_LENGTH) parts.push({ part: 'Task column', span: table.header.cells[column].span, normalized, key: keyOf('Task column', normalized), template: lines.some(isWeek1Sentence) });
  }
  return parts;
}

function keyOf(part: Part, normalized: string): string {
  return `${part}\u0000${normalized}`;
}

/** Where `^(?:\s|&emsp;|&ensp;|&nbsp;|[-+*•>]\s)+` matching `text[start, end)` ends (read by hand: it never backtracks). */
function leadingEnd(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isWhiteSpace(c)) i++;
    else if (c === 38 /* & */ && i + 6 <= end && (text.startsWith('&emsp;', i) || text.startsWith('&ensp;', i) || text.startsWith('&nbsp;', i))) i += 6;
    else if ((c === 45 || c === 43 || c === 42 || c === 0x2022 || c === 62) /* - + * • > */ && i + 1 < end && isWhiteSpace(text.charCodeAt(i + 1))) i += 2;
    else break;
  }
  return i;
}

/** `/^[.…\s-]*$/`: nothing but dots, ellipses, dashes and spaces (a placeholder line). */
function isFiller(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 46 && c !== 0x2026 && c !== 45 && !isWhiteSpace(c)) return false;
  }
  return true;
}

const BR = /<br\s*\/?>/iy;
const TAG = /<[^>]*>/g;

/**
 * Each line (or `<br>` piece) of `text[start, end)` normalised as a sentence and added to `lines`, empty ones dropped
 * (`text.split(/\r?\n|\r|<br\s*\/?>/i)`, the breaks found by indexOf: a loop over every character ran in the interpreter).
 */
function addNormalizedLines(text: string, start: number, end: number, lines: string[]): void {
  let from = start;
  // The piece holds a `<` that is not a `<br>`.
  let tag = false;
  let lf = indexWithin(text, '\n', start, end);
  let cr = indexWithin(text, '\r', start, end);
  let lt = indexWithin(text, '<', start, end);
  for (;;) {
    const at = Math.min(lf, cr, lt);
    if (at === end) break;
    let next: number;
    if (at === lt) {
      BR.lastIndex = at;
      if (!BR.test(text) || BR.lastIndex > end) {
        tag = true;
        lt = indexWithin(text, '<', at + 1, end);
        continue;
      }
      next = BR.lastIndex;
    } else next = at === cr && at + 1 < end && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
    addNormalizedLine(text, from, at, tag, lines);
    from = next;
    tag = false;
    if (lf < next) lf = indexWithin(text, '\n', next, end);
    if (cr < next) cr = indexWithin(text, '\r', next, end);
    if (lt < next) lt = indexWithin(text, '<', next, end);
  }
  addNormalizedLine(text, from, end, tag, lines);
}

/** The first `char` in `text[from, end)`, or `end`. */
function indexWithin(text: string, char: string, from: number, end: number): number {
  const i = text.indexOf(char, from);
  return i < 0 || i > end ? end : i;
}

function addNormalizedLine(text: string, start: number, end: number, tag: boolean, lines: string[]): void {
  let line: string;
  if (tag) {
    // A tag becomes a space before the indent is read.
    const piece = text.slice(start, end).replace(TAG, ' ');
    line = normalizeSentence(piece.slice(leadingEnd(piece, 0, piece.length)));
  } else line = normalizeSentence(text.slice(leadingEnd(text, start, end), end));
  if (line !== '' && !isFiller(line)) lines.push(line);
}
