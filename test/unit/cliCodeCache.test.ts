// The built CLI keeps V8's compiled code of its check bundle in its cache folder: later runs print the same, and a
// damaged, foreign or unwritable cache never changes what a run prints or its exit status.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempSites } from './cliHarness';

const HEAD = '| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';
const WEEK2 = 'content/1-Worklog/1.2-Week2/_index.md';
// The second row's date is a day before the first's: one finding to see in every run.
const PAGE = `---\ntitle: "Week 2 Worklog"\nweight: 2\n---\n\n${HEAD}| 2 | Set up the account | 09/16/2025 | 09/16/2025 | x |\n| 3 | Read the notes | 09/15/2025 | 09/15/2025 | x |\n`;
const CLI = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');

const sites = tempSites('worklog-code-cache-');

describe('worklog-lint code cache', function () {
  this.timeout(60000);
  after(() => sites.removeAll());

  const lint = (cwd: string, env: Record<string, string>) => {
    const result = spawnSync(process.execPath, [CLI, '--format', 'json', WEEK2], { cwd, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '', ...env }, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('is written to $XDG_CACHE_HOME/worklog-studio/code after a run, and a run that reads it prints the same', () => {
    assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run npm run build before the unit tests');
    const root = sites.site({ [WEEK2]: PAGE });
    const cacheHome = sites.site({});
    const first = lint(root, { XDG_CACHE_HOME: cacheHome });
    const cached = path.join(cacheHome, 'worklog-studio', 'code', 'cliCommands.js.bin');
    assert.ok(fs.existsSync(cached), 'no code cache written');
    assert.match(first.stdout, /date\.row-order/);
    const second = lint(root, { XDG_CACHE_HOME: cacheHome });
    assert.deepEqual(second, first);
    const uncached = lint(root, { XDG_CACHE_HOME: sites.site({}), NODE_DISABLE_COMPILE_CACHE: '1' });
    assert.deepEqual(uncached, first);
  });

  it('ignores a damaged or foreign cache file and replaces it', () => {
    const root = sites.site({ [WEEK2]: PAGE });
    const goodHome = sites.site({});
    const expected = lint(root, { XDG_CACHE_HOME: goodHome });
    const good = fs.readFileSync(path.join(goodHome, 'worklog-studio', 'code', 'cliCommands.js.bin'));
    // The last: this build's header (its key and file count) over bytes V8 refuses.
    const header = good.subarray(0, good.indexOf(10, good.indexOf(10) + 1) + 1);
    for (const content of ['', 'garbage', Buffer.concat([header, Buffer.from('garbage'.repeat(100))])]) {
      const cacheHome = sites.site({ 'worklog-studio/code/cliCommands.js.bin': content });
      assert.deepEqual(lint(root, { XDG_CACHE_HOME: cacheHome }), expected, JSON.stringify(content));
      assert.ok(fs.statSync(path.join(cacheHome, 'worklog-studio', 'code', 'cliCommands.js.bin')).size > 1000, 'the cache is written anew');
    }
  });

  it('is written again after a run that checked more than twice as many files as the run that wrote it', () => {
    const week = (n: number) => `content/1-Worklog/1.${n}-Week${n}/_index.md`;
    const pages: Record<string, string> = {};
    for (let n = 2; n <= 6; n++) pages[week(n)] = PAGE.replace(/Week 2/, `Week ${n}`).replace('weight: 2', `weight: ${n}`);
    const root = sites.site(pages);
    const cacheHome = sites.site({});
    const cached = path.join(cacheHome, 'worklog-studio', 'code', 'cliCommands.js.bin');
    const run = (args: string[]) => spawnSync(process.execPath, [CLI, '--format', 'json', ...args], { cwd: root, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '', XDG_CACHE_HOME: cacheHome }, encoding: 'utf8' });
    const fileCount = () => fs.readFileSync(cached, 'latin1').split('\n')[1];
    run([week(2)]);
    assert.equal(fileCount(), '1');
    const written = fs.readFileSync(cached);
    run([week(3), week(4)]);
    assert.deepEqual(fs.readFileSync(cached), written, 'two files are not more than twice one: the cache stays');
    const wide = run(['content']);
    assert.equal(fileCount(), '5');
    assert.notDeepEqual(fs.readFileSync(cached), written);
    assert.equal(run(['content']).stdout, wide.stdout);
  });

  it('runs the same when the cache folder cannot be made (a file stands in its place)', () => {
    const root = sites.site({ [WEEK2]: PAGE });
    const expected = lint(root, { XDG_CACHE_HOME: sites.site({}) });
    const cacheHome = sites.site({ 'worklog-studio/code': 'a file, not a folder' });
    assert.deepEqual(lint(root, { XDG_CACHE_HOME: cacheHome }), expected);
  });
});
