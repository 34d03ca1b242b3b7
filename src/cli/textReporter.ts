import * as l10n from '@vscode/l10n';
import type { Severity } from '../core';
import type { Diagnostic, FileResult, Summary } from './results';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };
/** Every line the report prints fits a terminal or CI log of this many columns. */
const WIDTH = 120;
const INDENT = '  ';
const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
// `1.2-Week2` before `1.10-Week10`, as people count.
const natural = new Intl.Collator('en', { numeric: true });

export interface TextOptions {
  readonly color: boolean;
  /** Only the closing summary by code, without the findings. */
  readonly summaryOnly?: boolean;
}

/**
 * Each file with findings once, as a header, its findings indented under it in aligned columns
 * (`line:col  severity  code  message`, long messages wrapped under their column); files in natural order;
 * then a table by code (findings, severity, pages) and the totals line.
 */
export function formatText(files: readonly FileResult[], summary: Summary, options: TextOptions): string {
  const label: Record<Severity, string> = { error: l10n.t('error'), warning: l10n.t('warning'), information: l10n.t('information'), hint: l10n.t('hint') };
  const paint = (style: keyof typeof COLORS, text: string) => (options.color ? `${COLORS[style]}${text}${COLORS.reset}` : text);
  const shown = [...files].filter((f) => f.diagnostics.length > 0).sort((a, b) => natural.compare(a.path, b.path));
  const blocks: string[] = [];
  if (!options.summaryOnly && shown.length > 0) {
    const all = shown.flatMap((f) => f.diagnostics);
    const positionWidth = Math.max(...all.map((d) => position(d).length));
    const severityWidth = Math.max(...all.map((d) => stringWidth(label[d.severity])));
    const codeWidth = Math.max(...all.map((d) => d.code.length));
    const messageColumn = INDENT.length + positionWidth + 2 + severityWidth + 2 + codeWidth + 2;
    for (const file of shown) {
      const lines = [paint('bold', file.path)];
      for (const d of file.diagnostics) {
        const [first, ...rest] = wrap(d.message, Math.max(40, WIDTH - messageColumn));
        const lead = `${INDENT}${position(d).padStart(positionWidth)}  ${paint(d.severity, pad(label[d.severity], severityWidth))}  ${paint('dim', d.code.padEnd(codeWidth))}  `;
        lines.push(`${lead}${first}`.trimEnd());
        for (const more of rest) lines.push(`${' '.repeat(messageColumn)}${more}`);
      }
      blocks.push(lines.join('\n'));
    }
  }
  const table = byCode(shown, label);
  if (table) blocks.push(table);
  blocks.push(totals(summary, paint));
  return blocks.join('\n\n') + '\n';
}

function position(d: Diagnostic): string {
  return `${d.line}:${d.column}`;
}

/** Columns `text` takes: code points once composed (Vietnamese letters are one column each). */
function stringWidth(text: string): number {
  return Array.from(text.normalize('NFC')).length;
}

/** `text` padded to `width` terminal columns. */
function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}

/** Lines of at most `width` columns, broken at spaces; a word longer than a line (a URL) is cut. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    let rest = word;
    while (stringWidth(rest) > width) {
      if (line !== '') {
        lines.push(line);
        line = '';
      }
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (line === '') line = rest;
    else if (stringWidth(line) + 1 + stringWidth(rest) <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/** One row per code and severity: how many findings, on how many pages; worst severity first, then the most frequent. */
function byCode(files: readonly FileResult[], label: Record<Severity, string>): string | undefined {
  const rows = new Map<string, { code: string; severity: Severity; count: number; pages: Set<string> }>();
  for (const file of files) {
    for (const d of file.diagnostics) {
      const key = `${d.code}\u0000${d.severity}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { code: d.code, severity: d.severity, count: 0, pages: new Set() }));
      row.count++;
      row.pages.add(file.path);
    }
  }
  if (rows.size === 0) return undefined;
  const sorted = [...rows.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.count - a.count || a.code.localeCompare(b.code));
  const head = [l10n.t('Code'), l10n.t('Severity'), l10n.t('Findings'), l10n.t('Pages')];
  const cells = sorted.map((r) => [r.code, label[r.severity], String(r.count), String(r.pages.size)]);
  const widths = head.map((h, i) => Math.max(stringWidth(h), ...cells.map((c) => stringWidth(c[i]))));
  const line = (c: readonly string[]) => `${pad(c[0], widths[0])}  ${pad(c[1], widths[1])}  ${c[2].padStart(widths[2])}  ${c[3].padStart(widths[3])}`;
  const headLine = `${pad(head[0], widths[0])}  ${pad(head[1], widths[1])}  ${' '.repeat(widths[2] - stringWidth(head[2]))}${head[2]}  ${' '.repeat(widths[3] - stringWidth(head[3]))}${head[3]}`;
  return [headLine, ...cells.map(line)].map((l) => l.trimEnd()).join('\n');
}

function totals(summary: Summary, paint: (style: keyof typeof COLORS, text: string) => string): string {
  return [
    summary.files === 1 ? l10n.t('{0} file checked', summary.files) : l10n.t('{0} files checked', summary.files),
    paint(summary.errors > 0 ? 'error' : 'dim', summary.errors === 1 ? l10n.t('{0} error', summary.errors) : l10n.t('{0} errors', summary.errors)),
    paint(summary.warnings > 0 ? 'warning' : 'dim', summary.warnings === 1 ? l10n.t('{0} warning', summary.warnings) : l10n.t('{0} warnings', summary.warnings)),
    l10n.t('{0} information', summary.information),
    summary.hints === 1 ? l10n.t('{0} hint', summary.hints) : l10n.t('{0} hints', summary.hints),
  ].join(', ');
}
