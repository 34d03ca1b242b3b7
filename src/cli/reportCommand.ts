// The report command, bundled apart (dist/cliReport.js) so that checking pages does not read or compile it.
import { Locale, useLocale } from './locale';
import { ReportIo, runReport as reportSites } from './report';

// This bundle holds its own copy of the message catalogue, so the language chosen in dist/cli.js is set here again.
export function runReport(argv: readonly string[], io: ReportIo & { readonly locale: Locale }): number {
  useLocale(io.locale);
  return reportSites(argv, io);
}
