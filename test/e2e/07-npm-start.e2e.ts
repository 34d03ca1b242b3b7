// `npm start` with the host installed: one line while code-server starts, then the URL, which serves the workbench;
// Ctrl-C stops it and exits cleanly. The runner has just built the bundle, so an `npm` of the test's own skips that.
import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { session } from './helpers';

describe('npm start', function () {
  this.timeout(120_000);
  let child: ChildProcess | undefined;
  let tmp: string;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-start-'));
    fs.writeFileSync(path.join(tmp, 'npm'), ['#!/bin/sh', 'if [ "$1" = run ]; then exit 0; fi', 'echo "npm $* was not expected: the host is installed" >&2', 'exit 1', ''].join('\n'), { mode: 0o755 });
  });

  after(async () => {
    // Ctrl-C lets the script stop its code-server; a kill would leave that running.
    const running = child;
    if (running && running.exitCode === null) {
      const gone = new Promise((resolve) => running.on('exit', resolve));
      running.kill('SIGINT');
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('prints one line while it starts, then the URL of the example, which serves the workbench; Ctrl-C ends it with 0', async () => {
    const { repoRoot } = session();
    const started = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'host', 'start.mjs')], {
      cwd: repoRoot,
      env: { ...process.env, PATH: `${tmp}${path.delimiter}${process.env.PATH ?? ''}`, WORKLOG_STUDIO_USE_CODE_SERVER: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    let stdout = '';
    let stderr = '';
    started.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    started.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => started.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 90_000;
    while (!/Ctrl-C to stop/.test(stdout) && started.exitCode === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));

    const lines = stdout.trimEnd().split('\n');
    const url = lines.find((line) => line.startsWith('  http'))?.trim() ?? '';
    const example = path.join(repoRoot, 'example');
    assert.equal(lines[0], '[start] starting VS Code (code-server) ...', `${stdout}\n${stderr}`);
    assert.equal(lines[2], `[start] VS Code (code-server) with Worklog Studio from ${repoRoot}, on ${example}`);
    assert.match(lines[3], /^\[start\] open this URL in a browser on this machine \(or forward port \d+\):$/);
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/\?folder=/);
    assert.equal(new URL(url).searchParams.get('folder'), example);
    assert.equal(lines[lines.length - 1], '[start] press Ctrl-C to stop.');
    const response = await fetch(url);
    assert.equal(response.status, 200);
    assert.match(await response.text(), /workbench/);

    started.kill('SIGINT');
    assert.equal(await exited, 0, stderr);
    child = undefined;
  });
});
