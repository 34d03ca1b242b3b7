import type { Severity } from '../rules/types';

/** One page of a week, as the report links it. */
export interface ReportPage {
  /** Relative to the site folder, with `/` separators. */
  readonly path: string;
  /** The page's path as the caller gave it (what an editor opens). */
  readonly fullPath: string;
  readonly language: string;
  /** 1-based line of the page's worst finding, else 1. */
  readonly line: number;
  /** The worst severity among the page's findings, if any. */
  readonly worst: Severity | undefined;
}

export interface WeekReport {
  readonly number: number;
  readonly pages: readonly ReportPage[];
  /** ISO dates of the first and last dated day of the week's rows. */
  readonly start: string | undefined;
  readonly end: string | undefined;
  readonly errors: number;
  readonly warnings: number;
  readonly information: number;
  /** Whether a page of the week has a day table. */
  readonly table: boolean;
  /** The week holds no words of its own beyond the template's. */
  readonly template: boolean;
  readonly worst: Severity | undefined;
}

export interface LabReport {
  /** Six digits, as in `https://000038.awsstudygroup.com/`. */
  readonly id: string;
  readonly title: string | undefined;
  readonly weeks: readonly number[];
}

export interface SiteReport {
  /** The site folder, as the caller names it. */
  readonly root: string;
  readonly title: string;
  readonly languages: readonly string[];
  /** Weeks that have at least one page, in order. */
  readonly weeks: readonly WeekReport[];
  readonly missingWeeks: readonly number[];
  readonly noTableWeeks: readonly number[];
  readonly templateWeeks: readonly number[];
  readonly labs: readonly LabReport[];
  /** The latest dated day on any page (ISO). */
  readonly lastDay: string | undefined;
  /** The highest week that is not still the template; 0 when none is. */
  readonly progress: number;
  /** More than two weeks behind the cohort's median progress. */
  readonly behind: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly information: number;
  /** Findings by code over every page of the site. */
  readonly counts: Readonly<Record<string, number>>;
}

export interface SimilarSide {
  readonly root: string;
  readonly week: number;
  readonly page: string;
  readonly fullPath: string;
}

/** Two pages of different sites whose own words are mostly the same: information for the mentor, never an error. */
export interface SimilarPair {
  readonly a: SimilarSide;
  readonly b: SimilarSide;
  /** Share of the shorter page's own words found in the other, 0–100. */
  readonly percent: number;
  /** The longest run of words the two pages share. */
  readonly passage: string;
}

export interface CohortReport {
  readonly sites: readonly SiteReport[];
  readonly similar: readonly SimilarPair[];
  /** The median of the sites' progress. */
  readonly medianProgress: number;
  /** The highest week number of any site (the width of the week grid). */
  readonly weekCount: number;
}
