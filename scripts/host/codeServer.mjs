// Starts and always stops code-server (real VS Code workbench + Node extension host) and headless chromium.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { hostPaths, node24Env, repoRoot } from './install.mjs';
import { installLanguagePack } from './languagePack.mjs';

export { repoRoot };

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--disable-crash-reporter',
];

/** User settings for a quiet, deterministic workbench (no welcome page, tips, update or telemetry). */
export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'git.enabled': false,
  'files.autoSave': 'off',
  'files.hotExit': 'off',
  // The secondary side bar (chat) would otherwise take a third of the window and of every screenshot.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** `npm start` and the newcomer UI test: VS Code's Welcome page opens, where the Worklog walkthrough is listed. */
export const NEWCOMER_SETTINGS = { 'workbench.startupEditor': 'welcomePage' };

// ---------------------------------------------------------------------------------------------
// Cleanup registry: every started process registers here so exit, Ctrl-C, SIGTERM and crashes stop it.

const cleanups = new Set();
/** Exit codes after a signal; `npm start` sets them to 0 because Ctrl-C is how it is meant to end. */
export const signalExitCodes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
let handlersInstalled = false;

async function runCleanups() {
  await Promise.allSettled([...cleanups].map((entry) => entry.stop()));
}

/**
 * Registers a started resource. `stop` runs once (later calls share its promise) and the entry stays registered
 * until it finished, so an exit in the middle still reaches `killNow`.
 */
function register(stopOnce, killNow) {
  let stopping;
  const entry = {
    stop() {
      stopping ??= stopOnce().finally(() => cleanups.delete(entry));
      return stopping;
    },
    isStopping: () => stopping !== undefined,
    killNow,
  };
  cleanups.add(entry);
  return entry;
}

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // 'exit' cannot wait, so it only sends SIGKILL to whatever is still registered.
  process.on('exit', () => {
    for (const entry of cleanups) entry.killNow();
  });
  for (const signal of Object.keys(signalExitCodes)) {
    process.on(signal, () => {
      console.error(`\n[host] ${signal}: stopping code-server and chromium ...`);
      runCleanups().finally(() => process.exit(signalExitCodes[signal]));
    });
  }
  for (const event of ['uncaughtException', 'unhandledRejection']) {
    process.on(event, (error) => {
      // While mocha runs in this process (E2E) it has its own listener and fails the current test instead.
      if (process.listenerCount(event) > 1) return;
      console.error('[host] fatal:', error);
      runCleanups().finally(() => process.exit(1));
    });
  }
}

/** Stops everything started through this module (for runners' finally blocks). */
export function stopAll() {
  return runCleanups();
}

/**
 * Copies `dir` to a fresh temp folder that is removed with everything else (also on Ctrl-C or a crash):
 * tests edit and may save files, and the checked-in fixtures must stay as they are.
 */
export function tempCopy(dir, prefix = 'worklog-studio-ws-') {
  installHandlers();
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  // Same folder name as the original, so window titles and workspace names match the fixtures.
  const copy = path.join(parent, path.basename(dir));
  fs.cpSync(dir, copy, { recursive: true });
  register(
    async () => fs.rmSync(parent, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }),
    () => fs.rmSync(parent, { recursive: true, force: true }),
  );
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Ports

function canListen(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

function somebodyAnswers(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A loopback port that we could bind and that nobody answers on (so we never test someone else's server). */
export async function findFreePort(preferred) {
  if (preferred) {
    if ((await canListen(preferred)) && !(await somebodyAnswers(preferred))) return preferred;
    throw new Error(`port ${preferred} on 127.0.0.1 is busy; choose another one or leave it unset`);
  }
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise((resolve, reject) => {
      const server = net.createServer();
      server.unref();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    if (port > 0 && (await canListen(port)) && !(await somebodyAnswers(port))) return port;
  }
  throw new Error('could not find a free loopback port');
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.once('timeout', () => request.destroy());
    request.once('error', () => resolve(0));
  });
}

// ---------------------------------------------------------------------------------------------
// Processes

function groupAlive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

async function stopGroup(pid, graceMs = 5000) {
  killGroup(pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pid)) {
    killGroup(pid, 'SIGKILL');
    const hardDeadline = Date.now() + 3000;
    while (groupAlive(pid) && Date.now() < hardDeadline) await sleep(100);
  }
}

/**
 * Pids of processes whose environment has HOME=<home>. Every process we start gets its own temp HOME, so this
 * finds exactly our stragglers, including those that left our process group (chromium's crashpad handler, ptys).
 */
function pidsWithHome(home) {
  const needle = `\0HOME=${home}\0`;
  const pids = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      if (`\0${fs.readFileSync(`/proc/${entry}/environ`, 'latin1')}`.includes(needle)) pids.push(Number(entry));
    } catch {
      // Gone meanwhile, or not ours to read.
    }
  }
  return pids;
}

function killPids(pids, signal) {
  for (const pid of pids) {
    try {
      process.kill(pid, signal);
    } catch {
      // Already gone.
    }
  }
}

/** Gives stragglers using `home` a moment to exit on their own, then kills them. */
async function reapHome(home, graceMs = 3000) {
  const deadline = Date.now() + graceMs;
  while (pidsWithHome(home).length > 0 && Date.now() < deadline) await sleep(100);
  const left = pidsWithHome(home);
  if (left.length === 0) return;
  killPids(left, 'SIGKILL');
  const hardDeadline = Date.now() + 2000;
  while (pidsWithHome(home).length > 0 && Date.now() < hardDeadline) await sleep(100);
}

/** Env for code-server: Node 24 first on PATH, a private HOME, and nothing that redirects or reconfigures it. */
function serverEnv(home, extra) {
  const env = node24Env(hostPaths());
  for (const key of Object.keys(env)) {
    // VSCODE_IPC_HOOK_CLI etc. (set in a VS Code terminal) would make code-server talk to that other instance.
    if (key.startsWith('VSCODE_') || key.startsWith('CODE_SERVER_')) delete env[key];
  }
  // $PORT overrides --bind-addr in code-server; passwords and loaders are not ours to inherit.
  for (const key of ['PORT', 'PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN', 'NODE_OPTIONS', 'ELECTRON_RUN_AS_NODE']) delete env[key];
  return {
    ...env,
    HOME: home,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    XDG_STATE_HOME: path.join(home, '.local', 'state'),
    ...extra,
  };
}

function toRemoteUri(origin, absolutePath) {
  const host = new URL(origin).host;
  const encoded = path.resolve(absolutePath).split(path.sep).map(encodeURIComponent).join('/');
  return `vscode-remote://${host}${encoded}`;
}

/**
 * Starts code-server on a free loopback port and resolves once it answers HTTP.
 * @param {object} options
 * @param {string} [options.name] label for logs
 * @param {number} [options.port] fixed port (fails if busy)
 * @param {Record<string, unknown>} [options.settings] extra user settings
 * @param {Record<string, string>} [options.env] extra env (reaches the extension host)
 * @param {boolean} [options.disableWorkspaceTrust]
 * @param {string} [options.locale] display language, e.g. `vi` (a minimal language pack for it is installed)
 * @param {string} [options.logFile] where code-server's own output goes (default: inside the temp dir)
 * @param {boolean} [options.echo] also print code-server's output
 * @param {boolean} [options.quiet] no line of our own once it listens (`npm start` prints the URL itself)
 */
export async function startCodeServer(options = {}) {
  installHandlers();
  // options.host: another code-server and the Node that runs it (the oldest supported VS Code).
  const paths = { ...hostPaths(), ...options.host };
  if (!fs.existsSync(paths.codeServerEntry) || !fs.existsSync(paths.nodeBin)) {
    throw new Error(`code-server is not installed in ${paths.root}: run \`npm run host:install\``);
  }
  const name = options.name ?? 'code-server';
  const attempts = options.port ? 1 : 3;
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = await findFreePort(options.port);
    try {
      return await startOnPort(paths, port, name, options);
    } catch (error) {
      lastError = error;
      // Another process may grab the port between our check and code-server's bind; just try another one.
      if (!String(error?.message).includes('EADDRINUSE')) throw error;
      console.error(`[${name}] port ${port} was taken meanwhile, retrying`);
    }
  }
  throw lastError;
}

function installExtension(paths, baseArgs, vsix, env, log) {
  const result = spawnSync(paths.nodeBin, [paths.codeServerEntry, ...baseArgs, '--install-extension', vsix], { env, encoding: 'utf8', timeout: 120_000 });
  log.write(`[install] ${vsix}\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  if (result.status !== 0) throw new Error(`code-server --install-extension ${vsix} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
}

async function startOnPort(paths, port, name, options) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-studio-host-'));
  const home = path.join(tmp, 'home');
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  for (const dir of [home, path.join(userDataDir, 'User'), extensionsDir]) fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    `${JSON.stringify({ ...DEFAULT_SETTINGS, ...options.settings }, null, 2)}\n`,
  );
  const configFile = path.join(tmp, 'config.yaml');
  fs.writeFileSync(configFile, '# not the user config: every other option is on the command line\nauth: none\n');
  const logFile = options.logFile ?? path.join(tmp, 'code-server.log');
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = fs.createWriteStream(logFile);

  const args = [
    paths.codeServerEntry,
    '--config', configFile,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--ignore-last-opened',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  // Without it a built VS Code silently ignores the URL payload (extensionDevelopmentPath / extensionTestsPath);
  // the oldest host (options.host) has no such option and gets no payload.
  if (!options.host) args.push('--vscode-option', 'enable-smoke-test-driver');
  if (options.disableWorkspaceTrust) args.push('--disable-workspace-trust');
  // A built .vsix goes in the way a user installs it, before the server starts (the installed-package UI test).
  for (const vsix of options.installExtensions ?? []) installExtension(paths, ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir], vsix, serverEnv(home, options.env ?? {}), log);
  if (options.locale) {
    installLanguagePack({ locale: options.locale, extensionsDir, userDataDir });
    args.push('--locale', options.locale);
  }

  // detached: own process group, so `kill -- -pgid` also reaches the extension host and watchers.
  const child = spawn(paths.nodeBin, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: serverEnv(home, options.env ?? {}),
  });
  const pid = child.pid;
  if (!pid) throw new Error('could not spawn code-server');

  let output = '';
  let exited = null;
  const onData = (chunk) => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    log.write(text);
    if (options.echo) process.stdout.write(text.replace(/^(?=.)/gm, `[${name}] `));
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exitPromise = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });

  const entry = register(
    async () => {
      await stopGroup(pid);
      await reapHome(home);
      log.end();
      // Children may briefly recreate files in the user-data dir; retry the removal.
      fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
    () => {
      killGroup(pid, 'SIGKILL');
      killPids(pidsWithHome(home), 'SIGKILL');
      fs.rmSync(tmp, { recursive: true, force: true });
    },
  );

  const origin = `http://127.0.0.1:${port}`;
  const started = Date.now();
  const deadline = started + 60_000;
  try {
    // Ready = our process logged that it listens on our port AND the port answers HTTP.
    for (;;) {
      if (exited) {
        throw new Error(`code-server exited early (${exited.code ?? exited.signal}):\n${output.slice(-3000)}`);
      }
      if (output.includes(`HTTP server listening on ${origin}`) && (await httpStatus(`${origin}/healthz`)) === 200) break;
      if (Date.now() > deadline) throw new Error(`code-server did not answer on ${origin} within 60 s:\n${output.slice(-3000)}`);
      await Promise.race([sleep(200), exitPromise]);
    }
  } catch (error) {
    await entry.stop();
    throw error;
  }
  if (!options.quiet) console.log(`[${name}] code-server pid ${pid} listening on ${origin} (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);

  return {
    port,
    pid,
    origin,
    tmpDir: tmp,
    userDataDir,
    logFile,
    /** Last lines of code-server's own output (server side, not the extension host's console). */
    output: () => output,
    exited: exitPromise,
    stop: () => entry.stop(),
    /** True once stop() began (e.g. from Ctrl-C), so an exit of code-server is expected. */
    isStopping: () => entry.isStopping(),
    /**
     * Workbench URL opening `folder`; the payload loads the extension under development and optionally runs tests.
     * @param {{ folder: string, extensionDevelopmentPath?: string, extensionTestsPath?: string, extensionDevelopmentKind?: 'web' }} target
     */
    workbenchUrl(target) {
      const url = new URL(`${origin}/`);
      url.searchParams.set('folder', path.resolve(target.folder));
      const payload = [];
      if (target.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', toRemoteUri(origin, target.extensionDevelopmentPath)]);
      if (target.extensionTestsPath) payload.push(['extensionTestsPath', toRemoteUri(origin, target.extensionTestsPath)]);
      // 'web' runs the extension under development in the browser's web worker extension host, as on github.dev.
      if (target.extensionDevelopmentKind) payload.push(['extensionDevelopmentKind', target.extensionDevelopmentKind]);
      if (payload.length > 0) url.searchParams.set('payload', JSON.stringify(payload));
      return url.toString();
    },
  };
}

/**
 * Launches Debian chromium through playwright-core with a private HOME (no crash reports in ~/.config).
 * @param {{ headless?: boolean }} [options]
 */
export async function launchChromium(options = {}) {
  installHandlers();
  const { chromium } = await import('playwright-core');
  const paths = hostPaths();
  if (!fs.existsSync(paths.chromium)) throw new Error(`chromium is missing at ${paths.chromium}: run \`npm run host:install\``);
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-studio-chromium-'));
  const browser = await chromium.launch({
    executablePath: paths.chromium,
    headless: options.headless ?? true,
    args: CHROMIUM_ARGS,
    timeout: 60_000,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_CACHE_HOME: path.join(home, '.cache'),
    },
  });
  const entry = register(
    async () => {
      await browser.close().catch(() => undefined);
      // The crashpad handler runs in its own process group and can outlive the browser for a few seconds.
      await reapHome(home);
      fs.rmSync(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
    () => {
      // playwright-core kills the browser on exit itself; what escaped its process group is ours to kill.
      killPids(pidsWithHome(home), 'SIGKILL');
      fs.rmSync(home, { recursive: true, force: true });
    },
  );
  return { browser, close: () => entry.stop() };
}

/** Runs `fn` with a hard time limit; the returned promise rejects with a clear message on expiry. */
export async function withTimeout(ms, label, fn) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: timed out after ${Math.round(ms / 1000)} s`)), ms);
  });
  try {
    return await Promise.race([fn(), expired]);
  } finally {
    clearTimeout(timer);
  }
}
