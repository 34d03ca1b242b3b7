// worklog-lint --locale: Vietnamese messages from the CLI and the core; codes, rule ids and help URIs unchanged.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main';
import { localeFromEnv, parseLocale, useLocale } from '../../src/cli/locale';

const WEEK = '---\ntitle: "Week 2 Worklog"\nweight: 2.5\n---\n\n| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n| 2 | Build a VPC | 09/15/2025 | 09/15/2025 | <https://000003.awsstudygroup.com/> |\n';
const EN = 'weight 2.5 is not an integer; Hugo needs whole numbers to order the weeks (week 2 would be 2).';
const VI = 'weight 2.5 không phải số nguyên; Hugo cần số nguyên để sắp thứ tự các tuần (Tuần 2 thì weight là 2).';

async function cli(cwd: string, argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, cwd, env });
  // The text report wraps long messages under their column; joined back, a message reads whole.
  return { code, stdout: argv.includes('json') || argv.includes('sarif') ? stdout : stdout.replace(/\n {2,}/g, ' '), stderr };
}

describe('worklog-lint --locale', function () {
  this.timeout(20000);
  let site: string;
  const page = path.join('content', '1-Worklog', '1.2-Week2', '_index.md');

  before(() => {
    site = fs.mkdtempSync(path.join(os.tmpdir(), 'fcj-locale-'));
    fs.mkdirSync(path.join(site, path.dirname(page)), { recursive: true });
    fs.writeFileSync(path.join(site, page), WEEK);
  });

  after(() => fs.rmSync(site, { recursive: true, force: true }));

  // The bundle is process-wide: later tests read the core's messages in English.
  afterEach(() => useLocale('en'));

  it('prints English when neither --locale nor the environment asks for Vietnamese', async () => {
    const result = await cli(site, [page]);
    assert.equal(result.code, 0);
    assert.ok(result.stdout.includes(EN), result.stdout);
    assert.ok(result.stdout.includes('1 file checked, 0 errors, 1 warning, 0 information, 0 hints'), result.stdout);
  });

  it('--locale vi prints the core messages, the severities and the summary in Vietnamese', async () => {
    const result = await cli(site, ['--locale', 'vi', page]);
    assert.equal(result.code, 0);
    assert.ok(result.stdout.includes(`  cảnh báo  week.weight  ${VI}`), result.stdout);
    assert.ok(result.stdout.includes('Đã kiểm tra 1 tệp, 0 lỗi, 1 cảnh báo, 0 thông tin, 0 gợi ý'), result.stdout);
  });

  it('takes the locale from LC_ALL, LC_MESSAGES or LANG, in that order, and --locale wins', async () => {
    assert.ok((await cli(site, [page], { LANG: 'vi_VN.UTF-8' })).stdout.includes(VI));
    assert.ok((await cli(site, [page], { LC_ALL: 'en_US.UTF-8', LANG: 'vi_VN.UTF-8' })).stdout.includes(EN));
    assert.ok((await cli(site, [page], { LC_MESSAGES: 'vi', LANG: 'en_US.UTF-8' })).stdout.includes(VI));
    assert.ok((await cli(site, ['--locale=en', page], { LANG: 'vi_VN.UTF-8' })).stdout.includes(EN));
    assert.ok((await cli(site, [page], { LANG: 'fr_FR.UTF-8' })).stdout.includes(EN), 'a language without messages falls back to English');
    assert.deepEqual(['vi', 'vi-VN', 'VI_vn.utf8', 'en-GB', 'C', 'fr'].map(parseLocale), ['vi', 'vi', 'vi', 'en', undefined, undefined]);
    assert.equal(localeFromEnv({ LANG: 'C.UTF-8' }), 'en');
  });

  it('JSON and SARIF carry Vietnamese messages with the same codes, rule ids and help URIs', async () => {
    const en = JSON.parse((await cli(site, ['--format', 'json', page])).stdout) as { files: Array<{ diagnostics: Array<{ code: string; message: string }> }> };
    const vi = JSON.parse((await cli(site, ['--format', 'json', '--locale', 'vi', page])).stdout) as typeof en;
    assert.deepEqual(vi.files[0].diagnostics.map((d) => d.code), en.files[0].diagnostics.map((d) => d.code));
    assert.equal(vi.files[0].diagnostics[0].message, VI);
    type Sarif = { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } }; results: Array<{ ruleId: string; message: { text: string } }> }> };
    const sarifEn = JSON.parse((await cli(site, ['--format', 'sarif', page])).stdout) as Sarif;
    const sarifVi = JSON.parse((await cli(site, ['--format', 'sarif', '--locale', 'vi', page])).stdout) as Sarif;
    assert.deepEqual(sarifVi.runs[0].tool.driver.rules.map((r) => [r.id, r.helpUri]), sarifEn.runs[0].tool.driver.rules.map((r) => [r.id, r.helpUri]));
    assert.deepEqual(sarifVi.runs[0].results.map((r) => r.ruleId), sarifEn.runs[0].results.map((r) => r.ruleId));
    assert.equal(sarifVi.runs[0].results[0].message.text, VI);
  });

  it('--help and usage errors in Vietnamese', async () => {
    const help = await cli(site, ['--locale', 'vi', '--help']);
    assert.equal(help.code, 0);
    assert.ok(help.stdout.startsWith('Cách dùng: worklog-lint'), help.stdout);
    assert.ok(help.stdout.includes('--locale LOCALE'));
    const bad = await cli(site, ['--locale', 'vi', '--format', 'xml']);
    assert.equal(bad.code, 2);
    assert.equal(bad.stderr, 'worklog-lint: không có định dạng "xml": dùng text, json hoặc sarif\nChạy worklog-lint --help để xem cách dùng.\n');
  });

  it('an unknown --locale is a usage error (exit 2) that names the locales there are, and checks nothing', async () => {
    const result = await cli(site, ['--locale', 'fr', page]);
    assert.equal(result.code, 2);
    assert.equal(result.stdout, '');
    assert.ok(result.stderr.includes('unknown locale "fr": use en, vi'), result.stderr);
    assert.equal((await cli(site, ['--locale'], {})).code, 2);
  });
});
