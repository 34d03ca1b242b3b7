#!/usr/bin/env node
// Bundles the in-host integration tests (out/test/integration) and the UI E2E tests (out/test/e2e) with esbuild.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'warning',
  absWorkingDir: repoRoot,
};

function entries(dir, pattern) {
  const abs = path.join(repoRoot, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs).filter((file) => pattern.test(file)).sort().map((file) => path.join(dir, file));
}

/** Builds one suite into a clean folder, so a deleted test never lingers as a stale .js file. */
async function buildSuite(name, entryPoints, external) {
  const outdir = path.join(repoRoot, 'out', 'test', name);
  fs.rmSync(outdir, { recursive: true, force: true });
  if (entryPoints.length === 0) return [];
  await esbuild.build({ ...common, entryPoints, outdir, external });
  return entryPoints;
}

/** `npm run build`: the extension bundle (dist/extension.js) the host loads from the repo root; `quiet` shows its output only when it fails. */
export function buildExtension({ quiet = false } = {}) {
  const started = Date.now();
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: repoRoot, stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`npm run build failed (${result.status ?? result.signal})${quiet ? `:\n${result.stdout ?? ''}${result.stderr ?? ''}` : ''}`);
  if (!quiet) console.log(`[build] npm run build: ${Date.now() - started} ms`);
}

/** The built .vsix (npm test builds it in test:package); packaged first when missing, `fresh` or WORKLOG_STUDIO_REPACKAGE=1. */
export function packagedVsix({ fresh = false } = {}) {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const vsix = path.join(repoRoot, `${name}-${version}.vsix`);
  if (fresh || !fs.existsSync(vsix) || process.env.WORKLOG_STUDIO_REPACKAGE === '1') {
    const result = spawnSync('npm', ['run', 'package', '--silent'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    if (result.status !== 0) throw new Error(`npm run package failed (${result.status ?? result.signal})`);
  }
  return vsix;
}

export async function buildTests(suites = ['integration', 'e2e']) {
  const started = Date.now();
  const built = [];
  if (suites.includes('integration')) {
    // vscode comes from the extension host; mocha is resolved at runtime from the repo's node_modules.
    const files = ['test/integration/index.ts', ...entries('test/integration', /\.test\.ts$/)];
    built.push(...(await buildSuite('integration', files, ['vscode', 'mocha'])));
  }
  if (suites.includes('e2e')) {
    built.push(...(await buildSuite('e2e', entries('test/e2e', /\.e2e\.ts$/), ['playwright-core', 'mocha'])));
  }
  if (suites.includes('installed')) {
    built.push(...(await buildSuite('installed', entries('test/installed', /\.e2e\.ts$/), ['playwright-core', 'mocha'])));
  }
  for (const suite of suites.filter((s) => s.startsWith('e2e-'))) {
    built.push(...(await buildSuite(suite, entries(`test/${suite}`, /\.e2e\.ts$/), ['playwright-core', 'mocha'])));
  }
  console.log(`[build-tests] ${built.length} entry points bundled into out/test/ in ${Date.now() - started} ms`);
  return built;
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const suites = process.argv.slice(2);
  buildTests(suites.length > 0 ? suites : undefined).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
