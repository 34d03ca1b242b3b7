import type { Format } from './args';
import { formatJsonEnd, formatJsonFile, jsonStart } from './jsonReporter';
import type { FileResult, Summary } from './results';
import { formatSarif } from './sarifReporter';
import { formatTextFile, formatTextSummary } from './textReporter';

/** A report written as the files arrive: text and JSON print each file at once; SARIF lists artifacts before results, so it waits. */
export interface StreamReporter {
  readonly start: () => string;
  readonly file: (result: FileResult) => string;
  readonly end: (summary: Summary) => string;
}

export function streamReporter(format: Format, options: { color: boolean; version: string; cwd: string }): StreamReporter {
  if (format === 'json') {
    let count = 0;
    return { start: jsonStart, file: (f) => formatJsonFile(f, count++ === 0), end: (summary) => formatJsonEnd(count > 0, summary) };
  }
  if (format === 'sarif') {
    const files: FileResult[] = [];
    return { start: () => '', file: (f) => (files.push(f), ''), end: () => formatSarif(files, options.version, options.cwd) };
  }
  return { start: () => '', file: (f) => formatTextFile(f, options.color), end: (summary) => formatTextSummary(summary, options.color) };
}
