#!/usr/bin/env node
// UI end-to-end tests: a real VS Code workbench (code-server) with the extension under development, driven by chromium.
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { ensureHost, repoRoot } from './install.mjs';
import { buildExtension, buildTests, packagedVsix } from './build-tests.mjs';
import { NEWCOMER_SETTINGS, launchChromium, startCodeServer, stopAll, tempCopy, withTimeout } from './codeServer.mjs';

const timeoutMs = Number(process.env.WORKLOG_STUDIO_TEST_TIMEOUT_MS ?? 20 * 60_000);
const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');
const resultsDir = path.join(repoRoot, 'test-results');
const screenshotsDir = path.join(resultsDir, process.argv.includes('--installed') ? 'screenshots-installed' : 'screenshots');
const verbose = process.env.WORKLOG_STUDIO_VERBOSE === '1';
// Optional filter, e.g. WORKLOG_STUDIO_GREP="Quick Open".
const grep = process.env.WORKLOG_STUDIO_GREP;
// `--locale vi` runs the workbench in that display language with the suite written for it (test/e2e-vi).
const localeArg = process.argv.indexOf('--locale');
const locale = localeArg > 0 ? process.argv[localeArg + 1] : undefined;
// `--web` runs the extension in the web worker extension host (github.dev, vscode.dev) with test/e2e-web.
const web = process.argv.includes('--web');
// `--installed` runs the suite against the built .vsix installed into code-server, as users have it: no
// "[Extension Development Host]" in the title, so the README's pictures come from such a run (npm run docs:images).
const installed = process.argv.includes('--installed');
const suite = web ? 'e2e-web' : locale ? `e2e-${locale}` : 'e2e';

async function main() {
  const started = Date.now();
  await ensureHost();
  // A fresh package: it also rebuilds dist/ (the CLI the report tests run).
  const vsix = installed ? packagedVsix({ fresh: true }) : undefined;
  if (!installed) buildExtension();
  const files = await buildTests([suite]);
  const outDir = path.join(repoRoot, 'out', 'test', suite);
  if (files.length === 0) throw new Error(`no test/${suite}/*.e2e.ts files`);

  const server = await startCodeServer({
    name: suite,
    logFile: path.join(resultsDir, 'logs', `${suite}-code-server.log`),
    locale,
    // code-server's web build ignores the payload's extensionDevelopmentKind (only the native environment reads it);
    // remote.extensionKind moves the extension to the web worker host, as github.dev runs it.
    ...(web ? { settings: { 'remote.extensionKind': { 'worklog-studio.worklog-studio': ['web'] } } } : {}),
    echo: verbose,
    // A second window on a new folder (the welcome test) would otherwise put every window in Restricted Mode.
    disableWorkspaceTrust: true,
    ...(vsix ? { installExtensions: [vsix] } : {}),
  });
  const { browser } = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(30_000);
  if (verbose) page.on('console', (message) => console.log(`[page:${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));

  // UI tests may edit pages too, so they also get a fresh copy of the fixture workspace (removed by stopAll).
  const workspace = tempCopy(fixtureWorkspace);
  const workbenchUrl = server.workbenchUrl({ folder: workspace, ...(installed ? {} : { extensionDevelopmentPath: repoRoot }), ...(web ? { extensionDevelopmentKind: 'web' } : {}) });
  console.log(`[e2e] opening ${workbenchUrl}`);
  // A loaded machine can take well over the default 30 s to serve the workbench's first page.
  await page.goto(workbenchUrl, { timeout: 180_000 });
  /** A second code-server and browser context as `npm start` opens them: fresh profile, the example, Welcome page. */
  const startNewcomer = async () => {
    const fresh = await startCodeServer({
      name: 'newcomer',
      logFile: path.join(resultsDir, 'logs', 'e2e-newcomer-code-server.log'),
      disableWorkspaceTrust: true,
      settings: NEWCOMER_SETTINGS,
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const newcomerPage = await context.newPage();
    newcomerPage.setDefaultTimeout(30_000);
    const example = tempCopy(path.join(repoRoot, 'example'));
    const url = fresh.workbenchUrl({ folder: example, extensionDevelopmentPath: repoRoot });
    return {
      page: newcomerPage,
      workspace: example,
      workbenchUrl: url,
      close: async () => {
        await context.close().catch(() => undefined);
        await fresh.stop();
      },
    };
  };
  /** One more code-server with workspace trust on, opening a folder it has never trusted: Restricted Mode. */
  const startUntrusted = async () => {
    const server = await startCodeServer({
      name: 'untrusted',
      logFile: path.join(resultsDir, 'logs', 'e2e-untrusted-code-server.log'),
      settings: { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never' },
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const untrustedPage = await context.newPage();
    untrustedPage.setDefaultTimeout(30_000);
    // The workspace is the copy's site/ folder, so the copy's outside.md lies beside it, outside the workspace.
    const folder = path.join(tempCopy(path.join(repoRoot, 'test', 'fixtures', 'untrusted')), 'site');
    return {
      page: untrustedPage,
      workspace: folder,
      workbenchUrl: server.workbenchUrl({ folder, extensionDevelopmentPath: repoRoot }),
      close: async () => {
        await context.close().catch(() => undefined);
        await server.stop();
      },
    };
  };
  globalThis.worklogE2E = { page, workbenchUrl, workspace, repoRoot, screenshotsDir, startNewcomer, startUntrusted };

  // Screenshot at the moment of failure: the 'fail' event fires before the suites' afterEach hooks tidy the UI.
  const pendingShots = [];
  const takeFailureShot = (test) => {
    fs.mkdirSync(screenshotsDir, { recursive: true });
    const name = `FAILED-${test.fullTitle()}`.replace(/[^\w.-]+/g, '-').slice(0, 120);
    pendingShots.push(page.screenshot({ path: path.join(screenshotsDir, `${name}.png`) }).catch(() => undefined));
  };
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    timeout: 120_000,
    ...(grep ? { grep } : {}),
    rootHooks: {
      async afterEach() {
        await Promise.all(pendingShots.splice(0));
      },
    },
  });
  for (const file of fs.readdirSync(outDir).filter((name) => name.endsWith('.e2e.js')).sort()) mocha.addFile(path.join(outDir, file));

  let failures;
  try {
    failures = await withTimeout(timeoutMs, 'E2E tests', () => new Promise((resolve) => mocha.run(resolve).on('fail', takeFailureShot)));
  } catch (error) {
    console.error(`[e2e] FAILED: ${error.message}; code-server log: ${server.logFile}`);
    await page.screenshot({ path: path.join(screenshotsDir, 'e2e-timeout.png') }).catch(() => undefined);
    failures = 1;
  }
  await Promise.all(pendingShots);
  await stopAll();
  console.log(`[e2e] ${failures === 0 ? 'passed' : `${failures} failure(s)`} in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${path.relative(repoRoot, screenshotsDir)}/`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(`[e2e] error: ${error instanceof Error ? error.stack : String(error)}`);
    await stopAll();
    process.exit(1);
  },
);
