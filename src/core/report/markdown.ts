import { reportLabels } from './labels';
import type { CohortReport } from './model';

/** Text safe inside a GFM table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

function numbers(list: readonly number[]): string {
  return list.length > 0 ? list.join(', ') : '—';
}

/** A compact summary for an issue or pull-request comment: the cohort table, who is behind, similar weeks. */
export function reportMarkdown(report: CohortReport): string {
  const t = reportLabels();
  const behind = report.sites.filter((s) => s.behind);
  const out: string[] = [`## ${t.title}`, '', t.summary(report.sites.length, report.medianProgress, behind.length, report.similar.length), ''];
  if (report.sites.length === 0) return [...out, t.noSites, ''].join('\n');
  out.push(`| ${t.site} | ${t.progress} | ${t.missing} | ${t.template} | ${t.noTable} | ${t.errors} | ${t.warnings} | ${t.lastDay} |`);
  out.push('| --- | ---: | --- | --- | --- | ---: | ---: | --- |');
  for (const site of report.sites) {
    const name = `**${cell(site.title)}**${site.behind ? ` ⚠ ${t.behind}` : ''}<br>\`${cell(site.root)}\``;
    out.push(`| ${name} | ${site.progress} | ${numbers(site.missingWeeks)} | ${numbers(site.templateWeeks)} | ${numbers(site.noTableWeeks)} | ${site.errors} | ${site.warnings} | ${site.lastDay ?? '—'} |`);
  }
  if (behind.length > 0) {
    out.push('', `### ${t.behind}`, '');
    for (const site of behind) out.push(`- **${site.title}**: ${t.behindNote(site.progress, report.medianProgress)}`);
  }
  out.push('', `### ${t.similar}`, '');
  if (report.similar.length === 0) out.push(t.noSimilar);
  const titleOf = new Map(report.sites.map((s) => [s.root, s.title]));
  for (const pair of report.similar) {
    const side = (s: { root: string; week: number; page: string }) => `**${titleOf.get(s.root) ?? s.root}** ${t.weekN(s.week)} (\`${s.page}\`)`;
    out.push(`- ${pair.percent}% — ${side(pair.a)} ↔ ${side(pair.b)}`, `  > ${pair.passage.replace(/[\r\n]+/g, ' ')}`);
  }
  return out.join('\n') + '\n';
}
