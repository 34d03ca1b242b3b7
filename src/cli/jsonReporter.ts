import type { FileResult, Summary } from './results';

/** The documented JSON shape, key order included, so scripts can rely on it. */
export function formatJson(files: readonly FileResult[], summary: Summary): string {
  return jsonStart() + files.map((f, i) => formatJsonFile(f, i === 0)).join('') + formatJsonEnd(files.length > 0, summary);
}

export function jsonStart(): string {
  return '{\n  "files": [';
}

/** One entry of `files`, written as `JSON.stringify(report, null, 2)` would write it, so a run can print file by file. */
export function formatJsonFile(f: FileResult, first: boolean): string {
  const entry = {
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
  };
  return (first ? '\n' : ',\n') + indent(JSON.stringify(entry, null, 2), '    ');
}

export function formatJsonEnd(anyFile: boolean, summary: Summary): string {
  const totals = { files: summary.files, errors: summary.errors, warnings: summary.warnings, information: summary.information, hints: summary.hints };
  return `${anyFile ? '\n  ]' : ']'},\n  "summary": ${indent(JSON.stringify(totals, null, 2), '  ').trimStart()}\n}\n`;
}

// JSON.stringify escapes newlines inside strings, so every raw newline starts a line of the layout.
function indent(text: string, by: string): string {
  return by + text.replaceAll('\n', '\n' + by);
}
