// Records every finding worklog-lint reports on a folder, then checks a later build reports exactly the same.
//
//   node scripts/compare-findings.mjs --save FILE [options] [FOLDER...]      record (FILE is best kept outside the repository)
//   node scripts/compare-findings.mjs --against FILE [options] [FOLDER...]   compare with a recording; exit 1 on any difference
//   node scripts/compare-findings.mjs --account REV [options] [FOLDER...]    findings of git revision REV (built in a
//                   temporary worktree) against the working tree: per code before/now, every finding gone put down
//                   to the change that removed it; exit 1 when any is unaccounted
//
//   --generated N   also a generated corpus of N week pages (scripts/bench/generate.mjs), written to a temp folder
//   --stress        also the pages scripts/bench/generate.mjs builds to find slow paths (large table, bracket lines…)
//   --mutate N      also N mutated copies of each folder (rows swapped, cells dropped, digits changed, brackets
//                   added…), written to a temp folder; the same N gives the same mutations
//
// Each corpus is checked twice: the built CLI (`node dist/cli.js --format json`, run from inside the folder so the
// paths it prints do not depend on where the folder is), and src/core in-process through lintPages, with each
// finding's fixes and related locations, which the CLI does not print. Run `npm run build` first.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printAccount } from './bench/accounting.mjs';
import { generateCorpus, random, stressPages } from './bench/generate.mjs';
import { allFiles, markdownFiles } from './bench/measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const require = createRequire(import.meta.url);

const usage = 'Usage: node scripts/compare-findings.mjs (--save FILE | --against FILE | --account REV) [--generated N] [--mutate N] [--stress] [FOLDER...]';
const args = process.argv.slice(2);
let save;
let against;
let accountRev;
let generated = 0;
let mutations = 0;
let stress = false;
const folders = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  const value = () => {
    if (i + 1 >= args.length) fail(`${a} needs a value`);
    return args[++i];
  };
  if (a === '--save') save = value();
  else if (a === '--against') against = value();
  else if (a === '--account') accountRev = value();
  else if (a === '--generated') generated = Number(value());
  else if (a === '--mutate') mutations = Number(value());
  else if (a === '--stress') stress = true;
  else if (a === '-h' || a === '--help') {
    console.log(usage);
    process.exit(0);
  } else if (a.startsWith('-')) fail(`unknown option ${a}`);
  else folders.push(path.resolve(process.env.INIT_CWD ?? process.cwd(), a));
}
if ([save, against, accountRev].filter(Boolean).length !== 1) fail('give exactly one of --save, --against and --account');
if (!Number.isInteger(generated) || generated < 0 || !Number.isInteger(mutations) || mutations < 0) fail('--generated and --mutate take a whole number');
for (const dir of folders) if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) fail(`${dir} is not a folder`);
if (!fs.existsSync(CLI)) fail('dist/cli.js is missing; run `npm run build`.');

function fail(message) {
  console.error(`compare-findings: ${message}\n${usage}`);
  process.exit(2);
}

const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-compare-'));
try {
  await main();
} finally {
  fs.rmSync(temp, { recursive: true, force: true });
}

async function main() {
  const core = await bundleCore();
  const corpora = [];
  for (const dir of folders) {
    corpora.push({ name: path.basename(dir), dir });
    for (let m = 1; m <= mutations; m++) corpora.push({ name: `${path.basename(dir)}~mutated${m}`, dir: mutatedCopy(dir, m) });
  }
  if (generated > 0) {
    const dir = path.join(temp, 'generated');
    generateCorpus(dir, { weekPages: generated });
    corpora.push({ name: `generated-${generated}`, dir });
    for (let m = 1; m <= mutations; m++) corpora.push({ name: `generated-${generated}~mutated${m}`, dir: mutatedCopy(dir, m) });
  }
  if (stress) {
    const dir = path.join(temp, 'stress');
    stressPages().forEach(({ text }, k) => {
      const file = path.join(dir, `site-${k + 1}`, 'content', '1-Worklog', '1.1-Week1', '_index.md');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, text);
    });
    corpora.push({ name: 'stress', dir });
  }
  if (accountRev) {
    const earlier = await bundleCore(buildRevision(accountRev));
    const before = {};
    const now = {};
    for (const corpus of corpora) {
      before[corpus.name] = runCore(earlier, corpus.dir);
      now[corpus.name] = runCore(core, corpus.dir);
    }
    console.log(`Accounting ${accountRev} → working tree on ${corpora.map((c) => c.name).join(', ')}\n`);
    if (printAccount(corpora, before, now) > 0) process.exitCode = 1;
    return;
  }
  const recording = {};
  for (const corpus of corpora) {
    const t0 = Date.now();
    recording[corpus.name] = { cli: runCli(corpus.dir), core: runCore(core, corpus.dir) };
    const count = recording[corpus.name].core.reduce((n, f) => n + f.findings.length, 0);
    console.error(`${corpus.name}: ${recording[corpus.name].core.length} pages, ${count} findings (${Date.now() - t0} ms)`);
  }
  if (save) {
    fs.writeFileSync(save, JSON.stringify(recording));
    console.log(`Recorded ${corpora.length} corpora to ${save}.`);
    return;
  }
  const before = JSON.parse(fs.readFileSync(against, 'utf8'));
  let differences = 0;
  for (const name of new Set([...Object.keys(before), ...Object.keys(recording)])) {
    if (!(name in before) || !(name in recording)) {
      console.log(`${name}: only in the ${name in before ? 'recording' : 'current run'}`);
      differences++;
      continue;
    }
    differences += compare(`${name} (CLI)`, lines(before[name].cli), lines(recording[name].cli));
    differences += compare(`${name} (core)`, lines(before[name].core), lines(recording[name].core));
  }
  if (differences > 0) {
    console.log(`\n${differences} difference(s).`);
    process.exitCode = 1;
  } else console.log(`Identical on ${corpora.length} corpora.`);
}

/** src/core bundled on its own, from the working tree or another checkout. */
async function bundleCore(root = ROOT) {
  const outfile = path.join(temp, root === ROOT ? 'core.cjs' : 'earlier-core.cjs');
  await esbuild.build({ entryPoints: [path.join(root, 'src', 'core', 'index.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile, logLevel: 'silent', nodePaths: [path.join(ROOT, 'node_modules')] });
  return require(outfile);
}

/** A checkout of `rev` in a temporary worktree (removed on exit), reading this tree's node_modules. */
function buildRevision(rev) {
  const dir = path.join(temp, 'earlier');
  const git = spawnSync('git', ['worktree', 'add', '--detach', dir, rev], { cwd: ROOT, encoding: 'utf8' });
  if (git.status !== 0) fail(`cannot check out ${rev}: ${git.stderr.trim()}`);
  process.on('exit', () => spawnSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT }));
  return dir;
}

function runCli(dir) {
  const child = spawnSync(process.execPath, [CLI, '--format', 'json', '.'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (child.error) throw child.error;
  return { status: child.status, stdout: child.stdout, stderr: child.stderr };
}

/** Every page's findings in full (fixes and related included), with paths relative to the folder. */
function runCore(core, dir) {
  const everything = allFiles(dir);
  const pages = [];
  for (const file of markdownFiles(everything)) {
    const decoded = core.decodePage(fs.readFileSync(file));
    if (decoded.ok) pages.push(core.parsePage(file, decoded.text));
  }
  const worklog = pages.filter((p) => p.identity.kind !== 'other');
  const results = core.lintPages(worklog, { files: core.siteFilesFromPaths(everything) });
  const relative = (p) => path.relative(dir, p).split(path.sep).join('/');
  const out = [];
  for (const [page, findings] of results) {
    const text = JSON.stringify(findings, (key, value) => (key === 'path' && typeof value === 'string' ? relative(value) : value));
    out.push({ path: relative(page.path), findings: JSON.parse(text) });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** One line per page (core) or per line of output (CLI), so a difference names its page. */
function lines(result) {
  if (Array.isArray(result)) return result.map((p) => `${p.path}\t${JSON.stringify(p.findings)}`);
  return [`exit status ${result.status}`, ...result.stderr.split('\n').map((l) => `stderr: ${l}`), ...result.stdout.split('\n')];
}

function compare(label, a, b) {
  const n = Math.max(a.length, b.length);
  let shown = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) continue;
    count++;
    if (shown++ < 5) {
      console.log(`${label}, line ${i + 1}:\n  before: ${clip(a[i])}\n  now:    ${clip(b[i])}`);
    }
  }
  if (count > 5) console.log(`${label}: ${count - 5} more differing line(s)`);
  return count;
}

function clip(s) {
  if (s === undefined) return '(missing)';
  return s.length > 600 ? `${s.slice(0, 600)}…` : s;
}

/** A copy of `dir` with every Markdown page mutated a few times, deterministically from `seed` and the page's path. */
function mutatedCopy(dir, seed) {
  const out = path.join(temp, `${path.basename(dir)}-mutated${seed}`);
  fs.cpSync(dir, out, { recursive: true, filter: (src) => path.basename(src) !== '.git' && path.basename(src) !== 'node_modules' });
  for (const file of markdownFiles(allFiles(out))) {
    const rel = path.relative(out, file);
    const rng = random(hash(`${seed}:${rel}`));
    let text = fs.readFileSync(file, 'utf8');
    const count = rng.int(1, 4);
    for (let k = 0; k < count; k++) text = mutate(rng, text);
    fs.writeFileSync(file, text);
  }
  return out;
}

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** One small edit of the kind people make: a row moved, doubled or dropped, a digit changed, a cell lost, stray brackets. */
function mutate(rng, text) {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(eol);
  if (lines.length < 2) return text + '[';
  const rows = lines.map((l, i) => [l, i]).filter(([l]) => /^\s*\|/.test(l) || (l.match(/\|/g) ?? []).length >= 3).map(([, i]) => i);
  const pickRow = () => (rows.length > 0 ? rng.pick(rows) : rng.int(0, lines.length - 1));
  const i = pickRow();
  switch (rng.int(0, 11)) {
    case 0: {
      const j = pickRow();
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    }
    case 1:
      lines.splice(i, 0, lines[i]);
      break;
    case 2:
      lines.splice(i, 1);
      break;
    case 3:
    case 4:
    case 5: {
      // A digit changed: dates, days, weights and week numbers shift.
      const line = rng.chance(0.7) ? i : rng.int(0, lines.length - 1);
      const digits = [...lines[line].matchAll(/\d/g)].map((m) => m.index);
      if (digits.length > 0) {
        const at = rng.pick(digits);
        lines[line] = lines[line].slice(0, at) + String(rng.int(0, 9)) + lines[line].slice(at + 1);
      }
      break;
    }
    case 6:
      lines[i] = lines[i].replace(/\|[^|]*\|?\s*$/, rng.chance(0.5) ? '|' : '');
      break;
    case 7:
      lines[i] = `${lines[i]} | extra`;
      break;
    case 8: {
      const at = rng.int(0, lines[i].length);
      lines[i] = lines[i].slice(0, at) + rng.pick(['[', ']', '[[', '](', '<', '`', '[x](', '<https://', '30/02/2025', '2025-13-01']) + lines[i].slice(at);
      break;
    }
    case 9: {
      // Front matter: a key dropped, doubled or its value changed.
      const fm = lines.slice(0, 12).map((l, k) => [l, k]).filter(([l]) => /^(date|weight|title):/.test(l)).map(([, k]) => k);
      if (fm.length > 0) {
        const k = rng.pick(fm);
        const choice = rng.int(0, 2);
        if (choice === 0) lines.splice(k, 1);
        else if (choice === 1) lines.splice(k, 0, lines[k]);
        else lines[k] = lines[k].replace(/\d+/, String(rng.int(0, 60)));
      }
      break;
    }
    case 10:
      // Dates rewritten in another order or separator.
      lines[i] = lines[i].replace(/(\d{1,2})\/(\d{1,2})\/(\d{4})/, (m, a, b, y) => (rng.chance(0.5) ? `${b}/${a}/${y}` : `${y}-${b.padStart(2, '0')}-${a.padStart(2, '0')}`));
      break;
    default:
      lines.splice(rng.int(0, lines.length), 0, rng.pick(['', '---', '| Day | Task |', '| --- | --- |', '```', '# Week 3', '<!-- worklog-disable-next-line -->']));
  }
  return lines.join(eol);
}
