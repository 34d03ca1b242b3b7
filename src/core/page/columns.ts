import { RawTable } from './table';
import { isWhiteSpace } from './text';

export type ColumnRole = 'day' | 'task' | 'start' | 'end' | 'date' | 'reference' | 'other';

const labels = new Map<string, string>();

/** Lower-cased, NFC, without Markdown emphasis, HTML tags or trailing colons: how header synonyms are compared. */
export function normalizeLabel(text: string): string {
  let label = labels.get(text);
  if (label === undefined) {
    label = readLabel(text);
    // Headers repeat on every page ("Day", "Task"…); the bound keeps a long session's headings from piling up.
    if (labels.size >= 2000) labels.clear();
    labels.set(text, label);
  }
  return label;
}

function readLabel(text: string): string {
  // Each step runs only when its characters are there (NFC changes nothing below U+0300); spaces that a step may
  // have doubled are collapsed whenever one ran.
  let s = text;
  let spaces = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300) {
      s = s.normalize('NFC');
      spaces = true;
      break;
    }
    if (c === 60 /* < */ || c === 42 || c === 95 || c === 96 /* * _ ` */ || c === 40 || c === 41 || c === 58 || c === 46 /* ( ) : . */) spaces = true;
    else if (c === 32) spaces ||= i > 0 && s.charCodeAt(i - 1) === 32;
    else if (isWhiteSpace(c)) spaces = true;
  }
  if (spaces) {
    s = s
      .replace(/<[^>]*>/g, ' ')
      .replace(/[*_`]/g, '')
      .replace(/[():.]/g, ' ')
      .replace(/\s+/g, ' ');
  }
  return s.trim().toLowerCase();
}

const HEADER_SYNONYMS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ['start', /^(start( date| time)?|ngày bắt đầu|bắt đầu|ngày bđ|ngày bd|begin|from)$/],
  ['end', /^(completion( date)?|complete( date)?|completed( date)?|end( date)?|finish( date)?|due( date)?|ngày hoàn thành|ngày kết thúc|hoàn thành|kết thúc|ngày ht|to)$/],
  ['reference', /^(reference|references|reference material|reference materials|resources?|learning resources?|reference links?|links?|materials?|sources?|source materials?|documents?|docs|nguồn tài liệu|tài liệu|tài liệu tham khảo|tham khảo|nguồn)$/],
  ['task', /^(tasks?|task s|công việc|nhiệm vụ|nội dung|nội dung công việc|mô tả công việc|mô tả|activities|activity|work completed|work|description|details?|content)$/],
  ['day', /^(day|days|thứ|no|stt|#|weekday|day of week|ngày|ngày thứ|buổi)?$/],
  ['date', /^(date|dates|ngày tháng|thời gian|time)$/],
];

/** The role a header names by itself, before looking at the column's content. */
export function roleFromHeader(label: string): ColumnRole {
  const normalized = normalizeLabel(label);
  for (const [role, pattern] of HEADER_SYNONYMS) {
    if (pattern.test(normalized)) return role;
  }
  if (/bắt đầu|start/.test(normalized)) return 'start';
  if (/hoàn thành|kết thúc|complet|end/.test(normalized)) return 'end';
  if (/tài liệu|reference|resource|link/.test(normalized)) return 'reference';
  if (/công việc|nhiệm vụ|task|nội dung/.test(normalized)) return 'task';
  return 'other';
}

// Two parts only with `/`: a Day column writes sub-days `6.1` and ranges `6-7`, which are not dates.
const DATE_LIKE = /^\s*(\d{1,4}(\/\d{1,3}|[/.-]\d{1,3}[/.-]\d{1,5})|[a-z]{3,9}\.? \d{1,2},? \d{4}|\d{1,2} [a-z]{3,9}\.? \d{4})\s*$/i;

/** A cell that looks like a date in any of the shapes interns write, valid or not. */
export function looksLikeDate(text: string): boolean {
  return DATE_LIKE.test(text.replace(/<[^>]*>|[*_]/g, ''));
}

/**
 * Classifies each column by header synonyms, then lets content overrule the header where they disagree:
 * a `Ngày` column full of dates is a date column, not a Day column.
 */
export function classifyColumns(table: RawTable): ColumnRole[] {
  const roles = table.header.cells.map((c) => roleFromHeader(c.text));
  roles.forEach((role, index) => {
    // "Công việc đã hoàn thành" names both the work and its completion: the content says which.
    if ((role === 'end' || role === 'start') && TASK_WORDS.test(normalizeLabel(table.header.cells[index]?.text ?? ''))) {
      const values = columnValues(table, index);
      if (values.length > 0 && values.filter(looksLikeDate).length * 2 <= values.length) roles[index] = 'task';
      return;
    }
    // Content only moves a day, other or date column: the Task column's long cells are never read here.
    if (role !== 'day' && role !== 'other' && role !== 'date') return;
    const values = columnValues(table, index);
    if (values.length === 0) return;
    const dates = values.filter(looksLikeDate).length;
    const mostlyDates = dates * 2 > values.length;
    if ((role === 'day' || role === 'other') && mostlyDates) roles[index] = 'date';
    else if (role === 'date' && !mostlyDates && values.every((v) => v.length <= 24)) roles[index] = 'day';
  });
  return roles;
}

const TASK_WORDS = /công việc|nhiệm vụ|task|work|activit/;

function columnValues(table: RawTable, index: number): string[] {
  return table.rows.map((r) => r.cells[index]?.text ?? '').filter((t) => t !== '');
}

/**
 * Header synonyms are one signal: a table whose headers name when (a date or start column, or a Day column under a
 * day-like header) but no task column takes its widest column of text as the task, so `Date | Day | Topic |
 * Detailed Activities` or `Day | Work Content | Start Date` are tables of days too.
 */
export function taskByContent(table: RawTable, roles: ColumnRole[]): void {
  if (roles.includes('task')) return;
  const when = roles.some((r, i) => r === 'date' || r === 'start' || (r === 'day' && !/^(no|stt|#|)$/.test(normalizeLabel(table.header.cells[i]?.text ?? ''))));
  if (!when) return;
  let best = -1;
  let bestLength = 12;
  roles.forEach((role, index) => {
    if (role !== 'other') return;
    const values = columnValues(table, index);
    if (values.length === 0 || values.filter(looksLikeDate).length * 2 > values.length) return;
    const average = values.reduce((sum, v) => sum + v.length, 0) / values.length;
    if (average > bestLength) {
      best = index;
      bestLength = average;
    }
  });
  if (best >= 0) roles[best] = 'task';
}
