#!/usr/bin/env node
// In-host integration tests: mocha runs inside a real VS Code extension host (code-server) driven by headless chromium.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { ensureHost, repoRoot } from './install.mjs';
import { buildExtension, buildTests } from './build-tests.mjs';
import { launchChromium, startCodeServer, stopAll, tempCopy, withTimeout } from './codeServer.mjs';

const timeoutMs = Number(process.env.WORKLOG_STUDIO_TEST_TIMEOUT_MS ?? 20 * 60_000);
const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const resultsDir = path.join(repoRoot, 'test-results');
const verbose = process.env.WORKLOG_STUDIO_VERBOSE === '1';

// Workbench chatter that is expected offline; WORKLOG_STUDIO_VERBOSE=1 shows it again.
const NOISE = [
  /ENOTFOUND open-vsx\.org/,
  /Timed out waiting for authentication provider 'github'/,
  /Aborted onWillSaveTextDocument-event after/,
  /^Updating additional builtin extensions cache/,
  /^Creating a socket \(renderer-/,
  /^Resolv(ing|ed) connection token/,
  /^\[reconnection-grace-time\]/,
  /^\[Service Worker\] registered/,
  /^\[AccountPolicyGate\]/,
  /^\[AgentHost:remote\]/,
  /^Creation of workbench contribution '.*' took \d+ms/,
];

async function main() {
  const started = Date.now();
  await ensureHost();
  buildExtension();
  await buildTests(['integration']);
  const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');

  const server = await startCodeServer({
    name: 'integration',
    logFile: path.join(resultsDir, 'logs', 'integration-code-server.log'),
    echo: verbose,
    // The fixture workspace is ours: trusted, as the UI runs have it, so trust-gated features (the online check) run.
    disableWorkspaceTrust: true,
    env: process.env.WORKLOG_STUDIO_GREP ? { WORKLOG_STUDIO_GREP: process.env.WORKLOG_STUDIO_GREP } : {},
  });
  const { browser } = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });

  let reportExit;
  const exitCode = new Promise((resolve) => {
    reportExit = resolve;
  });
  // The workbench calls these (smoke-test driver protocol, as in @vscode/test-web).
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // Entries are printf-style (mocha's spec reporter sends '%s%s' templates), so format them like console.log.
    const line = format(...(Array.isArray(args) ? args : [args]));
    if (!verbose && NOISE.some((pattern) => pattern.test(line))) return;
    (type === 'error' ? console.error : console.log)(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
  if (verbose) page.on('console', (message) => console.log(`[page:${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));

  // Tests edit and may save pages, so they get a fresh copy of the fixture workspace each run (removed by stopAll).
  const workspace = tempCopy(fixtureWorkspace);
  const url = server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: repoRoot, extensionTestsPath });
  console.log(`[integration] opening ${url}`);
  // A loaded machine can take well over the default 30 s to serve the workbench's first page.
  await page.goto(url, { timeout: 180_000 });

  let code;
  try {
    code = await withTimeout(timeoutMs, 'integration tests', () => exitCode);
  } catch (error) {
    fs.mkdirSync(path.join(resultsDir, 'screenshots'), { recursive: true });
    const shot = path.join(resultsDir, 'screenshots', 'integration-timeout.png');
    await page.screenshot({ path: shot }).catch(() => undefined);
    console.error(`[integration] FAILED: ${error.message}; the extension host never reported an exit code.`);
    console.error(`[integration] screenshot: ${shot}; code-server log: ${server.logFile}`);
    console.error('[integration] last code-server output:\n' + server.output().slice(-2000));
    code = 1;
  }
  await stopAll();
  console.log(`[integration] exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return code;
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(`[integration] error: ${error instanceof Error ? error.stack : String(error)}`);
    await stopAll();
    process.exit(1);
  },
);
