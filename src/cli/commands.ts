// The check command, bundled apart from dist/cli.js so that --help and --version read and compile only the small entry.
import type { CliOptions } from './args';
import { check as checkPages } from './check';
import type { Io } from './io';
import { Locale, useLocale } from './locale';

// This bundle holds its own copy of the message catalogue, so the language chosen in dist/cli.js is set here again.
export function check(options: CliOptions, io: Io, locale: Locale, version: string): Promise<number> {
  useLocale(locale);
  return checkPages(options, io, locale, version);
}
