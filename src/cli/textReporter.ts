import type { FileResult, Summary } from './results';

const COLORS = { error: '\x1b[31m', warning: '\x1b[33m', information: '\x1b[36m', hint: '\x1b[2m', dim: '\x1b[2m', bold: '\x1b[1m', reset: '\x1b[0m' };

/** `path:line:col  severity  code  message`, files separated by a blank line, then one summary line. */
export function formatText(files: readonly FileResult[], summary: Summary, color: boolean): string {
  const paint = (style: keyof typeof COLORS, text: string) => (color ? `${COLORS[style]}${text}${COLORS.reset}` : text);
  const blocks: string[] = [];
  for (const file of files) {
    if (file.diagnostics.length === 0) continue;
    const lines = file.diagnostics.map((d) => {
      const where = paint('bold', `${file.path}:${d.line}:${d.column}`);
      return `${where}  ${paint(d.severity, d.severity.padEnd(11))}  ${paint('dim', d.code)}  ${d.message}`;
    });
    blocks.push(lines.join('\n'));
  }
  const parts = [
    `${summary.files} file${summary.files === 1 ? '' : 's'} checked`,
    paint(summary.errors > 0 ? 'error' : 'dim', `${summary.errors} error${summary.errors === 1 ? '' : 's'}`),
    paint(summary.warnings > 0 ? 'warning' : 'dim', `${summary.warnings} warning${summary.warnings === 1 ? '' : 's'}`),
    `${summary.information} information`,
    `${summary.hints} hint${summary.hints === 1 ? '' : 's'}`,
  ];
  blocks.push(parts.join(', '));
  return blocks.join('\n\n') + '\n';
}
