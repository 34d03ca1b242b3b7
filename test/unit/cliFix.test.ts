// `worklog-lint --fix`: Fix All's edits written in place, line endings, BOM and permissions kept, then what remains.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempSites } from './cliHarness';
import { applyEdits, fixAllEdits, lintPages, parsePage } from '../../src/core';

const HEAD = '| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';
const WEEK2 = 'content/1-Worklog/1.2-Week2/_index.md';
const WEEK3 = 'content/1-Worklog/1.3-Week3/_index.md';
const FM = (n: number, weight: string | number = n) => `---\ntitle: "Week ${n} Worklog"\nweight: ${weight}\nchapter: false\npre: " <b> 1.${n}. </b> "\n---\n`;
/** Week 2: an unclosed template notice, an insecure lab link and a non-integer weight; week 3 only has its own text. */
const PAGES: Record<string, string> = {
  [WEEK2]: `${FM(2, '2.5')}\n{{% notice warning %}}\nPlease do not copy verbatim.\n\n### Week 2 Objectives:\n\n* Build a VPC.\n\n${HEAD}| 2 | Lab <http://000003.awsstudygroup.com/> | 09/15/2025 | 09/15/2025 | x |\n`,
  [WEEK3]: `${FM(3)}\n${HEAD}| 2 | Create a bucket | 09/22/2025 | 09/22/2025 | x |\n`,
};

const sites = tempSites('worklog-fix-');
const site = sites.site;
const cli = runCli;

/** What Fix All in the editor would make of the site's pages, round after round, as the CLI is meant to write. */
function fixAllExpected(pages: Record<string, string>): Record<string, string> {
  let texts = { ...pages };
  for (let round = 0; round < 3; round++) {
    const parsed = Object.entries(texts).map(([p, t]) => parsePage(p, t));
    const findings = lintPages(parsed);
    texts = Object.fromEntries(parsed.map((p) => [p.path, applyEdits(p.text, fixAllEdits(findings.get(p) ?? []))]));
  }
  return texts;
}

describe('worklog-lint --fix', () => {
  after(() => sites.removeAll());

  it('writes exactly what Fix All makes, says per file what it changed, then reports what remains', async () => {
    const root = site(PAGES);
    const { code, stdout } = await cli(root, '--fix', 'content');
    const expected = fixAllExpected(PAGES);
    assert.equal(fs.readFileSync(path.join(root, WEEK2), 'utf8'), expected[WEEK2]);
    assert.equal(fs.readFileSync(path.join(root, WEEK3), 'utf8'), PAGES[WEEK3]);
    assert.ok(!expected[WEEK2].includes('notice warning') && expected[WEEK2].includes('### Week 2 Objectives:') && expected[WEEK2].includes('https://000003'));
    assert.match(stdout, /content\/1-Worklog\/1\.2-Week2\/_index\.md: fixed 3 problems\n {2}week\.weight: .*\n/);
    assert.match(stdout, / {2}content\.template-leftover: Remove the notice block\n/);
    assert.match(stdout, / {2}link\.lab-insecure: Use https:\/\/\n/);
    assert.doesNotMatch(stdout, /1\.3-Week3\/_index\.md: fixed/);
    assert.match(stdout, /2 files checked, 0 errors/);
    assert.equal(code, 0);
    const again = await cli(root, '--fix', 'content');
    assert.doesNotMatch(again.stdout, /fixed/);
  });

  it('keeps CRLF line endings, the BOM and the file mode, and leaves no temporary file', async () => {
    const crlf = '\uFEFF' + PAGES[WEEK2].replace(/\n/g, '\r\n');
    const root = site({ [WEEK2]: crlf });
    fs.chmodSync(path.join(root, WEEK2), 0o640);
    await cli(root, '--fix', WEEK2);
    const bytes = fs.readFileSync(path.join(root, WEEK2));
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    assert.ok(!/[^\r]\n/.test(text), 'every line break is CRLF');
    assert.match(text, /weight: 2\r\n/);
    assert.equal(fs.statSync(path.join(root, WEEK2)).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(path.dirname(path.join(root, WEEK2))), ['_index.md']);
  });

  it('with --format json prints valid JSON of the remaining findings, the changes on stderr, and exits by what remains', async () => {
    const bad = `${FM(3)}\n${HEAD}| 2 | Create a bucket | 31/02/2025 | 31/02/2025 | <http://000001.awsstudygroup.com/> |\n`;
    const root = site({ [WEEK3]: bad });
    const { code, stdout, stderr } = await cli(root, '--fix', '--format', 'json', WEEK3);
    const report = JSON.parse(stdout) as { files: Array<{ diagnostics: Array<{ code: string }> }> };
    const codes = report.files.flatMap((f) => f.diagnostics.map((d) => d.code));
    assert.ok(codes.includes('date.invalid'), codes.join());
    assert.ok(!codes.includes('link.lab-insecure'));
    assert.match(stderr, /fixed 1 problem\n {2}link\.lab-insecure/);
    assert.equal(code, 1);
  });
});
