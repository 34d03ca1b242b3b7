// The cohort report next to plain linting, alone: `npm run bench:report [-- FOLDER...]` (also part of `npm run bench`).
// Measures the generated corpus (2,000 week pages in ~80 sites, written to a temp folder), then each folder given.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './bench/generate.mjs';
import { measureReport, printReport } from './bench/report.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const invokedFrom = process.env.INIT_CWD ?? process.cwd();
const given = process.argv.slice(2).filter((a) => a !== '--').map((p) => path.resolve(invokedFrom, p));
for (const dir of given) {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    console.error(`bench:report: ${dir} is not a folder`);
    process.exit(2);
  }
}
if (!fs.existsSync(CLI)) {
  console.error('bench:report: dist/cli.js is missing; run `npm run build` (or use `npm run bench:report`).');
  process.exit(2);
}
const runs = Number(process.env.WORKLOG_BENCH_RUNS) || 5;
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-bench-report-'));
try {
  const outfile = path.join(temp, 'core.cjs');
  await esbuild.build({ entryPoints: [path.join(ROOT, 'src', 'core', 'index.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'silent' });
  const core = createRequire(import.meta.url)(outfile);
  const generated = path.join(temp, 'generated');
  generateCorpus(generated, { weekPages: 2000 });
  const results = [];
  for (const corpus of [{ name: 'generated', dir: generated }, ...given.map((dir) => ({ name: path.basename(dir), dir }))]) {
    console.error(`Measuring ${corpus.name} …`);
    results.push(measureReport(corpus, core, CLI, runs));
  }
  printReport(results);
} finally {
  fs.rmSync(temp, { recursive: true, force: true });
}
