// Pathological pages: one character repeated in a line or a cell, deep nesting, huge tables. For each page it
// prints lint and render time at size N and 2N and the growth factor; linear work grows about 2x.
// Goals: lint <= 250 ms per 100 KB, render <= 1 s, doubling <= 2.3x.
// How it measures, so that a few-millisecond call on a busy machine still gives a ratio to trust: each call is made
// twice unmeasured at each size first (JIT tier-up at the sizes measured), then samples alternate N, 2N, N, 2N… so a
// change of load falls on both; a sample repeats the call until it has used MIN_SAMPLE_MS of CPU and keeps the CPU
// time per call (process.cpuUsage, user + system of every thread, so the collector's helper threads are billed);
// the table shows the median of the samples. No collection is forced between samples: after global.gc() the next calls
// of a line of ]( took 4-5x their usual CPU for a while, more than any sample's garbage costs the next one.
// A ratio over 2.3 that is about 2x at --size 50000 and at --size 200000 is a step, not growth: rendering one line of
// 200 KB takes 3-8x the system CPU of one of 100 KB (fresh memory for V8's large objects), 400 KB about 2x that again.
//   npm run bench:adversarial [-- --only NAME] [-- --size CHARS]
//   WORKLOG_BENCH_RUNS=N samples per measure (5), WORKLOG_BENCH_MIN_MS=T CPU ms per sample (50)
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, renderTable } from './bench/measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const SIZE = args.includes('--size') ? Number(args[args.indexOf('--size') + 1]) : 100_000;
const RUNS = Number(process.env.WORKLOG_BENCH_RUNS ?? 5);
const MIN_SAMPLE_MS = Number(process.env.WORKLOG_BENCH_MIN_MS ?? 50);
const SLOW = 5000;
const PATH = 'content/1-Worklog/1.3-Week3/_index.md';

const FRONT = '---\ntitle: "Week 3 Worklog"\nweight: 3\nchapter: false\npre: " <b> 1.3. </b> "\n---\n\n';
const HEADER = '| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';
const repeat = (unit, n) => unit.repeat(Math.max(1, Math.floor(n / unit.length)));
const inLine = (unit) => (n) => FRONT + repeat(unit, n) + '\n';
const inCell = (unit) => (n) => FRONT + HEADER + `| 2 | ${repeat(unit, n)} | 15/09/2025 | 15/09/2025 | |\n`;
const inDateCell = (unit) => (n) => FRONT + HEADER + `| 2 | Task | ${repeat(unit, n)} | 15/09/2025 | |\n`;

/** Each page builder takes a size in characters (about) and returns the page text. */
const PAGES = {
  'line of [': inLine('['),
  'line of ](': inLine(']('),
  'line of [x](': inLine('[x]('),
  'line of |': inLine('|'),
  'line of <': inLine('<'),
  'line of digits': inLine('1'),
  'line of *_': inLine('*_'),
  'line of {{% notice %}}': inLine('{{% notice warning %}}'),
  'line of <br>&emsp; +': inLine('<br>&emsp; +'),
  'cell of [': inCell('['),
  'cell of ](': inCell(']('),
  'cell of |': inCell('\\|'),
  'cell of <': inCell('<'),
  'cell of *_': inCell('*_'),
  'cell of <br>&emsp; +': inCell('<br>&emsp; +'),
  'date cell of digits': inDateCell('1'),
  'date cell of 1/': inDateCell('1/'),
  'nested links': (n) => FRONT + '[a'.repeat(Math.floor(n / 20)) + '](https://x.example/)'.repeat(Math.floor(n / 20)) + '\n',
  'lines of {{% notice warning %}}': (n) => FRONT + repeat('{{% notice warning %}}\ndo not copy verbatim\n', n),
  'lines of headings': (n) => FRONT + repeat('### Week 3 Objectives:\n', n),
  'day rows': (n) => FRONT + HEADER + Array.from({ length: Math.floor(n / 50) }, (_, i) => `| ${2 + (i % 5)} | Task ${i} | ${15 + (i % 5)}/09/2025 | ${15 + (i % 5)}/09/2025 | |`).join('\n') + '\n',
};

async function bundleCore(dir) {
  const outfile = path.join(dir, 'core.cjs');
  await esbuild.build({ entryPoints: [path.join(ROOT, 'src', 'core', 'index.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'silent' });
  return require(outfile);
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** CPU ms per call of `fn`: calls repeated until the sample has used MIN_SAMPLE_MS (or one call, if it is slower). */
function sample(fn) {
  const t0 = cpuMs();
  let calls = 0;
  let spent;
  do {
    fn();
    calls++;
    spent = cpuMs() - t0;
  } while (spent < MIN_SAMPLE_MS);
  return spent / calls;
}

/** Median CPU ms per call of `small` and of `big`, their samples taken in turn; `big` is skipped (NaN) when `skipBig` says so after the first sample of `small`. */
function timePair(small, big, skipBig) {
  for (let i = 0; i < 2; i++) small();
  const smallTimes = [sample(small)];
  if (skipBig(smallTimes[0])) return [smallTimes[0], NaN];
  for (let i = 0; i < 2; i++) big();
  const bigTimes = [];
  for (let i = 0; i < RUNS; i++) {
    bigTimes.push(sample(big));
    if (i + 1 < RUNS) smallTimes.push(sample(small));
  }
  return [median(smallTimes), median(bigTimes)];
}

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-adversarial-'));
try {
  const core = await bundleCore(temp);
  const lint = (text) => core.lintPage(core.parsePage(PATH, text));
  const render = (text) => {
    core.clearRenderCache();
    return core.renderWeek({ path: PATH, text });
  };
  const loadBefore = os.loadavg();
  lint(PAGES['day rows'](20_000));
  render(PAGES['day rows'](20_000));
  const rows = [];
  let worst = { lint: 0, render: 0, growth: 0 };
  for (const [name, build] of Object.entries(PAGES)) {
    if (only && !name.includes(only)) continue;
    const small = build(SIZE);
    const big = build(2 * SIZE);
    // Past 5 s at size N the 2N run would take minutes more: it is left out and the row says so.
    const tooSlow = (ms) => ms > SLOW;
    const [lintSmall, lintBig] = timePair(() => lint(small), () => lint(big), tooSlow);
    const [renderSmall, renderBig] = timePair(() => render(small), () => render(big), tooSlow);
    const per100k = (lintSmall * 100_000) / small.length;
    const growth = Math.max(lintBig / lintSmall || 0, renderBig / renderSmall || 0);
    worst = { lint: Math.max(worst.lint, per100k), render: Math.max(worst.render, renderSmall), growth: Math.max(worst.growth, growth) };
    rows.push([name, `${Math.round(small.length / 1000)} KB`, ms(lintSmall), ms(per100k), ms(lintBig), ratio(lintBig, lintSmall), ms(renderSmall), ms(renderBig), ratio(renderBig, renderSmall)]);
  }
  console.log(`\nPathological pages: CPU ms per call, median of ${RUNS} samples of ≥ ${MIN_SAMPLE_MS} ms each, N and 2N in turn; N ≈ ${SIZE.toLocaleString('en-US')} characters, 2N doubles it\n`);
  console.log(renderTable(['page', 'size N', 'lint N ms', 'lint ms/100KB', 'lint 2N ms', 'lint ×', 'render N ms', 'render 2N ms', 'render ×'], rows));
  console.log(`\nWorst: lint ${ms(worst.lint)} ms per 100 KB (goal ≤ 250), render ${ms(worst.render)} ms (goal ≤ 1000), doubling ${worst.growth.toFixed(2)}× (goal ≤ 2.3).`);
  const load = (l) => l.map((x) => x.toFixed(2)).join(' ');
  console.log(`Load average: ${load(loadBefore)} at the start, ${load(os.loadavg())} at the end, on ${os.cpus().length} cores.`);
} finally {
  fs.rmSync(temp, { recursive: true, force: true });
}

function ms(value) {
  if (Number.isNaN(value)) return 'skipped';
  return value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 2 : 0 });
}

function ratio(big, small) {
  if (Number.isNaN(big)) return '—';
  return `${(big / small).toFixed(2)}×`;
}
