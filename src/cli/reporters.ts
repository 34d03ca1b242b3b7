import * as path from 'node:path';
import type { Format } from './args';
import { formatJsonEnd, formatJsonFile, jsonStart } from './jsonReporter';
import type { FileResult, Summary } from './results';
import { formatSarif } from './sarifReporter';
import { textReporter } from './textReporter';

/** A report written as the files arrive: text and JSON print each file at once; SARIF lists artifacts before results, so it waits. */
export interface StreamReporter {
  readonly start: () => string;
  readonly file: (result: FileResult) => string;
  readonly end: (summary: Summary) => string;
}

export interface ReporterOptions {
  readonly color: boolean;
  readonly version: string;
  readonly cwd: string;
  /** Text: only the summary by code. */
  readonly summaryOnly?: boolean;
  /** Text: the one folder given, which the report's paths are relative to (JSON and SARIF keep the working folder's). */
  readonly base?: string;
}

export function streamReporter(format: Format, options: ReporterOptions): StreamReporter {
  if (format === 'json') {
    let count = 0;
    return { start: jsonStart, file: (f) => formatJsonFile(f, count++ === 0), end: (summary) => formatJsonEnd(count > 0, summary) };
  }
  if (format === 'sarif') {
    const files: FileResult[] = [];
    return { start: () => '', file: (f) => (files.push(f), ''), end: () => formatSarif(files, options.version, options.cwd) };
  }
  const text = textReporter(options);
  const base = options.base;
  const relative = (f: FileResult): FileResult => (base ? { ...f, path: path.relative(base, path.resolve(options.cwd, f.path)) || f.path } : f);
  return { start: () => '', file: (f) => text.file(relative(f)), end: text.end };
}
