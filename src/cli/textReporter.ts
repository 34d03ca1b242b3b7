import * as l10n from '@vscode/l10n';
import type { Severity } from '../core';
import type { FileResult, Summary } from './results';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

type Paint = (style: keyof typeof COLORS, text: string) => string;

function painter(color: boolean): Paint {
  return (style, text) => (color ? `${COLORS[style]}${text}${COLORS.reset}` : text);
}

/** `path:line:col  severity  code  message`, files separated by a blank line, then one summary line. */
export function formatText(files: readonly FileResult[], summary: Summary, color: boolean): string {
  return files.map((f) => formatTextFile(f, color)).join('') + formatTextSummary(summary, color);
}

/** One file's lines and the blank line after them; nothing for a file without findings (so a run can print file by file). */
export function formatTextFile(file: FileResult, color: boolean): string {
  if (file.diagnostics.length === 0) return '';
  const label: Record<Severity, string> = { error: l10n.t('error'), warning: l10n.t('warning'), information: l10n.t('information'), hint: l10n.t('hint') };
  const width = Math.max(...Object.values(label).map((l) => l.length));
  const paint = painter(color);
  const lines = file.diagnostics.map((d) => {
    const where = paint('bold', `${file.path}:${d.line}:${d.column}`);
    return `${where}  ${paint(d.severity, label[d.severity].padEnd(width))}  ${paint('dim', d.code)}  ${d.message}`;
  });
  return lines.join('\n') + '\n\n';
}

/** The closing summary line. */
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
