import * as l10n from '@vscode/l10n';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE, Config, Finding, Page, decodePage, defaultConfig, isWorklogCandidate, lintPages, pageLanguage, parseConfig, parsePage } from '../core';
import { CliOptions, UsageError, parseArgs, usage } from './args';
import { configFinder, discover } from './discover';
import { formatJson } from './jsonReporter';
import { LOCALES, Locale, localeFromEnv, localeOption, useLocale } from './locale';
import { Diagnostic, FileResult, summarize } from './results';
import { formatSarif } from './sarifReporter';
import { runReport } from './report';
import { nodeSiteFiles } from './siteFiles';
import { formatText } from './textReporter';

declare const WORKLOG_VERSION: string | undefined;
const VERSION = typeof WORKLOG_VERSION === 'string' ? WORKLOG_VERSION : '0.0.0-dev';

interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  /** Whether stderr is a terminal (the report's progress); defaults to false. */
  readonly stderrIsTty?: boolean;
  readonly cwd: string;
  /** For the default locale (LC_ALL, LC_MESSAGES, LANG); none means English. */
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs the linter and returns the exit status: 0 clean, 1 errors found, 2 usage error or unreadable path. */
export function run(argv: readonly string[], io: Io): number {
  const fromEnv = localeFromEnv(io.env ?? {});
  const requested = localeOption(argv);
  // An unknown --locale is a usage error (said in the environment's language), not a silent fallback.
  const locale: Locale = requested === undefined ? fromEnv : isLocale(requested) ? requested : fromEnv;
  if (!useLocale(locale)) io.stderr(`worklog-lint: ${l10n.t('the {0} messages cannot be found; messages are in English.', locale)}\n`);
  if (requested !== undefined && !isLocale(requested)) {
    io.stderr(`worklog-lint: ${l10n.t('unknown locale "{0}": use {1}', requested, LOCALES.join(', '))}\n${l10n.t('Run worklog-lint --help for usage.')}\n`);
    return 2;
  }
  if (argv[0] === 'report') return runReport(argv.slice(1), { ...io, locale });
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
  if (options.online) {
    io.stderr(`worklog-lint: ${l10n.t('--online is not available yet; links are checked offline.')}\n`);
    return 2;
  }
  const resolved = options.paths.map((p) => path.resolve(io.cwd, p));
  const found = discover(resolved);
  if (found.missing.length > 0) {
    for (const m of found.missing) io.stderr(`worklog-lint: ${l10n.t('cannot read {0}: no such file or folder', path.relative(io.cwd, m) || m)}\n`);
    return 2;
  }
  const configs = loadConfigs(options, io);
  if (!configs) return 2;

  const entries: Array<{ display: string; page: Page | undefined; early: Finding[]; explicit: boolean }> = [];
  const progress = io.isTty && found.files.length > 200;
  let unreadable = false;
  found.files.forEach((file, index) => {
    if (progress && index % 50 === 0) io.stderr(`\r${l10n.t('Reading {0}/{1} pages…', index, found.files.length)}`);
    const display = path.relative(io.cwd, file.path) || file.path;
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file.path);
    } catch (e) {
      io.stderr(`worklog-lint: ${l10n.t('cannot read {0}: {1}', display, e instanceof Error ? e.message : String(e))}\n`);
      unreadable = true;
      return;
    }
    const decoded = decodePage(bytes);
    if (!decoded.ok) {
      // Found (not named) files outside a worklog are skipped when they decode; so they are when they do not.
      if (!file.explicit && !isWorklogCandidate(file.path)) return;
      entries.push({ display, page: undefined, explicit: file.explicit, early: [unreadableFinding(l10n.t('This file cannot be checked: {0}.', decoded.reason))] });
      return;
    }
    const page = parsePage(file.path, decoded.text);
    if (page.identity.kind === 'other' && !file.explicit) return;
    entries.push({ display, page, early: [], explicit: file.explicit });
  });
  if (progress) io.stderr('\r\x1b[K');
  if (unreadable) return 2;

  const findings = new Map<Page, Finding[]>();
  const siteFiles = nodeSiteFiles();
  for (const [config, pages] of groupByConfig(entries.flatMap((e) => (e.page ? [e.page] : [])), configs)) {
    for (const [page, list] of lintPages(pages, { config, files: siteFiles })) findings.set(page, list);
  }
  const files: FileResult[] = entries.map((e) => {
    const list = [...e.early, ...(e.page ? (findings.get(e.page) ?? []) : [])].filter((f) => !options.quiet || f.severity === 'error');
    return {
      path: e.display,
      week: e.page?.identity.kind === 'week' ? (e.page.identity.week ?? null) : null,
      language: e.page && e.page.identity.kind !== 'other' ? pageLanguage(e.page) : null,
      diagnostics: list.map((f) => toDiagnostic(e.page, f)),
    };
  });
  const summary = summarize(files);
  if (options.format === 'json') io.stdout(formatJson(files, summary));
  else if (options.format === 'sarif') io.stdout(formatSarif(files, VERSION, io.cwd));
  else io.stdout(formatText(files, summary, io.isTty && !process.env.NO_COLOR));
  return summary.errors > 0 ? 1 : 0;
}

type ConfigLookup = (file: string) => Config;

function loadConfigs(options: CliOptions, io: Io): ConfigLookup | undefined {
  const read = (file: string): Config | undefined => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      io.stderr(`worklog-lint: ${l10n.t('cannot read config {0}', file)}\n`);
      return undefined;
    }
    const { config, problems } = parseConfig(text);
    for (const p of problems) io.stderr(`worklog-lint: ${path.relative(io.cwd, file)}: ${p}\n`);
    return config;
  };
  if (options.config) {
    const config = read(path.resolve(io.cwd, options.config));
    return config ? () => config : undefined;
  }
  const find = configFinder(CONFIG_FILE);
  const cache = new Map<string, Config>();
  return (file) => {
    const configFile = find(file);
    if (!configFile) return defaultConfig;
    if (!cache.has(configFile)) cache.set(configFile, read(configFile) ?? defaultConfig);
    return cache.get(configFile) as Config;
  };
}

function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

function groupByConfig(pages: readonly Page[], lookup: ConfigLookup): Map<Config, Page[]> {
  const groups = new Map<Config, Page[]>();
  for (const page of pages) {
    const config = lookup(page.path);
    const group = groups.get(config);
    if (group) group.push(page);
    else groups.set(config, [page]);
  }
  return groups;
}

function unreadableFinding(message: string): Finding {
  return { code: 'file.unreadable', severity: 'error', message, span: { start: 0, end: 0 }, fixes: [], related: [] };
}

function toDiagnostic(page: Page | undefined, f: Finding): Diagnostic {
  const start = page ? page.lines.positionAt(f.span.start) : { line: 0, character: 0 };
  const end = page ? page.lines.positionAt(f.span.end) : start;
  return { code: f.code, severity: f.severity, message: f.message, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

if (require.main === module) {
  // A reader that stops early (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  const code = run(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    isTty: Boolean(process.stdout.isTTY),
    stderrIsTty: Boolean(process.stderr.isTTY),
    cwd: process.cwd(),
    env: process.env,
  });
  process.exitCode = code;
}
