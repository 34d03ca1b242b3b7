import * as l10n from '@vscode/l10n';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  CONFIG_FILE,
  CohortSite,
  Config,
  Finding,
  HUGO_CONFIG_FILES,
  Page,
  buildCohortReport,
  decodePage,
  defaultConfig,
  groupBySite,
  hugoTitle,
  lintPages,
  parseConfig,
  parsePage,
  reportHtml,
  reportJson,
  reportMarkdown,
} from '../core';
import { UsageError, readArgv } from './argv';
import { FolderListing, configFinder, discover } from './discover';
import { nodeSiteFiles } from './siteFiles';

export type ReportFormat = 'html' | 'json' | 'md';

export interface ReportIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  /** Whether stderr is a terminal: progress is shown only there. */
  readonly stderrIsTty?: boolean;
  readonly locale?: string;
  /** Told how many files were checked: the code cache is written again after a run that checked many more. */
  readonly checkedHere?: (files: number) => void;
}

export interface ReportOptions {
  readonly format: ReportFormat;
  readonly output: string | undefined;
  readonly config: string | undefined;
  readonly help: boolean;
  readonly paths: readonly string[];
}

export function reportUsage(): string {
  return [
    l10n.t('Usage: worklog-lint report [--format html|json|md] [-o FILE] [--config FILE] [paths...]'),
    '',
    l10n.t('One report on a cohort of worklog sites: each site’s weeks, missing and template weeks, labs and findings, who is behind, and similar weeks across sites.'),
    l10n.t('Paths are folders holding the sites (a folder of cloned repositories, say) or the sites themselves.'),
    '',
    l10n.t('Options:'),
    `  -f, --format FORMAT  ${l10n.t('html (default, or from the -o file name), json or md')}`,
    `  -o, --output FILE    ${l10n.t('write the report to FILE instead of standard output')}`,
    `  -c, --config FILE    ${l10n.t('a .worklogrc.json to use instead of the one at each site root')}`,
    `  -h, --help           ${l10n.t('show this help')}`,
    '',
    l10n.t('Exit status: 0 report written, 2 usage error or unreadable path.'),
  ].join('\n');
}

export function parseReportArgs(argv: readonly string[]): ReportOptions {
  let format: ReportFormat | undefined;
  let output: string | undefined;
  let config: string | undefined;
  let help = false;
  const paths = readArgv(argv, ({ flag, value, skipValue }) => {
    switch (flag) {
      case '-f':
      case '--format': {
        const v = value();
        if (v !== 'html' && v !== 'json' && v !== 'md') throw new UsageError(l10n.t('unknown report format "{0}": use html, json or md', v));
        format = v;
        return true;
      }
      case '-o':
      case '--output':
        output = value();
        return true;
      case '-c':
      case '--config':
        config = value();
        return true;
      case '--locale':
        // Applied by the caller before the options are read.
        skipValue();
        return true;
      case '-h':
      case '--help':
        help = true;
        return true;
      default:
        return false;
    }
  });
  const fromName = output && /\.json$/i.test(output) ? 'json' : output && /\.(md|markdown)$/i.test(output) ? 'md' : undefined;
  return { format: format ?? fromName ?? 'html', output, config, help, paths: paths.length > 0 ? paths : ['.'] };
}

/** `worklog-lint report …`: reads every site under the paths, lints them and writes one cohort report. */
export function runReport(argv: readonly string[], io: ReportIo): number {
  let options: ReportOptions;
  try {
    options = parseReportArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`worklog-lint report: ${e.message}\n${l10n.t('Run worklog-lint report --help for usage.')}\n`);
      return 2;
    }
    throw e;
  }
  if (options.help) {
    io.stdout(reportUsage() + '\n');
    return 0;
  }
  const found = discover(options.paths.map((p) => path.resolve(io.cwd, p)));
  if (found.missing.length > 0) {
    for (const m of found.missing) io.stderr(`worklog-lint: ${l10n.t('cannot read {0}: no such file or folder', path.relative(io.cwd, m) || m)}\n`);
    return 2;
  }
  const configOf = configLookup(options, io, found.listed);
  if (!configOf) return 2;

  const progress = io.stderrIsTty === true;
  const pages: Page[] = [];
  found.files.forEach((file, index) => {
    if (progress && index % 25 === 0) io.stderr(`\r${l10n.t('Reading {0}/{1} pages…', index, found.files.length)}`);
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file.path);
    } catch {
      return;
    }
    const decoded = decodePage(bytes);
    if (!decoded.ok) return;
    const page = parsePage(file.path, decoded.text);
    if (page.identity.kind !== 'other') pages.push(page);
  });

  const siteFiles = nodeSiteFiles();
  const sites: CohortSite[] = [];
  const grouped = groupBySite(pages);
  let done = 0;
  for (const [dir, sitePages] of grouped) {
    if (progress) io.stderr(`\r\x1b[K${l10n.t('Checking site {0}/{1}…', ++done, grouped.size)}`);
    const config = configOf(sitePages[0].path);
    const findings: Map<Page, Finding[]> = lintPages(sitePages, { config, files: siteFiles });
    sites.push({ root: path.relative(io.cwd, dir) || '.', dir, title: siteTitle(dir), pages: sitePages, findings, config });
  }
  if (progress) io.stderr('\r\x1b[K');
  io.checkedHere?.(found.files.length);
  const report = buildCohortReport(sites);
  const text =
    options.format === 'json'
      ? reportJson(report)
      : options.format === 'md'
        ? reportMarkdown(report)
        : reportHtml(report, { nonce: randomBytes(18).toString('base64'), language: io.locale ?? 'en' }).html;
  if (options.output === undefined) {
    io.stdout(text);
    return 0;
  }
  const target = path.resolve(io.cwd, options.output);
  try {
    fs.writeFileSync(target, text);
  } catch (e) {
    io.stderr(`worklog-lint: ${l10n.t('cannot write {0}: {1}', options.output, e instanceof Error ? e.message : String(e))}\n`);
    return 2;
  }
  io.stderr(`${l10n.t('Wrote the report on {0} sites to {1}.', report.sites.length, options.output)}\n`);
  return 0;
}

/** The title in the site's Hugo config, the first config file Hugo would read. */
function siteTitle(dir: string): string | undefined {
  for (const name of HUGO_CONFIG_FILES) {
    const file = path.join(dir, ...name.split('/'));
    let text: string;
    try {
      if (fs.statSync(file).size > 256 * 1024) continue;
      text = fs.readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    return hugoTitle(name, text);
  }
  return undefined;
}

function configLookup(options: ReportOptions, io: ReportIo, listed: FolderListing): ((file: string) => Config) | undefined {
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
  const find = configFinder(CONFIG_FILE, listed);
  const cache = new Map<string, Config>();
  return (file) => {
    const configFile = find(file);
    if (!configFile) return defaultConfig;
    if (!cache.has(configFile)) cache.set(configFile, read(configFile) ?? defaultConfig);
    return cache.get(configFile) as Config;
  };
}
