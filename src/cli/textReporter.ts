import * as l10n from '@vscode/l10n';
import { type Severity, compareCodeUnits } from '../core';
import type { Diagnostic, FileResult, Summary } from './results';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
/** Every line the report prints fits a terminal or CI log of this many columns (a page's path excepted). */
const WIDTH = 120;
const INDENT = '  ';
const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

type Paint = (style: keyof typeof COLORS, text: string) => string;

function painter(color: boolean): Paint {
  return (style, text) => (color ? `${COLORS[style]}${text}${COLORS.reset}` : text);
}

function labels(): Record<Severity, string> {
  return { error: l10n.t('error'), warning: l10n.t('warning'), information: l10n.t('information'), hint: l10n.t('hint') };
}

export interface TextOptions {
  readonly color: boolean;
  /** Only the closing summary by code, without the findings. */
  readonly summaryOnly?: boolean;
}

/**
 * The text report as files arrive: each file with findings once, as a header, its findings indented under it in
 * aligned columns (`line:col  severity  code  message`, long messages wrapped under their column); at the end a
 * table by code (findings, severity, pages) and the totals line.
 */
export function textReporter(options: TextOptions): { file: (result: FileResult) => string; end: (summary: Summary) => string } {
  const rows = new Map<string, { code: string; severity: Severity; count: number; pages: number }>();
  return {
    file(result) {
      const codes = new Set<string>();
      for (const d of result.diagnostics) {
        const key = `${d.code}\u0000${d.severity}`;
        let row = rows.get(key);
        if (!row) rows.set(key, (row = { code: d.code, severity: d.severity, count: 0, pages: 0 }));
        row.count++;
        if (!codes.has(key)) row.pages++;
        codes.add(key);
      }
      return options.summaryOnly ? '' : formatTextFile(result, options.color);
    },
    end(summary) {
      const table = byCode([...rows.values()]);
      return (table ? `${table}\n\n` : '') + formatTextSummary(summary, options.color);
    },
  };
}

/** One file's header and findings and the blank line after them; nothing for a file without findings. */
export function formatTextFile(file: FileResult, color: boolean): string {
  if (file.diagnostics.length === 0) return '';
  const label = labels();
  const paint = painter(color);
  const all = file.diagnostics;
  const positionWidth = Math.max(...all.map((d) => position(d).length));
  const severityWidth = Math.max(...all.map((d) => columns(label[d.severity])));
  const codeWidth = Math.max(...all.map((d) => d.code.length));
  const messageColumn = INDENT.length + positionWidth + 2 + severityWidth + 2 + codeWidth + 2;
  const lines = [paint('bold', file.path)];
  for (const d of all) {
    const [first, ...rest] = wrap(d.message, Math.max(40, WIDTH - messageColumn));
    lines.push(`${INDENT}${position(d).padStart(positionWidth)}  ${paint(d.severity, pad(label[d.severity], severityWidth))}  ${paint('dim', d.code.padEnd(codeWidth))}  ${first}`.trimEnd());
    for (const more of rest) lines.push(`${' '.repeat(messageColumn)}${more}`);
  }
  return lines.join('\n') + '\n\n';
}

/** The closing totals line. */
export function formatTextSummary(summary: Summary, color: boolean): string {
  const paint = painter(color);
  const parts = [
    summary.files === 1 ? l10n.t('{0} file checked', summary.files) : l10n.t('{0} files checked', summary.files),
    paint(summary.errors > 0 ? 'error' : 'dim', summary.errors === 1 ? l10n.t('{0} error', summary.errors) : l10n.t('{0} errors', summary.errors)),
    paint(summary.warnings > 0 ? 'warning' : 'dim', summary.warnings === 1 ? l10n.t('{0} warning', summary.warnings) : l10n.t('{0} warnings', summary.warnings)),
    l10n.t('{0} information', summary.information),
    summary.hints === 1 ? l10n.t('{0} hint', summary.hints) : l10n.t('{0} hints', summary.hints),
  ];
  return parts.join(', ') + '\n';
}

function position(d: Diagnostic): string {
  return `${d.line}:${d.column}`;
}

const BEYOND_LATIN = /[\u0300-\uffff]/;

/** Columns `text` takes: code points once composed (Vietnamese letters are one column each). */
function columns(text: string): number {
  // Below U+0300 (the first combining mark) NFC changes nothing and every code unit is a column: most words.
  if (!BEYOND_LATIN.test(text)) return text.length;
  const composed = text.normalize('NFC');
  // Counted without Array.from: this runs for every finding printed, and a string per character adds up.
  let count = composed.length;
  for (let i = 0; i < composed.length; i++) {
    const unit = composed.charCodeAt(i);
    if (unit >= 0xdc00 && unit <= 0xdfff && i > 0 && isHighSurrogate(composed.charCodeAt(i - 1))) count--;
  }
  return count;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** `text` padded to `width` terminal columns. */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columns(text)));
}

/** Lines of at most `width` columns, broken at spaces; a word longer than a line (a URL) is cut between code points. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    let rest = word;
    let restWidth = columns(rest);
    if (restWidth > width) {
      if (line !== '') lines.push(line);
      const points = Array.from(rest.normalize('NFC'));
      for (; points.length > width; points.splice(0, width)) lines.push(points.slice(0, width).join(''));
      rest = points.join('');
      restWidth = points.length;
      line = '';
      lineWidth = 0;
    }
    if (line === '') {
      line = rest;
      lineWidth = restWidth;
    } else if (lineWidth + 1 + restWidth <= width) {
      line += ` ${rest}`;
      lineWidth += 1 + restWidth;
    } else {
      lines.push(line);
      line = rest;
      lineWidth = restWidth;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** One row per code and severity, worst severity first, then the most frequent. */
function byCode(rows: ReadonlyArray<{ code: string; severity: Severity; count: number; pages: number }>): string | undefined {
  if (rows.length === 0) return undefined;
  const label = labels();
  const sorted = [...rows].sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.count - a.count || compareCodeUnits(a.code, b.code));
  const head = [l10n.t('Code'), l10n.t('Severity'), l10n.t('Findings'), l10n.t('Pages')];
  const cells = sorted.map((r) => [r.code, label[r.severity], String(r.count), String(r.pages)]);
  const widths = head.map((h, i) => Math.max(columns(h), ...cells.map((c) => columns(c[i]))));
  const line = (c: readonly string[]) => `${pad(c[0], widths[0])}  ${pad(c[1], widths[1])}  ${' '.repeat(widths[2] - columns(c[2]))}${c[2]}  ${' '.repeat(widths[3] - columns(c[3]))}${c[3]}`;
  return [head, ...cells].map((c) => line(c).trimEnd()).join('\n');
}
