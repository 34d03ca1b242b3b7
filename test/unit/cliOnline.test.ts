// worklog-lint --online end to end: lab links remapped to a local server on 127.0.0.1, the cache, Ctrl+C.
import * as assert from 'node:assert/strict';
import * as esbuild from 'esbuild';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main';
import { usage } from '../../src/cli/args';
import { LinkServer, startLinkServer } from './linkServer';

const ROOT = path.resolve(__dirname, '..', '..');
const HEAD = '| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';

function weekPage(rows: string[]): string {
  const cells = rows.map((link, i) => `| ${i + 2} | Lab work | 09/${String(8 + i).padStart(2, '0')}/2025 | 09/${String(8 + i).padStart(2, '0')}/2025 | ${link} |`);
  return `---\ntitle: "Week 1 Worklog"\nweight: 1\n---\n\n${HEAD}${cells.join('\n')}\n`;
}

interface JsonReport {
  files: Array<{ path: string; diagnostics: Array<{ code: string; severity: string; message: string; line: number }> }>;
}

describe('worklog-lint --online', function () {
  this.timeout(30_000);
  let server: LinkServer;
  let root: string;
  let cacheHome: string;
  let remapArg: string;

  before(async () => {
    server = await startLinkServer();
    remapArg = `^https://(\\d{6})\\.awsstudygroup\\.com/(.*)$ http://127.0.0.1:${server.port}/$1/$2`;
  });
  after(() => server.close());
  beforeEach(() => {
    server.reset();
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-online-'));
    cacheHome = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-cache-'));
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(cacheHome, { recursive: true, force: true });
  });

  const write = (file: string, text: string) => {
    const full = path.join(root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  };
  const cli = async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, cwd: root, env: { XDG_CACHE_HOME: cacheHome } });
    return { code, stdout, stderr, report: stdout.startsWith('{') ? (JSON.parse(stdout) as JsonReport) : undefined };
  };
  const WEEK = 'content/1-Worklog/1.1-Week1/_index.md';

  it('reports link.unreachable (error) and link.unverified (hint) where the links are, and exits 1', async () => {
    write(WEEK, weekPage(['<https://000001.awsstudygroup.com/ok/>', '<https://000002.awsstudygroup.com/missing/>', '<https://000003.awsstudygroup.com/home/>', '<https://000004.awsstudygroup.com/head405/>', '<https://000006.awsstudygroup.com/error/>']));
    const { code, report, stderr } = await cli('--online', '--remap', remapArg, '--format', 'json');
    assert.equal(stderr, '');
    const online = report?.files[0].diagnostics.filter((d) => d.code.startsWith('link.un')) ?? [];
    assert.deepEqual(online.map((d) => [d.code, d.severity, d.line]), [
      ['link.unreachable', 'error', 9],
      ['link.unreachable', 'error', 10],
      ['link.unverified', 'hint', 12],
    ]);
    assert.match(online[0].message, /answered 404.*checked at http:\/\/127\.0\.0\.1:\d+\/000002\/missing\//);
    assert.match(online[1].message, /portal home page/);
    assert.match(online[2].message, /answered 500\. It is not reported as broken/);
    assert.equal(code, 1);
  });

  it('caches answers under $XDG_CACHE_HOME/worklog-studio: a second run sends nothing; --no-cache asks again', async () => {
    write(WEEK, weekPage(['<https://000001.awsstudygroup.com/ok/>', '<https://000002.awsstudygroup.com/missing/>']));
    await cli('--online', '--remap', remapArg);
    assert.equal(server.hits.length, 2);
    assert.ok(fs.existsSync(path.join(cacheHome, 'worklog-studio', 'links.json')));
    server.reset();
    const again = await cli('--online', '--remap', remapArg, '--format', 'json');
    assert.equal(server.hits.length, 0);
    assert.equal(again.report?.files[0].diagnostics.filter((d) => d.code === 'link.unreachable').length, 1);
    await cli('--online', '--remap', remapArg, '--no-cache');
    assert.equal(server.hits.length, 2);
    server.reset();
    await cli('--online', '--remap', remapArg, '--cache-ttl', '0');
    assert.equal(server.hits.length, 2, 'a TTL of 0 keeps nothing');
  });

  it('reads remap from .worklogrc.json, and skips ignoreLinks and suppressed links without a request', async () => {
    write('.worklogrc.json', JSON.stringify({ remap: [remapArg], ignoreLinks: ['000002.awsstudygroup.com'] }));
    write(WEEK, weekPage(['<https://000001.awsstudygroup.com/missing/>', '<https://000002.awsstudygroup.com/missing/>', '<https://000003.awsstudygroup.com/missing/> <!-- worklog-disable-line link.unreachable -->']));
    const { report } = await cli('--online', '--format', 'json');
    assert.deepEqual(report?.files[0].diagnostics.filter((d) => d.code === 'link.unreachable').map((d) => d.line), [8]);
    assert.deepEqual(server.hits.map((h) => h.path).sort(), ['/000001/missing/', '/000003/missing/']);
  });

  it('on a terminal, shows the count of links checked on stderr and clears it before the report', async () => {
    write(WEEK, weekPage(['<https://000001.awsstudygroup.com/ok/>', '<https://000002.awsstudygroup.com/ok/>']));
    let stderr = '';
    let stdout = '';
    await run(['--online', '--remap', remapArg], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: true, cwd: root, env: { XDG_CACHE_HOME: cacheHome, NO_COLOR: '1' } });
    assert.match(stderr, /Checking lab links 0\/2…[\s\S]*Checking lab links 2\/2…/);
    assert.ok(stderr.endsWith('\r\x1b[K'), JSON.stringify(stderr));
    assert.match(stdout, /1 file checked/);
  });

  it('without --online sends nothing', async () => {
    write(WEEK, weekPage(['<https://000002.awsstudygroup.com/missing/>']));
    const code = await run(['--remap', remapArg], { stdout: () => undefined, stderr: () => undefined, isTty: false, cwd: root, env: { XDG_CACHE_HOME: cacheHome } });
    assert.equal(code, 0);
    assert.equal(server.hits.length, 0);
    assert.equal(fs.existsSync(path.join(cacheHome, 'worklog-studio')), false);
  });

  it('a bad --remap or --cache-ttl is a usage error (exit 2); the help documents the options', async () => {
    assert.equal((await cli('--online', '--remap', '([ x')).code, 2);
    assert.equal((await cli('--online', '--remap', 'onlyone')).code, 2);
    assert.equal((await cli('--online', '--cache-ttl', 'soon')).code, 2);
    for (const option of ['--online', '--remap', '--cache-ttl', '--no-cache']) assert.ok(usage().includes(option), option);
  });

  it('Ctrl+C stops a check stuck on a hanging server within a second (exit 130)', async () => {
    write(WEEK, weekPage(['<https://000005.awsstudygroup.com/hang>']));
    // The CLI bundled as it ships, so the process starts as fast as the real one.
    const bundle = path.join(cacheHome, 'cli.js');
    await esbuild.build({ entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: bundle, logLevel: 'silent' });
    const child = spawn(process.execPath, [bundle, '--online', '--remap', remapArg, '--no-cache'], {
      cwd: root,
      env: { ...process.env, XDG_CACHE_HOME: cacheHome },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let i = 0; i < 400 && server.hits.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(server.hits.length, 1, 'the request is under way');
    const sent = Date.now();
    child.kill('SIGINT');
    const code = await exited;
    const took = Date.now() - sent;
    assert.ok(took < 1_000, `exited ${took} ms after Ctrl+C`);
    assert.equal(code, 130, stderr);
    assert.match(stderr, /link check stopped/);
  });
});
