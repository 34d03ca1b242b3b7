import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

const TABLE_HEAD = '| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';

/** A small Hugo site: a section page, three weeks (one clean, one error, one warning + information), a proposal page. */
const SITE: Record<string, string | Uint8Array> = {
  'hugo.toml': 'baseURL = "https://example.org/"\n',
  'content/1-Worklog/_index.md': '---\ntitle: "Worklog"\nweight: 1\n---\n\n**Week 1:** [Accounts](1.1-week1/)\n\n**Week 2:** [Network](1.2-week2/)\n',
  'content/1-Worklog/1.1-Week1/_index.md': `---\ntitle: "Week 1 Worklog"\nweight: 1\n---\n\n${TABLE_HEAD}| 2 | Create the account | 09/08/2025 | 09/08/2025 | <https://000001.awsstudygroup.com/> |\n`,
  'content/1-Worklog/1.2-Week2/_index.md': `---\ntitle: "Week 2 Worklog"\nweight: 2\ndate: ""\n---\n\n${TABLE_HEAD}| 2 | Build a VPC | 09/15/2025 | 09/15/2025 | <https://000003.awsstudygroup.com/> |\n`,
  'content/1-Worklog/1.3-Week3/_index.md': `---\ntitle: "Week 3 Worklog"\nweight: 3\ndate: 2024-01-01\n---\n\n${TABLE_HEAD}| 2 | Create a bucket | 09/22/2025 | 09/22/2025 |\n| 3 | Host a site | 09/23/2025 | 09/23/2025 |  |\n`,
  'content/2-Proposal/_index.md': '---\ntitle: Proposal\n---\nText\n',
};

const WEEK2_CLEAN = `---\ntitle: "Week 2 Worklog"\nweight: 2\n---\n\n${TABLE_HEAD}| 2 | Build a VPC | 09/15/2025 | 09/15/2025 | <https://000003.awsstudygroup.com/> |\n`;
const WEEK2_ERROR = 'date is empty (""); this week\'s first date is 2025-09-15.';
const WEEK3_ROW = 'This row has 4 of 5 cells: "Reference Material" will show blank.';
const WEEK3_DATE = "date 2024-01-01 is the template's placeholder; this week's rows start on 2025-09-22.";

const roots: string[] = [];

function makeSite(extra: Record<string, string | Uint8Array> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fcj-worklog-'));
  roots.push(root);
  for (const [file, content] of Object.entries({ ...SITE, ...extra })) {
    const full = path.join(root, ...file.split('/'));
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return root;
}

async function cli(cwd: string, ...argv: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, cwd });
  return { code, stdout, stderr };
}

interface JsonReport {
  files: Array<{ path: string; week: number | null; language: string | null; diagnostics: Array<Record<string, unknown>> }>;
  summary: Record<string, number>;
}

describe('worklog-lint CLI', function () {
  this.timeout(20000);
  let site: string;

  before(() => {
    site = makeSite();
  });

  after(() => {
    for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
  });

  it('prints each file once with its findings indented in columns aligned within it, a summary by code, then the totals; exit 1 on an error', async () => {
    const result = await cli(site);
    assert.equal(result.code, 1);
    assert.equal(result.stderr, '');
    assert.equal(
      result.stdout,
      [
        'content/1-Worklog/1.2-Week2/_index.md',
        `  4:7  error  frontmatter.date-invalid  ${WEEK2_ERROR}`,
        '',
        'content/1-Worklog/1.3-Week3/_index.md',
        "  4:7  information  frontmatter.date-mismatch  date 2024-01-01 is the template's placeholder; this week's rows start on",
        '                                               2025-09-22.',
        `  9:1  warning      table.row-cells            ${WEEK3_ROW}`,
        '',
        'Code                       Severity     Findings  Pages',
        'frontmatter.date-invalid   error               1      1',
        'table.row-cells            warning             1      1',
        'frontmatter.date-mismatch  information         1      1',
        '',
        '4 files checked, 1 error, 1 warning, 1 information, 0 hints',
        '',
      ].join('\n'),
    );
    assert.ok(result.stdout.split('\n').every((line) => line.length <= 120));
  });

  it('names pages relative to the folder given, in natural order (week 2 before week 10)', async () => {
    const week = (n: number) => `---\ntitle: "Week ${n} Worklog"\nweight: ${n}\ndate: ""\n---\n\n${TABLE_HEAD}| 2 | Study | 09/15/2025 | 09/15/2025 | <https://000003.awsstudygroup.com/> |\n`;
    const root = makeSite({ 'content/1-Worklog/1.10-Week10/_index.md': week(10), 'content/1-Worklog/1.9-Week9/_index.md': week(9) });
    const headers = (stdout: string) => stdout.split('\n').filter((l) => l.startsWith('content/') || l.startsWith('1-Worklog/') || l.startsWith('1.'));
    assert.deepEqual(headers((await cli(root)).stdout), ['content/1-Worklog/1.2-Week2/_index.md', 'content/1-Worklog/1.3-Week3/_index.md', 'content/1-Worklog/1.9-Week9/_index.md', 'content/1-Worklog/1.10-Week10/_index.md']);
    const fromParent = await cli(path.dirname(root), path.join(path.basename(root), 'content'));
    assert.deepEqual(headers(fromParent.stdout), ['1-Worklog/1.2-Week2/_index.md', '1-Worklog/1.3-Week3/_index.md', '1-Worklog/1.9-Week9/_index.md', '1-Worklog/1.10-Week10/_index.md']);
  });

  it('--summary prints only the summary by code and the totals', async () => {
    const result = await cli(site, '--summary');
    assert.equal(result.code, 1);
    assert.equal(
      result.stdout,
      [
        'Code                       Severity     Findings  Pages',
        'frontmatter.date-invalid   error               1      1',
        'table.row-cells            warning             1      1',
        'frontmatter.date-mismatch  information         1      1',
        '',
        '4 files checked, 1 error, 1 warning, 1 information, 0 hints',
        '',
      ].join('\n'),
    );
  });

  it('exits 0 with only a summary when no error is found', async () => {
    const result = await cli(site, 'content/1-Worklog/1.1-Week1/_index.md');
    assert.deepEqual(result, { code: 0, stdout: '1 file checked, 0 errors, 0 warnings, 0 information, 0 hints\n', stderr: '' });
  });

  it('exits 0 when the findings are warnings and information only', async () => {
    const result = await cli(site, path.join(site, 'content/1-Worklog/1.3-Week3'));
    assert.equal(result.code, 0);
    assert.ok(result.stdout.endsWith('1 file checked, 0 errors, 1 warning, 1 information, 0 hints\n'));
  });

  it('--format json: the documented shape, every page listed, findings or not', async () => {
    const result = await cli(site, '--format', 'json');
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout) as JsonReport;
    assert.deepEqual(report, {
      files: [
        { path: 'content/1-Worklog/_index.md', week: null, language: 'en', diagnostics: [] },
        { path: 'content/1-Worklog/1.1-Week1/_index.md', week: 1, language: 'en', diagnostics: [] },
        {
          path: 'content/1-Worklog/1.2-Week2/_index.md',
          week: 2,
          language: 'en',
          diagnostics: [{ code: 'frontmatter.date-invalid', severity: 'error', message: WEEK2_ERROR, line: 4, column: 7, endLine: 4, endColumn: 9 }],
        },
        {
          path: 'content/1-Worklog/1.3-Week3/_index.md',
          week: 3,
          language: 'en',
          diagnostics: [
            { code: 'frontmatter.date-mismatch', severity: 'information', message: WEEK3_DATE, line: 4, column: 7, endLine: 4, endColumn: 17 },
            { code: 'table.row-cells', severity: 'warning', message: WEEK3_ROW, line: 9, column: 1, endLine: 9, endColumn: 50 },
          ],
        },
      ],
      summary: { files: 4, errors: 1, warnings: 1, information: 1, hints: 0 },
    });
    assert.deepEqual(Object.keys(report), ['files', 'summary']);
    assert.deepEqual(Object.keys(report.files[2]), ['path', 'week', 'language', 'diagnostics']);
    assert.deepEqual(Object.keys(report.files[2].diagnostics[0]), ['code', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
    assert.deepEqual(Object.keys(report.summary), ['files', 'errors', 'warnings', 'information', 'hints']);
  });

  it('--format=sarif: SARIF 2.1.0 with rules that have help URIs and results with regions', async () => {
    const result = await cli(site, '--format=sarif');
    assert.equal(result.code, 1);
    const log = JSON.parse(result.stdout) as {
      version: string;
      runs: Array<{
        tool: { driver: { name: string; rules: Array<{ id: string; helpUri: string; defaultConfiguration: { level: string } }> } };
        results: Array<{ ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }> }>;
      }>;
    };
    assert.equal(log.version, '2.1.0');
    assert.equal(log.runs.length, 1);
    const { driver } = log.runs[0].tool;
    assert.equal(driver.name, 'worklog-lint');
    for (const rule of driver.rules) assert.match(rule.helpUri, /^https:\/\/\S+#[a-z0-9_-]+$/, rule.id);
    const weight = driver.rules.find((r) => r.id === 'week.weight');
    assert.ok(weight);
    assert.equal(weight.defaultConfiguration.level, 'warning');
    assert.ok(driver.rules.some((r) => r.id === 'file.unreadable'));
    const results = log.runs[0].results;
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region]),
      [
        ['frontmatter.date-invalid', 'error', 'content/1-Worklog/1.2-Week2/_index.md', { startLine: 4, startColumn: 7, endLine: 4, endColumn: 9 }],
        ['frontmatter.date-mismatch', 'note', 'content/1-Worklog/1.3-Week3/_index.md', { startLine: 4, startColumn: 7, endLine: 4, endColumn: 17 }],
        ['table.row-cells', 'warning', 'content/1-Worklog/1.3-Week3/_index.md', { startLine: 9, startColumn: 1, endLine: 9, endColumn: 50 }],
      ],
    );
    for (const r of results) assert.equal(driver.rules[r.ruleIndex].id, r.ruleId);
    assert.equal(results[0].message.text, WEEK2_ERROR);
  });

  it('exits 2 naming a path that does not exist, and prints no report', async () => {
    const result = await cli(site, 'content/1-Worklog', 'content/no-such-week');
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, `worklog-lint: cannot read ${path.join('content', 'no-such-week')}: no such file or folder\n`);
  });

  it('exits 2 on an unknown option, a bad format or a flag without its value', async () => {
    assert.deepEqual(await cli(site, '--bogus'), { code: 2, stdout: '', stderr: 'worklog-lint: unknown option --bogus\nRun worklog-lint --help for usage.\n' });
    assert.deepEqual(await cli(site, '--format', 'xml'), { code: 2, stdout: '', stderr: 'worklog-lint: unknown format "xml": use text, json or sarif\nRun worklog-lint --help for usage.\n' });
    assert.deepEqual(await cli(site, '--config'), { code: 2, stdout: '', stderr: 'worklog-lint: --config needs a value\nRun worklog-lint --help for usage.\n' });
  });

  it('--help and --version print to stdout and exit 0', async () => {
    const help = await cli(site, '--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: worklog-lint /);
    assert.match(help.stdout, /--format/);
    const version = await cli(site, '--version');
    assert.equal(version.code, 0);
    assert.match(version.stdout, /^\S+\n$/);
  });

  it('reports a binary file given explicitly as file.unreadable, not a crash', async () => {
    const root = makeSite({ 'static/logo.png': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
    const result = await cli(root, '--format', 'json', 'static/logo.png');
    assert.equal(result.code, 1);
    assert.deepEqual(JSON.parse(result.stdout), {
      files: [
        {
          path: path.join('static', 'logo.png'),
          week: null,
          language: null,
          diagnostics: [{ code: 'file.unreadable', severity: 'error', message: 'This file cannot be checked: it looks binary (it contains NUL bytes).', line: 1, column: 1, endLine: 1, endColumn: 1 }],
        },
      ],
      summary: { files: 1, errors: 1, warnings: 0, information: 0, hints: 0 },
    });
  });

  it('reports a worklog page that is not UTF-8 as file.unreadable and still checks the others', async () => {
    const root = makeSite({ 'content/1-Worklog/1.4-Week4/_index.md': Uint8Array.from([...Buffer.from('---\ntitle: "Tu'), 0xe9, ...Buffer.from('n 4"\n---\n')]) });
    const result = await cli(root);
    assert.equal(result.code, 1);
    assert.match(result.stdout, /^content\/1-Worklog\/1\.4-Week4\/_index\.md\n {2}1:1 {2}error {2}file\.unreadable {2}This file cannot be checked: it is not valid UTF-8 \(save it as UTF-8\)\.$/m);
    assert.match(result.stdout, /\n5 files checked, 2 errors, 1 warning, 1 information, 0 hints\n$/);
  });

  it('skips an undecodable Markdown file found outside the worklog, as it skips other pages there', async () => {
    const latin1 = Uint8Array.from([...Buffer.from('# Caf'), 0xe9, 0x0a]);
    // The temporary root is named like a worklog repository clone (`fcj-worklog-…`): that must not make its pages worklog pages.
    const root = makeSite({ 'content/2-Proposal/notes.md': latin1, 'content/1-Worklog/1.2-Week2/_index.md': WEEK2_CLEAN });
    const result = await cli(root, 'content');
    assert.equal(result.code, 0, result.stdout);
    assert.doesNotMatch(result.stdout, /notes/);
    const named = await cli(root, 'content/2-Proposal/notes.md');
    assert.equal(named.code, 1);
    assert.match(named.stdout, /^content\/2-Proposal\/notes\.md\n {2}1:1 {2}error {2}file\.unreadable {2}/);
  });

  it('does not take numbered pages of other sections for weeks when the clone folder is named like a worklog', async () => {
    const root = makeSite({ 'content/3-BlogsTranslated/3.1-Blog1/_index.md': '---\ntitle: "Blog 1"\nweight: 1\npre: " <b> 3.1. </b> "\n---\nText\n' });
    assert.match(root, /fcj-worklog-/);
    const report = JSON.parse((await cli(root, '--format', 'json')).stdout) as JsonReport;
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['content/1-Worklog/_index.md', 'content/1-Worklog/1.1-Week1/_index.md', 'content/1-Worklog/1.2-Week2/_index.md', 'content/1-Worklog/1.3-Week3/_index.md'],
    );
  });

  it('lists a page that is not a worklog page only when it is named explicitly', async () => {
    const found = JSON.parse((await cli(site, '--format', 'json')).stdout) as JsonReport;
    assert.ok(!found.files.some((f) => f.path.includes('2-Proposal')));
    const named = JSON.parse((await cli(site, '--format', 'json', 'content/2-Proposal/_index.md')).stdout) as JsonReport;
    assert.deepEqual(named.files, [{ path: path.join('content', '2-Proposal', '_index.md'), week: null, language: null, diagnostics: [] }]);
  });

  it('counts lines and columns of a BOM + CRLF page as an editor shows them', async () => {
    const root = makeSite({ 'content/1-Worklog/1.5-Week5/_index.md': '\uFEFF---\r\ntitle: "Week 5 Worklog"\r\nweight: 5.5\r\n---\r\n' });
    const report = JSON.parse((await cli(root, '--format', 'json', 'content/1-Worklog/1.5-Week5')).stdout) as JsonReport;
    const weight = report.files[0].diagnostics.find((d) => d.code === 'week.weight');
    assert.deepEqual(weight && [weight.line, weight.column, weight.endLine, weight.endColumn], [3, 9, 3, 12]);
  });

  it('applies a .worklogrc.json at the site root: a code turned off disappears and the exit status follows', async () => {
    const root = makeSite({ '.worklogrc.json': '{"severities": {"frontmatter.date-invalid": "off", "table.row-cells": "error"}}' });
    const result = await cli(root, '--format', 'json');
    assert.equal(result.code, 1);
    const report = JSON.parse(result.stdout) as JsonReport;
    assert.deepEqual(
      report.files.flatMap((f) => f.diagnostics.map((d) => [d.code, d.severity])),
      [
        ['frontmatter.date-mismatch', 'information'],
        ['table.row-cells', 'error'],
      ],
    );
    const off = makeSite({ '.worklogrc.json': '{"severities": {"frontmatter.date-invalid": "off"}}' });
    assert.equal((await cli(off)).code, 0);
  });

  it('--config FILE replaces the site config', async () => {
    const root = makeSite({ '.worklogrc.json': '{"severities": {"frontmatter.date-invalid": "off"}}', 'ci/strict.json': '{"severities": {"table.row-cells": "off", "frontmatter.date-mismatch": "off"}}' });
    const result = await cli(root, '--config', 'ci/strict.json');
    assert.equal(result.code, 1);
    assert.equal(
      result.stdout,
      `content/1-Worklog/1.2-Week2/_index.md\n  4:7  error  frontmatter.date-invalid  ${WEEK2_ERROR}\n\nCode                      Severity  Findings  Pages\nfrontmatter.date-invalid  error            1      1\n\n4 files checked, 1 error, 0 warnings, 0 information, 0 hints\n`,
    );
  });

  it('exits 2 when --config names a file that cannot be read', async () => {
    const result = await cli(site, '-c', 'missing.json');
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.match(result.stderr, /^worklog-lint: cannot read config .*missing\.json\n$/);
  });

  it('reports bad config entries on stderr and applies the good ones', async () => {
    const root = makeSite({ '.worklogrc.json': '{"severities": {"frontmatter.date-invalid": "fatal", "table.row-cells": "off"}, "colour": 1}' });
    const result = await cli(root);
    assert.equal(
      result.stderr,
      'worklog-lint: .worklogrc.json:1:45: severities.frontmatter.date-invalid: expected one of error, warning, information, hint, off\nworklog-lint: .worklogrc.json:1:81: colour: unknown setting\n',
    );
    assert.equal(result.code, 1);
    assert.doesNotMatch(result.stdout, /table\.row-cells/);
    assert.match(result.stdout, /frontmatter\.date-invalid/);
  });

  it('--quiet reports errors only', async () => {
    const result = await cli(site, '--quiet');
    assert.equal(result.code, 1);
    assert.equal(
      result.stdout,
      `content/1-Worklog/1.2-Week2/_index.md\n  4:7  error  frontmatter.date-invalid  ${WEEK2_ERROR}\n\nCode                      Severity  Findings  Pages\nfrontmatter.date-invalid  error            1      1\n\n4 files checked, 1 error, 0 warnings, 0 information, 0 hints\n`,
    );
    const json = JSON.parse((await cli(site, '-q', '-f', 'json')).stdout) as JsonReport;
    assert.equal(json.files.length, 4);
    assert.deepEqual(json.summary, { files: 4, errors: 1, warnings: 0, information: 0, hints: 0 });
  });

  it('checks weeks of a site-language together (duplicate weights across pages)', async () => {
    // Week 4 is dated after week 3: with equal weights Hugo lists the newer first, so the menu is out of order.
    const root = makeSite({ 'content/1-Worklog/1.4-Week4/_index.md': `---\ntitle: "Week 4 Worklog"\nweight: 3\ndate: 2025-09-29\n---\n\n${TABLE_HEAD}| 2 | Launch RDS | 09/29/2025 | 09/29/2025 | |\n` });
    const report = JSON.parse((await cli(root, '--format', 'json')).stdout) as JsonReport;
    const week4 = report.files.find((f) => f.week === 4);
    assert.ok(week4);
    assert.deepEqual(
      week4.diagnostics.filter((d) => d.code === 'week.weight').map((d) => d.message),
      ['weight 3 breaks the order of the weeks: this site gives week N the weight N, so week 4 should have 4 (week 3 also has 3).'],
    );
  });
});
