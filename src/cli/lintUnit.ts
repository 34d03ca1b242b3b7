import * as l10n from '@vscode/l10n';
import * as fs from 'node:fs';
import { Config, Finding, Page, SiteFiles, decodePage, defaultConfig, isWorklogCandidate, lintPages, pageLanguage, parseConfig, parsePage } from '../core';
import { FixTarget, fixSite } from './fix';
import type { Diagnostic, FileResult } from './results';

/** The files of one site (pages that are checked together), as the CLI hands them to a worker or checks them itself. */
export interface UnitJob {
  readonly id: number;
  readonly files: ReadonlyArray<{ readonly index: number; readonly path: string; readonly display: string; readonly explicit: boolean; readonly config: number }>;
  /** Texts of the config files the files use, by number; -1 (or a missing entry) is the default config. */
  readonly configs: ReadonlyArray<readonly [number, string]>;
  /** `--fix`: apply Fix All to the pages and write them before reporting what remains. */
  readonly fix?: boolean;
}

/** What became of one file: left out (not a worklog page), checked, or not readable. */
export type UnitOutcome =
  | { readonly index: number; readonly kind: 'skip' }
  | { readonly index: number; readonly kind: 'result'; readonly result: FileResult; readonly fixed?: readonly string[]; readonly notWritten?: string }
  | { readonly index: number; readonly kind: 'unreadable'; readonly display: string; readonly message: string };

export interface UnitResult {
  readonly id: number;
  readonly outcomes: readonly UnitOutcome[];
}

/** Parsed configs by their text, so a worker parses each `.worklogrc.json` once. */
const parsedConfigs = new Map<string, Config>();

function configOf(text: string | undefined): Config {
  if (text === undefined) return defaultConfig;
  let config = parsedConfigs.get(text);
  if (!config) parsedConfigs.set(text, (config = parseConfig(text).config));
  return config;
}

/** Reads, parses and checks one site; the pages are dropped when it returns, only the printable results stay. */
export function lintUnit(job: UnitJob, siteFiles: SiteFiles): UnitResult {
  const configTexts = new Map(job.configs);
  const outcomes: UnitOutcome[] = [];
  const checked: Array<{ index: number; display: string; page: Page | undefined; early: Finding[]; config: Config; hasBom?: boolean; fixed?: string[]; notWritten?: string }> = [];
  for (const file of job.files) {
    let bytes: Uint8Array;
    try {
      bytes = fs.readFileSync(file.path);
    } catch (e) {
      outcomes.push({ index: file.index, kind: 'unreadable', display: file.display, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    const config = configOf(configTexts.get(file.config));
    const decoded = decodePage(bytes);
    if (!decoded.ok) {
      // Found (not named) files outside a worklog are skipped when they decode; so they are when they do not.
      if (!file.explicit && !isWorklogCandidate(file.path)) outcomes.push({ index: file.index, kind: 'skip' });
      else checked.push({ index: file.index, display: file.display, page: undefined, config, early: [unreadableFinding(l10n.t('This file cannot be checked: {0}.', decoded.reason))] });
      continue;
    }
    const page = parsePage(file.path, decoded.text);
    if (page.identity.kind === 'other' && !file.explicit) outcomes.push({ index: file.index, kind: 'skip' });
    else checked.push({ index: file.index, display: file.display, page, early: [], config, hasBom: decoded.hasBom });
  }
  if (job.fix) fixChecked(checked, siteFiles);
  const findings = new Map<Page, Finding[]>();
  const byConfig = new Map<Config, Page[]>();
  for (const c of checked) {
    if (!c.page) continue;
    const group = byConfig.get(c.config);
    if (group) group.push(c.page);
    else byConfig.set(c.config, [c.page]);
  }
  for (const [config, pages] of byConfig) for (const [page, list] of lintPages(pages, { config, files: siteFiles })) findings.set(page, list);
  for (const c of checked) {
    const list = [...c.early, ...(c.page ? (findings.get(c.page) ?? []) : [])];
    const result: FileResult = {
      path: c.display,
      week: c.page?.identity.kind === 'week' ? (c.page.identity.week ?? null) : null,
      language: c.page && c.page.identity.kind !== 'other' ? pageLanguage(c.page) : null,
      diagnostics: list.map((f) => toDiagnostic(c.page, f)),
    };
    outcomes.push({ index: c.index, kind: 'result', result, fixed: c.fixed, notWritten: c.notWritten });
  }
  return { id: job.id, outcomes };
}

/** Runs `--fix` on the site's readable pages: each keeps its new page and the titles of what was applied. */
function fixChecked(checked: Array<{ page: Page | undefined; config: Config; hasBom?: boolean; fixed?: string[]; notWritten?: string }>, siteFiles: SiteFiles): void {
  const targets = new Map<FixTarget, (typeof checked)[number]>();
  for (const c of checked) if (c.page) targets.set({ page: c.page, config: c.config, hasBom: c.hasBom === true, applied: [] }, c);
  const failed = fixSite([...targets.keys()], siteFiles);
  for (const [target, c] of targets) {
    c.page = target.page;
    c.notWritten = failed.get(target);
    c.fixed = c.notWritten === undefined ? target.applied : [];
  }
}

function unreadableFinding(message: string): Finding {
  return { code: 'file.unreadable', severity: 'error', message, span: { start: 0, end: 0 }, fixes: [], related: [] };
}

export function toDiagnostic(page: Page | undefined, f: Finding): Diagnostic {
  const start = page ? page.lines.positionAt(f.span.start) : { line: 0, character: 0 };
  const end = page ? page.lines.positionAt(f.span.end) : start;
  return { code: f.code, severity: f.severity, message: f.message, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}
