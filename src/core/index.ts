/** The core's public surface: plain data in, plain data out, no `vscode`. */
export { parsePage, dayTables } from './page';
export type { Page, Table } from './page';
export { lintPage, lintPages, LintCache } from './lint';
export type { LintOptions } from './lint';
export { rules, allCodes, ruleMeta } from './rules';
export type { Finding, Fix, TextEdit, Severity, Rule, RuleMeta, RelatedLocation } from './rules/types';
export { parseConfig, defaultConfig, CONFIG_FILE } from './config';
export type { Config, DateOrder, SeveritySetting } from './config';
export { applyEdits } from './fix';
export { decodePage } from './decode';
export { groupSiteLanguages, twinFinder, isWorklogCandidate, siteKey } from './workspace';
export { pageLanguage } from './templates';
export { LineIndex } from './text';
export type { Span, Position, Range } from './text';
export { docsUrl, docsAnchor, DOCS_URL } from './docs';
