import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(__dirname, '..', '..');
const HEAD = '| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';

/** A week page with a share of the usual mistakes, chosen by the numbers so every run writes the same sites. */
function weekPage(site: number, week: number, vi: boolean): string {
  const monday = new Date(Date.UTC(2025, 8, 8 + 7 * (week - 1)));
  const rows: string[] = [];
  for (let d = 0; d < 5; d++) {
    const date = new Date(monday.getTime() + d * 86_400_000);
    const written = site % 2 === 0 ? `${date.getUTCDate()}/${date.getUTCMonth() + 1}/2025` : `${date.getUTCMonth() + 1}/${date.getUTCDate()}/2025`;
    const lab = (site * 7 + week * 3 + d) % 5 === 0 ? `http://0000${10 + d}.awsstudygroup.com/` : `<https://0000${10 + d}.awsstudygroup.com/>`;
    const cells = [String(d + 2), vi ? `Học phần ${d + 1}<br>&emsp; + ôn lại` : `Module ${d + 1}<br>&emsp; + review`, written, week % 4 === 0 && d === 2 ? '31/02/2025' : written, lab];
    if ((site + week + d) % 11 === 0) cells.pop();
    rows.push(`| ${cells.join(' | ')} |`);
  }
  const weight = (site + week) % 9 === 0 ? `${week}.5` : String(week);
  return `---\ntitle: "${vi ? 'Worklog Tuần' : 'Week'} ${week}${vi ? '' : ' Worklog'}"\nweight: ${weight}\n---\n\n${HEAD}${rows.join('\n')}\n\n[notes](../missing-${week % 3}/)\n`;
}

/** Sites of EN/VI weeks, one with its languages in folders, more pages than the CLI needs before it starts workers. */
function writeCorpus(root: string): void {
  for (let site = 0; site < 7; site++) {
    const base = path.join(root, `intern-${site}`, 'content');
    for (let week = 1; week <= 9 + site; week++) {
      for (const vi of [false, true]) {
        const folder = site === 3 ? path.join(base, vi ? 'vi' : 'en', '1-Worklog', `1.${week}-Week${week}`) : path.join(base, '1-Worklog', `1.${week}-Week${week}`);
        fs.mkdirSync(folder, { recursive: true });
        fs.writeFileSync(path.join(folder, site === 3 || !vi ? '_index.md' : '_index.vi.md'), weekPage(site, week, vi));
      }
    }
    fs.writeFileSync(path.join(base, site === 3 ? 'en' : '', '1-Worklog', '_index.md'), '---\ntitle: "Worklog"\nweight: 1\n---\n\nWeeks.\n');
    // A visible site root, so link.local-missing judges the sites' relative links.
    fs.writeFileSync(path.join(root, `intern-${site}`, 'hugo.toml'), `title = "Intern ${site}"\n`);
  }
}

describe('worklog-lint --jobs', function () {
  this.timeout(120000);
  let temp: string;
  let cli: string;
  let corpus: string;

  before(async () => {
    temp = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-jobs-'));
    // The worker threads run a bundled script beside the CLI, so the test bundles both as the build does.
    const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'silent', define: { WORKLOG_VERSION: '"0.0.0-test"' } } as const;
    await esbuild.build({ ...common, entryPoints: [path.join(ROOT, 'src/cli/main.ts')], outfile: path.join(temp, 'dist', 'cli.js') });
    await esbuild.build({ ...common, entryPoints: [path.join(ROOT, 'src/cli/lintWorker.ts')], outfile: path.join(temp, 'dist', 'lintWorker.js') });
    fs.cpSync(path.join(ROOT, 'l10n'), path.join(temp, 'l10n'), { recursive: true });
    cli = path.join(temp, 'dist', 'cli.js');
    corpus = path.join(temp, 'sites');
    writeCorpus(corpus);
  });

  after(() => fs.rmSync(temp, { recursive: true, force: true }));

  const lint = (...args: string[]) => {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd: corpus, encoding: 'utf8', maxBuffer: 1 << 28 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  for (const format of ['text', 'json', 'sarif']) {
    it(`prints the same bytes in threads as in one (--format ${format})`, () => {
      const one = lint('--jobs', '1', '--format', format);
      const three = lint('--jobs', '3', '--format', format);
      assert.equal(one.stderr, '');
      assert.equal(one.code, 1, 'the corpus has errors');
      assert.ok(one.stdout.length > 10_000, 'the corpus has many findings');
      assert.deepEqual(three, one);
    });
  }

  it('prints the same bytes in threads as in one, in Vietnamese and with --quiet', () => {
    const one = lint('--jobs', '1', '--locale', 'vi', '--quiet');
    assert.match(one.stdout, /tệp đã kiểm tra|lỗi/);
    assert.deepEqual(lint('-j', '2', '--locale', 'vi', '--quiet'), one);
  });

  it('lists every page once, in natural path order (week 2 before week 10), with the findings of the site rules', () => {
    const report = JSON.parse(lint('-j', '4', '-f', 'json').stdout) as { files: Array<{ path: string; diagnostics: Array<{ code: string }> }> };
    const paths = report.files.map((f) => f.path);
    assert.equal(paths.length, 7 + [0, 1, 2, 3, 4, 5, 6].reduce((n, s) => n + 2 * (9 + s), 0));
    const natural = new Intl.Collator('en', { numeric: true });
    assert.deepEqual(paths, [...paths].sort((a, b) => natural.compare(a, b)));
    const codes = new Set(report.files.flatMap((f) => f.diagnostics.map((d) => d.code)));
    for (const code of ['week.weight', 'link.lab-insecure', 'table.row-cells', 'link.local-missing']) assert.ok(codes.has(code), `${code} reported`);
  });

  it('refuses a --jobs that is not a whole number from 1', () => {
    const result = lint('--jobs', '0');
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--jobs needs a whole number from 1 to 9999, not "0"/);
  });
});
