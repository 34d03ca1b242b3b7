#!/usr/bin/env node
// UI smoke test of the built .vsix as users get it: installed into code-server with --install-extension (no
// extensionDevelopmentPath), on a site without a section index so only opening a page can activate it. It runs
// in the current Code-OSS and in the oldest the manifest claims (Code 1.90, code-server 4.90.3);
// WORKLOG_STUDIO_HOSTS=current (or oldest) runs one of them.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { ensureHost, repoRoot } from './install.mjs';
import { buildTests, packagedVsix } from './build-tests.mjs';
import { launchChromium, startCodeServer, stopAll, tempCopy, withTimeout } from './codeServer.mjs';
import { OLDEST_VSCODE_VERSION, ensureOldestHost } from './oldest.mjs';

const timeoutMs = Number(process.env.WORKLOG_STUDIO_TEST_TIMEOUT_MS ?? 10 * 60_000);
const resultsDir = path.join(repoRoot, 'test-results');
const screenshotsDir = path.join(resultsDir, 'screenshots');
const grep = process.env.WORKLOG_STUDIO_GREP;

async function runOn(hostName, host, vsix, outDir) {
  const server = await startCodeServer({
    name: `installed-${hostName}`,
    logFile: path.join(resultsDir, 'logs', `installed-${hostName}-code-server.log`),
    disableWorkspaceTrust: true,
    installExtensions: [vsix],
    ...(host ? { host } : {}),
  });
  const { browser } = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(30_000);
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));

  // One site of the fixture workspace, without its section index (content/1-Worklog/_index.md).
  const workspace = tempCopy(path.join(repoRoot, 'test', 'fixtures', 'workspace', 'site-c'));
  fs.rmSync(path.join(workspace, 'content', '1-Worklog', '_index.md'));
  const workbenchUrl = server.workbenchUrl({ folder: workspace });
  console.log(`[installed] ${hostName}: ${path.basename(vsix)} installed; opening ${workbenchUrl}`);
  await page.goto(workbenchUrl);
  globalThis.worklogE2E = { page, workbenchUrl, workspace, repoRoot, screenshotsDir, shotPrefix: hostName === 'current' ? '' : `${hostName}-` };

  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 120_000, ...(grep ? { grep } : {}) });
  for (const file of fs.readdirSync(outDir).filter((name) => name.endsWith('.e2e.js')).sort()) mocha.addFile(path.join(outDir, file));
  let failures;
  try {
    failures = await withTimeout(timeoutMs, `Installed-package UI tests (${hostName})`, () => new Promise((resolve) => mocha.run(resolve)));
  } catch (error) {
    console.error(`[installed] FAILED: ${error.message}; code-server log: ${server.logFile}`);
    failures = 1;
  }
  if (failures > 0) {
    fs.mkdirSync(screenshotsDir, { recursive: true });
    await page.screenshot({ path: path.join(screenshotsDir, `installed-${hostName}-FAILED.png`) }).catch(() => undefined);
  }
  mocha.dispose();
  await stopAll();
  return failures;
}

async function main() {
  const started = Date.now();
  const hosts = (process.env.WORKLOG_STUDIO_HOSTS ?? 'current,oldest').split(',');
  await ensureHost();
  const vsix = packagedVsix();
  const files = await buildTests(['installed']);
  if (files.length === 0) throw new Error('no test/installed/*.e2e.ts files');
  const outDir = path.join(repoRoot, 'out', 'test', 'installed');
  let failures = 0;
  if (hosts.includes('current')) failures += await runOn('current', undefined, vsix, outDir);
  if (hosts.includes('oldest')) {
    console.log(`[installed] the oldest VS Code the manifest claims: Code ${OLDEST_VSCODE_VERSION}`);
    failures += await runOn('oldest', await ensureOldestHost(), vsix, outDir);
  }
  console.log(`[installed] ${failures === 0 ? 'passed' : `${failures} failure(s)`} on ${hosts.join(' and ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(`[installed] error: ${error instanceof Error ? error.stack : String(error)}`);
    await stopAll();
    process.exit(1);
  },
);
