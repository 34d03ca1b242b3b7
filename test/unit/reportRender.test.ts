import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { useLocale } from '../../src/cli/locale';
import { run } from '../../src/cli/main';
import { reportCsp, reportHtml, reportJson, reportMarkdown } from '../../src/core';
import { SiteSpec, cohortOf, siteFiles, tasks, weeks, writeFiles } from './cohortFixture';

const copied = tasks(900, 5);

/** Three interns: one complete, one with a gap, a template week and a copied week, one behind. */
const COHORT: SiteSpec[] = [
  { name: 'an-worklog', title: 'An <b>Nguyen</b> | FCJ', seed: 1, weeks: weeks(8, (w) => (w === 3 ? { tasks: copied, labs: ['000001', '000002'], twin: true } : { labs: ['000004'] })) },
  { name: 'binh-worklog', seed: 2, weeks: [...weeks(8, (w) => (w === 3 ? { tasks: copied } : w === 7 ? { template: true } : {})).filter((w) => w.week !== 5)] },
  { name: 'chi-worklog', seed: 3, weeks: weeks(4) },
];

describe('cohort report: JSON, Markdown and HTML', () => {
  const report = cohortOf(COHORT);

  it('JSON has the documented shape and key order', () => {
    const json = JSON.parse(reportJson(report)) as { sites: Array<Record<string, unknown>>; similar: Array<Record<string, unknown>> };
    assert.deepEqual(Object.keys(json), ['sites', 'similar', 'medianProgress']);
    const binh = json.sites.find((s) => s.root === 'binh-worklog') as Record<string, unknown>;
    assert.deepEqual(Object.keys(binh), ['root', 'title', 'languages', 'weeks', 'missingWeeks', 'noTableWeeks', 'templateWeeks', 'labs', 'lastDay', 'progress', 'behind', 'errors', 'warnings', 'counts']);
    assert.deepEqual(binh.missingWeeks, [5]);
    assert.deepEqual(binh.templateWeeks, [7]);
    const week = (binh.weeks as Array<Record<string, unknown>>)[0];
    assert.deepEqual(Object.keys(week), ['number', 'pages', 'start', 'end', 'errors', 'warnings', 'table', 'template']);
    assert.deepEqual(week.pages, ['content/1-Worklog/1.1-Week1/_index.md']);
    const an = json.sites.find((s) => s.root === 'an-worklog') as Record<string, unknown>;
    assert.deepEqual(an.labs, [
      { id: '000001', title: 'AWS Account Setup', weeks: [3] },
      { id: '000002', title: 'AWS Identity and Access Management (IAM) Access Control', weeks: [3] },
      { id: '000004', title: 'Introduction to Amazon EC2', weeks: [1, 2, 4, 5, 6, 7, 8] },
    ]);
    assert.equal(json.similar.length, 1);
    assert.deepEqual(Object.keys(json.similar[0]), ['a', 'b', 'percent', 'passage']);
    assert.deepEqual(json.similar[0].a, { root: 'an-worklog', week: 3, page: 'content/1-Worklog/1.1-Week1/_index.md'.replace('1.1-Week1', '1.3-Week3') });
    const chi = json.sites.find((s) => s.root === 'chi-worklog') as Record<string, unknown>;
    assert.equal(chi.behind, true);
  });

  it('Markdown is a compact table with pipes escaped, the sites behind and the similar weeks', () => {
    const md = reportMarkdown(report);
    assert.match(md, /^## Worklog cohort report\n/);
    assert.ok(md.includes('| **An <b>Nguyen</b> \\| FCJ**<br>`an-worklog` | 8 |'), md);
    assert.ok(md.includes('| **binh-worklog**<br>`binh-worklog` | 8 | 5 | 7 | — |'), md);
    assert.match(md, /- \*\*chi-worklog\*\*: last written week 4, the cohort’s median is week 8/);
    assert.match(md, /- \d+% — \*\*An <b>Nguyen<\/b> \| FCJ\*\* week 3 \(`content\/1-Worklog\/1\.3-Week3\/_index\.md`\) ↔ \*\*binh-worklog\*\* week 3/);
  });

  it('HTML is one self-contained document: a nonce’d style and script under a strict CSP, nothing loaded from elsewhere', () => {
    const { html, pages } = reportHtml(report, { nonce: 'abc123' });
    assert.deepEqual(pages, []);
    const csp = "default-src 'none'; style-src 'nonce-abc123'; script-src 'nonce-abc123'; img-src data:; base-uri 'none'; form-action 'none'";
    assert.equal(reportCsp('abc123'), csp);
    assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${csp.replace(/'/g, '&#39;')}">`));
    assert.equal(html.match(/<style nonce="abc123">/g)?.length, 1);
    assert.equal(html.match(/<script nonce="abc123">/g)?.length, 1);
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.doesNotMatch(html, /\s(?:src|href)="(?:https?:)?\/\//);
    assert.doesNotMatch(html, /\sstyle="/);
    // The title is text, not markup.
    assert.ok(html.includes('An &lt;b&gt;Nguyen&lt;/b&gt; | FCJ'));
    assert.doesNotMatch(html, /<b>Nguyen<\/b>/);
    for (const id of ['cohort', 'grid', 'similar', 'labs', 'sites']) assert.ok(html.includes(`<section id="${id}">`), id);
    assert.match(html, /@media \(prefers-color-scheme: dark\)/);
    assert.match(html, /@media print/);
  });

  it('HTML in the webview gives each page an index the editor opens, with the line of its worst problem', () => {
    const { html, pages } = reportHtml(report, { nonce: 'n', webview: true });
    const week3 = pages.indexOf('/cohort/an-worklog/content/1-Worklog/1.3-Week3/_index.md');
    assert.ok(week3 >= 0, pages.join('\n'));
    assert.ok(html.includes(`data-page="${week3}" data-line="`));
    for (const m of html.matchAll(/data-page="(\d+)"/g)) assert.ok(Number(m[1]) < pages.length);
  });
});

describe('worklog-lint report', function () {
  this.timeout(30_000);
  let root: string;
  const cli = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, cwd: root });
    return { code, stdout, stderr };
  };

  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-cohort-'));
    for (const spec of COHORT) writeFiles(path.join(root, 'interns'), siteFiles(spec));
  });
  after(() => {
    fs.rmSync(root, { recursive: true, force: true });
    // --locale vi set the process-wide bundle; the suites after this one read English.
    useLocale('en');
  });

  it('--format json reports every site under the folder, sorted by name, titled from hugo.toml', async () => {
    const { code, stdout, stderr } = await cli('report', '--format', 'json', 'interns');
    assert.equal(code, 0, stderr);
    assert.equal(stderr, '');
    const json = JSON.parse(stdout) as { sites: Array<{ root: string; title: string }>; similar: unknown[] };
    assert.deepEqual(
      json.sites.map((s) => [s.root, s.title]),
      [
        [path.join('interns', 'an-worklog'), 'An <b>Nguyen</b> | FCJ'],
        [path.join('interns', 'binh-worklog'), 'binh-worklog'],
        [path.join('interns', 'chi-worklog'), 'chi-worklog'],
      ],
    );
    assert.equal(json.similar.length, 1);
  });

  it('-o FILE writes the format its name says and says so on stderr; --format md prints Markdown', async () => {
    const written = await cli('report', '-o', 'cohort.html', 'interns');
    assert.equal(written.code, 0, written.stderr);
    assert.equal(written.stdout, '');
    assert.match(written.stderr, /Wrote the report on 3 sites to cohort\.html\./);
    assert.match(fs.readFileSync(path.join(root, 'cohort.html'), 'utf8'), /^<!DOCTYPE html>/);
    assert.match((await cli('report', '--format=md', 'interns')).stdout, /^## Worklog cohort report/);
  });

  it('exits 2 on a bad format, an unknown option or a missing folder; --help prints the report usage', async () => {
    assert.equal((await cli('report', '--format', 'pdf', 'interns')).code, 2);
    assert.equal((await cli('report', '--fast', 'interns')).code, 2);
    const missing = await cli('report', 'nowhere');
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read nowhere/);
    const help = await cli('report', '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: worklog-lint report/);
  });

  it('speaks Vietnamese with --locale vi', async () => {
    const { stdout } = await cli('report', '--locale', 'vi', '--format', 'md', 'interns');
    assert.match(stdout, /^## Báo cáo worklog của cả nhóm/);
  });
});
