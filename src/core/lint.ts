import * as l10n from '@vscode/l10n';
import { Config, defaultConfig } from './config';
import { MemoSlot } from './page/memo';
import type { Page } from './page/page';
import { rules as allRules } from './rules';
import type { Finding, Report, Rule, Severity } from './rules/types';
import type { SiteFiles } from './workspace/siteFiles';
import { compareCodeUnits } from './workspace/collation';
import { groupSiteLanguages, twinFinder } from './workspace/workspace';

export interface LintOptions {
  readonly config?: Config;
  readonly rules?: readonly Rule[];
  /** Reuses page-rule findings of unchanged pages (same Page object, config and rules). */
  readonly cache?: LintCache;
  /** The site's files, for rules that check relative links; without it those rules stay silent. */
  readonly files?: SiteFiles;
}

interface CacheEntry {
  readonly key: object;
  readonly standalone: boolean;
  readonly findings: readonly Finding[];
}

/** Page-rule findings keyed by the parsed page, so re-linting an unchanged page costs a lookup. */
export class LintCache {
  // On the page, not in a WeakMap of the cache: see PageMemo for why.
  private readonly slot = new MemoSlot<{ entry?: CacheEntry }>('lint findings');

  get(page: Page, key: object, standalone: boolean): readonly Finding[] | undefined {
    const hit = page.memo.get(this.slot, (): { entry?: CacheEntry } => ({})).entry;
    return hit && hit.key === key && hit.standalone === standalone ? hit.findings : undefined;
  }

  set(page: Page, key: object, standalone: boolean, findings: readonly Finding[]): void {
    page.memo.get(this.slot, (): { entry?: CacheEntry } => ({})).entry = { key, standalone, findings };
  }
}

/** Lints one page with no sibling pages (the W rules fall back to what a page shows alone). */
export function lintPage(page: Page, options: LintOptions = {}): Finding[] {
  return lintPages([page], options).get(page) ?? [];
}

/** Lints pages together: page rules on each week page, then the W rules on each site-language. */
export function lintPages(pages: readonly Page[], options: LintOptions = {}): Map<Page, Finding[]> {
  const config = options.config ?? defaultConfig;
  const rules = options.rules ?? allRules;
  const results = new Map<Page, Finding[]>(pages.map((p) => [p, []]));
  const groups = groupSiteLanguages(pages);
  const standalone = new Set<Page>();
  for (const group of groups) if (group.pages.length < 2) group.pages.forEach((p) => standalone.add(p));
  for (const page of pages) {
    const kind = page.identity.kind;
    if (kind !== 'week' && kind !== 'section') continue;
    const sink = results.get(page) as Finding[];
    const alone = standalone.has(page);
    const cached = rules === allRules ? options.cache?.get(page, config, alone) : undefined;
    if (cached) sink.push(...cached);
    const cacheable: Finding[] = [];
    for (const rule of rules) {
      if (!rule.checkPage || (kind === 'section' && !rule.sectionPages) || (cached && !rule.needsFiles)) continue;
      const target = rule.needsFiles ? sink : cacheable;
      guard(page, rule, target, config, () =>
        rule.checkPage?.({ page, config, standalone: alone, files: options.files, report: (r) => push(target, page, rule, r, config) }),
      );
    }
    if (!cached) {
      sink.push(...cacheable);
      if (rules === allRules) options.cache?.set(page, config, alone, cacheable);
    }
  }
  const twinOf = twinFinder(pages);
  for (const group of groups) {
    if (group.pages.length < 2) continue;
    for (const rule of rules) {
      if (!rule.checkSiteLanguage) continue;
      guard(group.pages[0], rule, results.get(group.pages[0]) as Finding[], config, () =>
        rule.checkSiteLanguage?.({
          pages: group.pages,
          twinOf,
          config,
          report: (page, r) => push(results.get(page) as Finding[], page, rule, r, config),
        }),
      );
    }
  }
  for (const findings of results.values()) findings.sort((a, b) => a.span.start - b.span.start || compareCodeUnits(a.code, b.code));
  return results;
}

/** A rule that throws must not hide the others' findings, nor crash the editor or the CLI. */
function guard(page: Page, rule: Rule, sink: Finding[], config: Config, run: () => void): void {
  try {
    run();
  } catch (e) {
    push(sink, page, { ...rule, code: 'lint.internal', defaultSeverity: 'warning' }, { message: l10n.t('Rule {0} failed on this page: {1}', rule.code, e instanceof Error ? e.message : String(e)), span
: { start: 0, end: 0 } }, config);
  }
}

function push(sink: Finding[], page: Page, rule: Rule, report: Report, config: Config): void {
  const setting = config.severities[rule.code];
  if (setting === 'off') return;
  const line = page.lines.lineAt(report.span.start);
  if (page.suppressions.isSuppressed(rule.code, line)) return;
  const severity: Severity = setting ?? report.severity ?? rule.defaultSeverity;
  sink.push({
    code: rule.code,
    severity,
    message: report.message,
    span: clampSpan(report.span, page.text.length),
    fixes: report.fixes ?? [],
    related: report.related ?? [],
  });
}

function clampSpan(span: { start: number; end: number }, length: number) {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}
