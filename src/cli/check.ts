import * as l10n from '@vscode/l10n';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CONFIG_FILE, issuePosition, parseConfig, parseRemap, siteKey } from '../core';
import type { CliOptions } from './args';
import { FolderListing, configFinder, discover } from './discover';
import type { Io } from './io';
import { type UnitJob, type UnitOutcome, type UnitResult, lintUnit } from './lintUnit';
import type { Locale } from './locale';
import { runInWorkers } from './pool';
import { streamReporter } from './reporters';
import { type FileResult, type Summary, withOnline } from './results';
import { nodeSiteFiles } from './siteFiles';
import { formatFixed } from './fixReport';

/**
 * Without --jobs, threads start only past this many bytes of Markdown: a worker pays for loading and warming up its
 * own copy of the checks (about the time of 2 MB of pages), so smaller folders are faster in one thread.
 */
const PARALLEL_FROM_BYTES = 4_000_000;
/** One thread already keeps V8's compiler and garbage-collector threads busy for about half a core more. */
const defaultThreads = () => Math.max(1, os.availableParallelism() - 1);
const FLUSH_BYTES = 1 << 16;

/**
 * Checks the paths site by site and prints each file's findings as soon as every file before it is done, so the
 * output is the same bytes whatever the number of workers, and memory holds one site per worker, not the corpus.
 */
export async function check(options: CliOptions, io: Io, locale: Locale, version: string): Promise<number> {
  const badRemap = options.remap.map(parseRemap).find((rule) => typeof rule === 'string');
  if (badRemap !== undefined) {
    io.stderr(`worklog-lint: ${badRemap}\n${l10n.t('Run worklog-lint --help for usage.')}\n`);
    return 2;
  }
  const found = discover(options.paths.map((p) => path.resolve(io.cwd, p)));
  for (const r of found.refused) {
    const display = path.relative(io.cwd, r.path) || r.path;
    io.stderr(`worklog-lint: ${r.reason === 'loop' ? l10n.t('cannot read {0}: symbolic link loop', display) : l10n.t('cannot read {0}: not a regular file (a FIFO, socket or device)', display)}\n`);
  }
  if (found.missing.length > 0) {
    for (const m of found.missing) io.stderr(`worklog-lint: ${l10n.t('cannot read {0}: no such file or folder', path.relative(io.cwd, m) || m)}\n`);
    return 2;
  }
  if (found.refused.length > 0) return 2;
  const configs = configIds(options, io, found.listed);
  if (!configs) return 2;
  const jobs = siteJobs(found.files, io.cwd, configs).map((job) => (options.fix ? { ...job, fix: true } : job));
  if (configs.broken()) return 2;
  const total = found.files.length;
  // --online asks first (the pages' lab links over the network), then prints each file with both kinds of findings.
  // Its own bundle (undici is the biggest package the CLI carries), read only when asked for.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const online = options.online ? await (require('./online') as typeof import('./online')).onlineDiagnostics(jobs, options, io, locale) : undefined;
  if (options.online && !online) return 130;

  let out = '';
  const write = (text: string) => {
    out += text;
    if (out.length >= FLUSH_BYTES) flush();
  };
  const flush = () => {
    if (out !== '') io.stdout(out);
    out = '';
  };
  // The next site is checked once stdout has taken what is printed, so memory holds one site, not the output.
  const drained = io.drained ?? (() => Promise.resolve());
  const given = options.paths.map((p) => path.resolve(io.cwd, p));
  const base = given.length === 1 && isFolder(given[0]) ? given[0] : undefined;
  const reporter = streamReporter(options.format, { color: io.isTty && !process.env.NO_COLOR, version, cwd: io.cwd, summaryOnly: options.summary, base });
  const counts = { files: 0, errors: 0, warnings: 0, information: 0, hints: 0 };
  const progress = io.isTty && total > 200;
  let unreadable = false;
  const print = (outcome: UnitOutcome) => {
    if (outcome.kind === 'unreadable') {
      io.stderr(`worklog-lint: ${l10n.t('cannot read {0}: {1}', outcome.display, outcome.message)}\n`);
      unreadable = true;
    } else if (outcome.kind === 'result') {
      if (outcome.notWritten !== undefined) {
        io.stderr(`worklog-lint: ${l10n.t('cannot write {0}: {1}', outcome.result.path, outcome.notWritten)}\n`);
        unreadable = true;
      }
      if (outcome.fixed && outcome.fixed.length > 0) {
        // With JSON or SARIF on stdout, what was fixed goes to stderr so stdout stays one document.
        const said = formatFixed(outcome.result.path, outcome.fixed);
        if (options.format === 'text') write(said);
        else io.stderr(said);
      }
      const full = withOnline(outcome.result, online?.get(outcome.index));
      const result: FileResult = options.quiet ? { ...full, diagnostics: full.diagnostics.filter((d) => d.severity === 'error') } : full;
      count(counts, result);
      write(reporter.file(result));
    }
  };

  // Outcomes wait here until every file before them is printed.
  const waiting: Array<UnitOutcome | undefined> = new Array(total);
  let printed = 0;
  const deliver = (result: UnitResult) => {
    for (const outcome of result.outcomes) waiting[outcome.index] = outcome;
    while (printed < total && waiting[printed] !== undefined) {
      print(waiting[printed] as UnitOutcome);
      waiting[printed++] = undefined;
      if (progress && printed % 50 === 0) io.stderr(`\r${l10n.t('Reading {0}/{1} pages…', printed, total)}`);
    }
  };

  write(reporter.start());
  // The files' sizes are only asked when more than one thread could be used (a stat per file: on two cores, none).
  const cores = defaultThreads();
  const threads = Math.min(options.jobs ?? (cores > 1 && reaches(found.files, PARALLEL_FROM_BYTES) ? cores : 1), jobs.length);
  const siteFiles = nodeSiteFiles();
  if (threads > 1) {
    // The bundled worker script sits beside dist/cli.js (see esbuild.mjs).
    await runInWorkers(path.join(__dirname, 'lintWorker.js'), threads, locale, jobs, (job) => lintUnit(job, siteFiles), deliver, drained);
  } else {
    for (const job of jobs) {
      deliver(lintUnit(job, siteFiles));
      await drained();
    }
    io.checkedHere?.(total);
  }
  if (progress) io.stderr('\r\x1b[K');
  write(reporter.end(counts));
  flush();
  if (unreadable) return 2;
  return counts.errors > 0 ? 1 : 0;
}

/** Whether the files hold at least `bytes` bytes; stops adding sizes once they do. */
function reaches(files: ReadonlyArray<{ path: string }>, bytes: number): boolean {
  let sum = 0;
  for (const file of files) {
    try {
      sum += fs.statSync(file.path).size;
    } catch {
      continue; // Reading it says why it cannot be read.
    }
    if (sum >= bytes) return true;
  }
  return false;
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function count(summary: { -readonly [K in keyof Summary]: number }, result: FileResult): void {
  summary.files++;
  for (const d of result.diagnostics) {
    if (d.severity === 'error') summary.errors++;
    else if (d.severity === 'warning') summary.warnings++;
    else if (d.severity === 'information') summary.information++;
    else summary.hints++;
  }
}

interface ConfigIds {
  /** The number of the config a file uses (-1: the default). */
  readonly idOf: (file: string) => number;
  readonly texts: string[];
  /** Whether a config file read so far is not valid JSON (or not an object). */
  readonly broken: () => boolean;
}

/** Reads each config file once (its problems said once, on stderr) and numbers it for the jobs. */
function configIds(options: CliOptions, io: Io, listed: FolderListing): ConfigIds | undefined {
  const texts: string[] = [];
  let broken = false;
  const read = (file: string): number => {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      io.stderr(`worklog-lint: ${l10n.t('cannot read config {0}', file)}\n`);
      return -1;
    }
    const display = path.relative(io.cwd, file) || file;
    for (const issue of parseConfig(text).issues) {
      const { line, column } = issuePosition(text, issue.offset);
      io.stderr(`worklog-lint: ${display}:${line}:${column}: ${issue.fatal ? `${l10n.t('error')}: ` : ''}${issue.message}\n`);
      // A config that cannot be read is an error, not a silent fall-back to the defaults.
      if (issue.fatal) broken = true;
    }
    texts.push(text);
    return texts.length - 1;
  };
  if (options.config) {
    const id = read(path.resolve(io.cwd, options.config));
    return id < 0 || broken ? undefined : { idOf: () => id, texts, broken: () => broken };
  }
  const find = configFinder(CONFIG_FILE, listed);
  const ids = new Map<string, number>();
  return {
    idOf: (file) => {
      const configFile = find(file);
      if (!configFile) return -1;
      if (!ids.has(configFile)) ids.set(configFile, read(configFile));
      return ids.get(configFile) as number;
    },
    texts,
    broken: () => broken,
  };
}

/** One job per site (the pages the site rules see together), in the order of their first file. */
function siteJobs(files: ReadonlyArray<{ path: string; explicit: boolean }>, cwd: string, configs: ConfigIds): UnitJob[] {
  const bySite = new Map<string, UnitJob['files'][number][]>();
  // Found paths are resolved: one under a resolved working folder is shown as what follows it (path.relative resolved both paths per file).
  const under = path.resolve(cwd) === cwd ? (cwd.endsWith(path.sep) ? cwd : cwd + path.sep) : undefined;
  files.forEach((file, index) => {
    const key = siteKey(file.path);
    const display = under !== undefined && file.path.length > under.length && file.path.startsWith(under) ? file.path.slice(under.length) : path.relative(cwd, file.path) || file.path;
    const entry = { index, path: file.path, display, explicit: file.explicit, config: configs.idOf(file.path) };
    const site = bySite.get(key);
    if (site) site.push(entry);
    else bySite.set(key, [entry]);
  });
  return [...bySite.values()].map((siteFiles, id) => {
    const used = new Set(siteFiles.map((f) => f.config));
    return { id, files: siteFiles, configs: [...used].filter((c) => c >= 0).map((c) => [c, configs.texts[c]] as const) };
  });
}
