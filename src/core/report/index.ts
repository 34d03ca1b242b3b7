/** The mentor's cohort report: a model of many sites built from pages and findings, and its HTML, JSON and Markdown. */
export { buildCohortReport, TEMPLATE_MAX_WORDS, TEMPLATE_SENTENCES } from './cohort';
export type { CohortSite } from './cohort';
export type { CohortReport, SiteReport, WeekReport, LabReport, ReportPage, SimilarPair, SimilarSide } from './model';
export { ownWords, wordsOf } from './ownWords';
export type { OwnWords } from './ownWords';
export { findSimilar, containment, MIN_PERCENT } from './similarity';
export { siteRootOf, groupBySite, hugoTitle, HUGO_CONFIG_FILES, relativeTo, folderName } from './sites';
export { reportHtml, reportCsp } from './html';
export type { HtmlOptions, HtmlReport } from './html';
export { reportJson } from './json';
export { reportMarkdown } from './markdown';
