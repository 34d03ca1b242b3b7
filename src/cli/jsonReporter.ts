import type { FileResult, Summary } from './results';

/** The documented JSON shape, key order included, so scripts can rely on it. */
export function formatJson(files: readonly FileResult[], summary: Summary): string {
  const out = {
    files: files.map((f) => ({
      path: f.path,
      week: f.week,
      language: f.language,
      diagnostics: f.diagnostics.map((d) => ({
        code: d.code,
        severity: d.severity,
        message: d.message,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
      })),
    })),
    summary: { files: summary.files, errors: summary.errors, warnings: summary.warnings, information: summary.information, hints: summary.hints },
  };
  return JSON.stringify(out, null, 2) + '\n';
}
