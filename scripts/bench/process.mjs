// Whole-process measures for scripts/bench.mjs: worklog-lint next to markdownlint-cli2 and the read-and-count
// floor (alternating runs, so a change in the machine's load falls on all three alike), peak memory on a folder
// and on ten copies of it, and start-up next to `node -e 0`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { median, timeProcess } from './measure.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const FLOOR = path.join(HERE, 'floor.mjs');
const PEAK_RSS = path.join(HERE, 'peak-rss.cjs');

/** Runs `node args…` with the peak-RSS preload; returns the time, the peak RSS (MB) and the output. */
export function measuredNode(args, options = {}) {
  const rssFile = path.join(options.temp, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const run = timeProcess(process.execPath, ['--require', PEAK_RSS, ...args], { cwd: options.cwd, env: { ...process.env, WORKLOG_BENCH_RSS_FILE: rssFile } });
  const rssMb = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) / 1024 : undefined;
  fs.rmSync(rssFile, { force: true });
  return { ...run, rssMb };
}

/** A run of ours shorter than this varies most with the machine's load: such a folder gets `quickRuns` turns. */
const QUICK_OURS_MS = 1_000;
/** markdownlint-cli2 faster than this takes every turn ours takes, when its number of runs is not set. */
const QUICK_MDL_MS = 15_000;

/**
 * worklog-lint (JSON, every core), the floor and markdownlint-cli2 on one folder, taking turns `runs` times, or
 * `quickRuns` times when ours takes under a second (markdownlint-cli2 only in its first `mdlRuns` turns, it takes
 * minutes on large folders; with `mdlRuns` undefined, once, or every turn when it takes seconds).
 */
export function alternatingRuns({ dir, cli, mdl, runs, quickRuns = runs, mdlRuns, temp }) {
  const ours = [];
  const floor = [];
  const theirs = [];
  let oursRun;
  let theirRun;
  let turns = runs;
  let theirTurns = mdlRuns ?? 1;
  for (let i = 0; i < Math.max(turns, theirTurns); i++) {
    if (i < turns) {
      oursRun = measuredNode([cli, '--format', 'json', dir], { temp });
      if (oursRun.status !== 0 && oursRun.status !== 1) throw new Error(`worklog-lint exited with ${oursRun.status}: ${oursRun.stderr}`);
      ours.push(oursRun);
      floor.push(timeProcess(process.execPath, [FLOOR, dir]).ms);
      if (i === 0 && oursRun.ms < QUICK_OURS_MS) turns = Math.max(turns, quickRuns);
    }
    if (i < theirTurns) {
      theirRun = timeProcess(process.execPath, [mdl.bin, '**/*.{md,markdown}', '#**/node_modules/**'], { cwd: dir });
      if (theirRun.status !== 0 && theirRun.status !== 1) throw new Error(`markdownlint-cli2 exited with ${theirRun.status}: ${theirRun.stderr.slice(0, 2000)}`);
      theirs.push(theirRun.ms);
      if (i === 0 && mdlRuns === undefined && theirRun.ms < QUICK_MDL_MS) theirTurns = turns;
    }
  }
  const json = JSON.parse(oursRun.stdout);
  return {
    oursMs: median(ours.map((r) => r.ms)),
    oursRuns: ours.length,
    theirRuns: theirs.length,
    oursRssMb: median(ours.map((r) => r.rssMb ?? NaN)),
    oursFiles: json.files.length,
    oursFindings: json.files.reduce((n, f) => n + f.diagnostics.length, 0),
    floorMs: median(floor),
    theirsMs: theirs.length > 0 ? median(theirs) : undefined,
    theirFindings: theirRun ? Number(/Summary: (\d+) error/.exec(theirRun.stdout)?.[1] ?? NaN) : undefined,
    theirFiles: theirRun ? Number(/Linting: (\d+) file/.exec(theirRun.stdout)?.[1] ?? NaN) : undefined,
  };
}

/** The folder copied `copies` times side by side under `temp` (each copy a site of its own to the CLI). */
export function copiesOf(dir, copies, temp) {
  const root = path.join(temp, `${path.basename(dir)}-x${copies}`);
  for (let i = 1; i <= copies; i++) fs.cpSync(dir, path.join(root, `copy-${i}`), { recursive: true, filter: (src) => !/[\\/](node_modules|\.git)$/.test(src) });
  return root;
}

/** worklog-lint on `copies` copies of the folder: time, peak RSS and pages, median of `runs`. */
export function scaledRun({ dir, cli, copies, runs, temp }) {
  const root = copiesOf(dir, copies, temp);
  try {
    const measured = [];
    for (let i = 0; i < runs; i++) measured.push(measuredNode([cli, '--format', 'json', root], { temp }));
    const json = JSON.parse(measured[measured.length - 1].stdout);
    return { ms: median(measured.map((r) => r.ms)), rssMb: median(measured.map((r) => r.rssMb ?? NaN)), files: json.files.length };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** `worklog-lint --version` and `node -e 0`, taking turns; medians in ms. */
export function startUp(cli, runs) {
  const ours = [];
  const bare = [];
  for (let i = 0; i < runs; i++) {
    ours.push(timeProcess(process.execPath, [cli, '--version']).ms);
    bare.push(timeProcess(process.execPath, ['-e', '0']).ms);
  }
  return { oursMs: median(ours), nodeMs: median(bare) };
}
