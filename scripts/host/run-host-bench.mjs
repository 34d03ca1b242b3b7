#!/usr/bin/env node
// `npm run bench:host`: the extension's speed inside a real extension host (code-server), on a generated 2,000-page workspace.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import { editBenchPage as weekPage, generateCorpus } from '../bench/generate.mjs';
import { launchChromium, startCodeServer, stopAll, withTimeout } from './codeServer.mjs';
import { ensureHost, repoRoot } from './install.mjs';
import { spawnSync } from 'node:child_process';

async function main() {
  await ensureHost();
  const build = spawnSync('node', ['esbuild.mjs', '--production'], { cwd: repoRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('production build failed');
  const bundleKb = fs.statSync(path.join(repoRoot, 'dist', 'extension.js')).size / 1024;
  const outdir = path.join(repoRoot, 'out', 'test', 'bench-host');
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({ entryPoints: [path.join(repoRoot, 'test', 'bench-host', 'index.ts')], outdir, bundle: true, platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'], logLevel: 'warning' });

  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-bench-ws-'));
  const corpus = generateCorpus(path.join(workspace, 'generated'), { weekPages: 2000 });
  const bench = path.join(workspace, 'bench', 'content', '1-Worklog');
  fs.mkdirSync(path.join(bench, '1.1-Week1'), { recursive: true });
  fs.mkdirSync(path.join(bench, '1.2-Week2'), { recursive: true });
  fs.writeFileSync(path.join(bench, '1.1-Week1', '_index.md'), weekPage(1, 32));
  fs.writeFileSync(path.join(bench, '1.2-Week2', '_index.md'), weekPage(2, 760));
  // A 300 KB week no check has read: not Markdown until the benchmark renames it, so the start-up check skips it.
  const cold = path.join(workspace, 'cold', 'content', '1-Worklog', '1.1-Week1');
  fs.mkdirSync(cold, { recursive: true });
  fs.writeFileSync(path.join(cold, '_index.md.txt'), weekPage(1, 760));
  console.log(`[bench:host] workspace: ${JSON.stringify(corpus)}; dist/extension.js (production) ${bundleKb.toFixed(1)} KB (goal ≤ 400 KB)`);

  const server = await startCodeServer({ name: 'bench-host', logFile: path.join(repoRoot, 'test-results', 'logs', 'bench-host-code-server.log') });
  const { browser } = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  let reportExit;
  const exited = new Promise((resolve) => (reportExit = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const line = format(...(Array.isArray(args) ? args : [args]));
    if (/Worklog Studio in the real extension host|own work|diagnostics event|first check|background check|activation/.test(line)) console.log(line);
  });
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code)));
  await page.goto(server.workbenchUrl({ folder: workspace, extensionDevelopmentPath: repoRoot, extensionTestsPath: path.join(outdir, 'index.js') }));
  let code = 1;
  try {
    code = await withTimeout(20 * 60_000, 'host benchmark', () => exited);
  } finally {
    await stopAll();
    fs.rmSync(workspace, { recursive: true, force: true });
    spawnSync('node', ['esbuild.mjs'], { cwd: repoRoot, stdio: 'ignore' });
  }
  return code;
}

main().then(
  (code) => process.exit(code),
  async (error) => {
    console.error(`[bench:host] ${error instanceof Error ? error.stack : String(error)}`);
    await stopAll();
    process.exit(1);
  },
);
