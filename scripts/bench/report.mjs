// The cohort report's cost next to plain linting, on the same folder: whole processes and the core in-process.
import * as fs from 'node:fs';
import * as os from 'node:os';
import { allFiles, markdownFiles, median, now, renderTable, timeProcess } from './measure.mjs';

/** Goal: the report costs at most the plain lint plus 20%. */
export const REPORT_GOAL = 1.2;

/**
 * Times `worklog-lint --format json DIR` and `worklog-lint report --format json DIR` as whole processes (alternating,
 * so a load spike hits both), and in-process the core's parse + lint against parse + lint + the cohort model and HTML.
 */
export function measureReport({ name, dir }, core, cli, runs = 3) {
  const files = markdownFiles(allFiles(dir));
  const docs = [];
  let bytes = 0;
  for (const file of files) {
    const data = fs.readFileSync(file);
    bytes += data.length;
    const decoded = core.decodePage(data);
    if (decoded.ok) docs.push({ path: file, text: decoded.text });
  }
  const parse = () => docs.map((d) => core.parsePage(d.path, d.text)).filter((p) => p.identity.kind !== 'other');
  const lintOnly = () => core.lintPages(parse());
  // As the CLI does: each site linted on its own, then the model and its HTML.
  const withReport = () => {
    const pages = parse();
    const sites = [...core.groupBySite(pages)].map(([siteDir, list]) => ({ root: siteDir, dir: siteDir, title: undefined, pages: list, findings: core.lintPages(list) }));
    const report = core.buildCohortReport(sites);
    core.reportHtml(report, { nonce: 'bench' });
    return report;
  };
  const inProcess = { lint: [], report: [] };
  let report;
  for (let i = 0; i < runs + 1; i++) {
    const t0 = now();
    lintOnly();
    const t1 = now();
    report = withReport();
    const t2 = now();
    // The first pass warms the caches and the JIT.
    if (i > 0) {
      inProcess.lint.push(t1 - t0);
      inProcess.report.push(t2 - t1);
    }
  }
  const lintMs = [];
  const lintOneMs = [];
  const reportMs = [];
  for (let i = 0; i < runs; i++) {
    const lint = timeProcess(process.execPath, [cli, '--format', 'json', dir]);
    if (lint.status !== 0 && lint.status !== 1) throw new Error(`worklog-lint exited with ${lint.status}: ${lint.stderr}`);
    lintMs.push(lint.ms);
    // The report reads and lints in one thread; plain lint spreads sites over one thread per core.
    const one = timeProcess(process.execPath, [cli, '--jobs', '1', '--format', 'json', dir]);
    lintOneMs.push(one.ms);
    const rep = timeProcess(process.execPath, [cli, 'report', '--format', 'json', dir]);
    if (rep.status !== 0) throw new Error(`worklog-lint report exited with ${rep.status}: ${rep.stderr}`);
    reportMs.push(rep.ms);
  }
  return {
    name,
    files: files.length,
    weekPages: report.sites.reduce((n, s) => n + s.weeks.reduce((m, w) => m + w.pages.length, 0), 0),
    sites: report.sites.length,
    similar: report.similar.length,
    bytes,
    coreLintMs: median(inProcess.lint),
    coreReportMs: median(inProcess.report),
    lintMs: median(lintMs),
    lintOneMs: median(lintOneMs),
    reportMs: median(reportMs),
    runs,
  };
}

export function printReport(results) {
  const fmt = (n, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const rows = [];
  const row = (label, get) => rows.push([label, ...results.map(get)]);
  row('Markdown files / week pages / sites', (r) => `${fmt(r.files)} / ${fmt(r.weekPages)} / ${fmt(r.sites)}`);
  row('similar week pairs found', (r) => fmt(r.similar));
  row(`core parse+lint (ms, median of ${results[0]?.runs ?? 0})`, (r) => fmt(r.coreLintMs));
  row('core parse+lint+report model+HTML (ms)', (r) => fmt(r.coreReportMs));
  row('  ratio', (r) => `${fmt(r.coreReportMs / r.coreLintMs, 2)}×`);
  row(`worklog-lint --format json process (ms, median of ${results[0]?.runs ?? 0})`, (r) => fmt(r.lintMs));
  row('worklog-lint --jobs 1 --format json process (ms)', (r) => fmt(r.lintOneMs));
  row('worklog-lint report --format json process (ms)', (r) => fmt(r.reportMs));
  row('  ratio to lint (one thread per core)', (r) => `${fmt(r.reportMs / r.lintMs, 2)}×`);
  row('  ratio to lint --jobs 1', (r) => `${fmt(r.reportMs / r.lintOneMs, 2)}×`);
  console.log('\nCohort report vs plain lint (goal: report ≤ 1.2× lint, whole process)\n');
  console.log(renderTable(['', ...results.map((r) => r.name)], rows));
  for (const r of results) {
    const ratio = r.reportMs / r.lintMs;
    const single = r.reportMs / r.lintOneMs;
    console.log(`  ${r.name}: report ${fmt(ratio, 2)}× lint (${ratio <= REPORT_GOAL ? 'met' : 'NOT met'}), ${fmt(single, 2)}× lint --jobs 1 (${single <= REPORT_GOAL ? 'met' : 'NOT met'}), in-process ${fmt(r.coreReportMs / r.coreLintMs, 2)}×`);
  }
  console.log(`  load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
}
