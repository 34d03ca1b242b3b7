import * as l10n from '@vscode/l10n';
import * as v8 from 'node:v8';
import { CliOptions, UsageError, parseArgs, usage } from './args';
import { noteCheckedFiles, requireBundle } from './codeCache';
import type { Io } from './io';

export type { Io } from './io';
import { LOCALES, Locale, localeFromEnv, localeOption, useLocale } from './locale';

declare const WORKLOG_VERSION: string | undefined;
const VERSION = typeof WORKLOG_VERSION === 'string' ? WORKLOG_VERSION : '0.0.0-dev';

/** Runs the linter and returns the exit status: 0 clean, 1 errors found, 2 usage error or unreadable path, 130 --online stopped by Ctrl+C. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const fromEnv = localeFromEnv(io.env ?? {});
  const requested = localeOption(argv);
  // An unknown --locale is a usage error (said in the environment's language), not a silent fallback.
  const locale: Locale = requested === undefined ? fromEnv : isLocale(requested) ? requested : fromEnv;
  if (!useLocale(locale)) io.stderr(`worklog-lint: ${l10n.t('the {0} messages cannot be found; messages are in English.', locale)}\n`);
  if (requested !== undefined && !isLocale(requested)) {
    io.stderr(`worklog-lint: ${l10n.t('unknown locale "{0}": use {1}', requested, LOCALES.join(', '))}\n${l10n.t('Run worklog-lint --help for usage.')}\n`);
    return 2;
  }
  if (argv[0] === 'report') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { runReport } = (requireBundle('cliReport.js', io.env ?? {}, VERSION) ?? require('./reportCommand')) as typeof import('./reportCommand');
    return runReport(argv.slice(1), { ...io, locale });
  }
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`worklog-lint: ${e.message}\n${l10n.t('Run worklog-lint --help for usage.')}\n`);
      return 2;
    }
    throw e;
  }
  if (options.help) {
    io.stdout(usage() + '\n');
    return 0;
  }
  if (options.version) {
    io.stdout(VERSION + '\n');
    return 0;
  }
  // Loaded on demand from its own bundle, so --help and --version do not read or compile the core.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { check } = (requireBundle('cliCommands.js', io.env ?? {}, VERSION) ?? require('./commands')) as typeof import('./commands');
  return check(options, io, locale, VERSION);
}

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

if (require.main === module) {
  // A check lasts about a second: TurboFan spent more CPU compiling inlined callees than they saved (−17% CPU, −10% time on real pages).
  v8.setFlagsFromString('--no-turbo-inlining');
  // For the same reason functions run longer before they are optimised: −4% time on 329 real pages, −2% on 2,000 generated.
  v8.setFlagsFromString('--interrupt-budget=100000');
  // The old generation grows by half its live size at most: V8's own choice let half the runs on 21,660 pages reach
  // 512 MB (3 full collections) where the others stayed near 230 MB; now 208 MB every time, for about 4% more time.
  v8.setFlagsFromString('--heap-growing-percent=50');
  // A reader that stops early (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  void run(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    drained: () => (process.stdout.writableNeedDrain ? new Promise((resolve) => process.stdout.once('drain', resolve)) : Promise.resolve()),
    stderr: (t) => process.stderr.write(t),
    isTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env: process.env,
    checkedHere: noteCheckedFiles,
  }).then((code) => {
    process.exitCode = code;
    // Exit once both streams have taken the output: an idle Node would first wait for V8's background compiler jobs (~15 ms a run).
    process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
  });
}
