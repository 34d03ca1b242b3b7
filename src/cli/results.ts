import { type Severity, compareCodeUnits } from '../core';

/** One finding as the reporters print it: 1-based lines and columns. */
export interface Diagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export interface FileResult {
  readonly path: string;
  readonly week: number | null;
  readonly language: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly information: number;
  readonly hints: number;
}

export function summarize(files: readonly FileResult[]): Summary {
  const count = (severity: Severity) => files.reduce((n, f) => n + f.diagnostics.filter((d) => d.severity === severity).length, 0);
  return { files: files.length, errors: count('error'), warnings: count('warning'), information: count('information'), hints: count('hint') };
}

/** A file's result with its online diagnostics in line order among the others. */
export function withOnline(result: FileResult, online: readonly Diagnostic[] | undefined): FileResult {
  if (!online || online.length === 0) return result;
  const diagnostics = [...result.diagnostics, ...online].sort((a, b) => a.line - b.line || a.column - b.column || compareCodeUnits(a.code, b.code));
  return { ...result, diagnostics };
}
