import type { Config } from '../config';
import type { Page } from '../page/page';
import type { SiteFiles } from '../workspace/siteFiles';
import type { Span } from '../page/text';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A replacement of `text[start, end)`; offsets refer to the page the finding was raised on. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/** Another place involved in a finding (the colliding week, the twin). */
export interface RelatedLocation {
  readonly path: string;
  readonly span: Span | undefined;
  readonly message: string;
}

export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly span: Span;
  readonly fixes: readonly Fix[];
  readonly related: readonly RelatedLocation[];
}

/** What a rule hands to `report`; severity defaults to the rule's own. */
export interface Report {
  readonly message: string;
  readonly span: Span;
  readonly severity?: Severity;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
}

export interface PageContext {
  readonly page: Page;
  readonly config: Config;
  /** True when the page is linted without the other pages of its site-language. */
  readonly standalone: boolean;
  /** The site's files, when the caller can read them (CLI, editor); undefined for a page linted on its own. */
  readonly files: SiteFiles | undefined;
  report(finding: Report): void;
}

/** The week pages of one site-language, ordered by week number, for rules marked (W). */
export interface SiteLanguageContext {
  readonly pages: readonly Page[];
  /** The twin of a page in the site's other language, when the workspace holds it. */
  twinOf(page: Page): Page | undefined;
  readonly config: Config;
  report(page: Page, finding: Report): void;
}

export interface RuleMeta {
  readonly code: string;
  readonly defaultSeverity: Severity;
  /** One line for the rule reference and SARIF. */
  readonly description: string;
}

export interface Rule extends RuleMeta {
  /** Also run `checkPage` on worklog section pages (`1-Worklog/_index.md`), not only on week pages. */
  readonly sectionPages?: boolean;
  /** Reads `files`: its findings change when files do, so they are never cached with the page. */
  readonly needsFiles?: boolean;
  /** Runs on one page alone; only week pages reach it unless `sectionPages` is set. */
  checkPage?(context: PageContext): void;
  /** Runs on the week pages of one site-language; pages alone (no siblings) never reach it. */
  checkSiteLanguage?(context: SiteLanguageContext): void;
}
