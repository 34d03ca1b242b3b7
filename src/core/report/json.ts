import type { CohortReport, SimilarSide } from './model';

/** The documented JSON shape, key order included, so scripts can rely on it (see docs/report.md). */
export function reportJson(report: CohortReport): string {
  const side = (s: SimilarSide) => ({ root: s.root, week: s.week, page: s.page });
  const out = {
    sites: report.sites.map((site) => ({
      root: site.root,
      title: site.title,
      languages: site.languages,
      weeks: site.weeks.map((w) => ({
        number: w.number,
        pages: w.pages.map((p) => p.path),
        start: w.start ?? null,
        end: w.end ?? null,
        errors: w.errors,
        warnings: w.warnings,
        table: w.table,
        template: w.template,
      })),
      missingWeeks: site.missingWeeks,
      noTableWeeks: site.noTableWeeks,
      templateWeeks: site.templateWeeks,
      labs: site.labs.map((l) => ({ id: l.id, title: l.title ?? null, weeks: l.weeks })),
      lastDay: site.lastDay ?? null,
      progress: site.progress,
      behind: site.behind,
      errors: site.errors,
      warnings: site.warnings,
      counts: site.counts,
    })),
    similar: report.similar.map((p) => ({ a: side(p.a), b: side(p.b), percent: p.percent, passage: p.passage })),
    medianProgress: report.medianProgress,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
