import * as l10n from '@vscode/l10n';
// The modules themselves, not the core's index: --help and --version must not load the whole core.
import { parseDuration } from '../core/links/onlineCache';
import { UsageError, readArgv } from './argv';

export { UsageError } from './argv';

export type Format = 'text' | 'json' | 'sarif';

export interface CliOptions {
  readonly format: Format;
  readonly config: string | undefined;
  readonly quiet: boolean;
  /** Text output: only the closing summary by code. */
  readonly summary: boolean;
  /** Apply Fix All to every page checked, then report what remains. */
  readonly fix: boolean;
  /** Worker threads to check sites in; undefined: one per available core. */
  readonly jobs: number | undefined;
  readonly online: boolean;
  /** `--remap`, `--cache-ttl`, `--no-cache`: only read with --online. */
  readonly remap: readonly string[];
  readonly cacheTtlMs: number | undefined;
  readonly noCache: boolean;
  readonly help: boolean;
  readonly version: boolean;
  /** Checked and applied before the other options are read (see locale.ts). */
  readonly locale: string | undefined;
  readonly paths: readonly string[];
}

/** The help text, in the locale chosen for this run. */
export function usage(): string {
  return [
    l10n.t('Usage: worklog-lint [--format text|json|sarif] [--config FILE] [--locale en|vi] [--quiet] [--summary] [paths...]'),
    l10n.t('       worklog-lint report [--format html|json|md] [-o FILE] [paths...]   (a cohort of sites; see report --help)'),
    '',
    l10n.t('Checks FCJ worklog pages (Hugo week pages and worklog section pages).'),
    l10n.t('Paths are files or folders (default: the current folder); folders are searched for worklog pages.'),
    '',
    l10n.t('Options:'),
    `  -f, --format FORMAT  ${l10n.t('text (default), json or sarif')}`,
    `  -c, --config FILE    ${l10n.t('a .worklogrc.json to use instead of the one at each site root')}`,
    `      --locale LOCALE  ${l10n.t('en or vi: the language of messages (default: from LC_ALL, LC_MESSAGES or LANG, else en)')}`,
    `  -q, --quiet          ${l10n.t('report errors only')}`,
    `      --summary        ${l10n.t('print only the summary by code (text format)')}`,
    `      --fix            ${l10n.t('apply the fixes of Fix All to every page checked (written in place), then report what remains')}`,
    `  -j, --jobs N         ${l10n.t('check sites in N threads at once (default: one per core but one, from 4 MB of pages); the output is the same')}`,
    `      --online         ${l10n.t('also check lab links over the network (link.unreachable, link.unverified)')}`,
    `      --remap RULE     ${l10n.t('with --online: \'PATTERN REPLACEMENT\' checks links matching the regex PATTERN at REPLACEMENT ($1 for its groups); repeatable')}`,
    `      --cache-ttl AGE  ${l10n.t('with --online: how long answers stay cached, in seconds or as 30m, 12h, 1d (default 1d)')}`,
    `      --no-cache       ${l10n.t('with --online: ask about every link again, without reading or writing the cache')}`,
    `  -h, --help           ${l10n.t('show this help')}`,
    `  -v, --version        ${l10n.t('show the version')}`,
    '',
    l10n.t('Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable path, 130 --online stopped by Ctrl+C.'),
  ].join('\n');
}

export function parseArgs(argv: readonly string[]): CliOptions {
  let format: Format = 'text';
  let config: string | undefined;
  let locale: string | undefined;
  let quiet = false;
  let summary = false;
  let fix = false;
  let jobs: number | undefined;
  let online = false;
  const remap: string[] = [];
  let cacheTtlMs: number | undefined;
  let noCache = false;
  let help = false;
  let version = false;
  const paths = readArgv(argv, ({ flag, value }) => {
    switch (flag) {
      case '-f':
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(l10n.t('unknown format "{0}": use text, json or sarif', v));
        format = v;
        return true;
      }
      case '-c':
      case '--config':
        config = value();
        return true;
      case '--locale':
        locale = value();
        return true;
      case '-q':
      case '--quiet':
        quiet = true;
        return true;
      case '-j':
      case '--jobs': {
        const v = value();
        if (!/^[1-9]\d{0,3}$/.test(v)) throw new UsageError(l10n.t('--jobs needs a whole number from 1 to 9999, not "{0}"', v));
        jobs = Number(v);
        return true;
      }
      case '--summary':
        summary = true;
        return true;
      case '--fix':
        fix = true;
        return true;
      case '--online':
        online = true;
        return true;
      case '--remap': {
        // Checked by the command (see badRemap): its regex safety check is not loaded for --help or --version.
        remap.push(value());
        return true;
      }
      case '--cache-ttl': {
        const v = value();
        cacheTtlMs = parseDuration(v);
        if (cacheTtlMs === undefined) throw new UsageError(l10n.t('--cache-ttl "{0}": expected seconds or a number with s, m, h or d', v));
        return true;
      }
      case '--no-cache':
        noCache = true;
        return true;
      case '-h':
      case '--help':
        help = true;
        return true;
      case '-v':
      case '--version':
        version = true;
        return true;
      default:
        return false;
    }
  });
  return { format, config, quiet, summary, fix, jobs, online, remap, cacheTtlMs, noCache, help, version, locale, paths: paths.length > 0 ? paths : ['.'] };
}
