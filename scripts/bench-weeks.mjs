// The Weeks view's model alone on the generated corpus of 2,000 week pages (`npm run bench:weeks`); `npm run bench`
// prints the same rows among the checker's figures.
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './bench/generate.mjs';
import { allFiles, gc, markdownFiles, renderTable } from './bench/measure.mjs';
import { WEEKS_GOALS, measureWeeks, reportWeeks } from './bench/weeks.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-bench-weeks-'));
try {
  const outfile = path.join(temp, 'core.cjs');
  await esbuild.build({ entryPoints: [path.join(ROOT, 'src', 'core', 'index.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'silent' });
  const core = createRequire(import.meta.url)(outfile);
  if (!gc()) console.warn('bench: run with --expose-gc (npm run bench:weeks does) to measure heap per page.\n');
  const dir = path.join(temp, 'generated');
  generateCorpus(dir, { weekPages: 2000 });
  const docs = markdownFiles(allFiles(dir)).map((file) => ({ path: file, text: core.decodePage(fs.readFileSync(file)).text ?? '' }));
  const weeks = measureWeeks(core, docs, Number(process.env.WORKLOG_BENCH_RUNS) || 5);
  const fmt = (n, digits = 1) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const rows = [];
  reportWeeks((label, get) => rows.push([label, get({ weeks })]), fmt);
  console.log(`\nWeeks view model — Node ${process.version}, ${weeks.pages} pages (week pages and section indexes)\n`);
  console.log(renderTable(['', 'generated'], rows));
  const met = (ok) => (ok ? 'met' : 'NOT met');
  console.log(`\nGoals: cold ≤ ${WEEKS_GOALS.coldMs} ms (${met(weeks.coldMs <= WEEKS_GOALS.coldMs)}), one page ≤ ${WEEKS_GOALS.updateMs} ms (${met(weeks.updateMs <= WEEKS_GOALS.updateMs)}). Load average ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} CPUs.`);
} finally {
  fs.rmSync(temp, { recursive: true, force: true });
}
