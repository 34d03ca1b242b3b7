// Timing and process helpers for scripts/bench.mjs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

export const now = () => performance.now();

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns every measured duration (ms) and the last result. */
export function timeRuns(fn, { warmup = 1, runs = 5 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    result = fn();
    times.push(now() - t0);
  }
  return { times, median: median(times), result };
}

const SKIPPED = new Set(['node_modules', '.git']);

/** Every file under `dir` (sorted), skipping `node_modules` and `.git`. */
export function allFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name)) walk(full);
      } else if (entry.isFile()) out.push(full);
    }
  };
  walk(dir);
  return out.sort();
}

/** Every Markdown file under `dir`, as the two linters find them. */
export function markdownFiles(files) {
  return files.filter((f) => /\.(md|markdown)$/i.test(f));
}

/** Runs a command to completion, timing the whole process (start-up, discovery, reading, output). */
export function timeProcess(command, args, options = {}) {
  const t0 = now();
  const child = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const ms = now() - t0;
  if (child.error) throw child.error;
  return { ms, status: child.status, stdout: child.stdout, stderr: child.stderr };
}

export function gc() {
  if (typeof globalThis.gc === 'function') {
    globalThis.gc();
    globalThis.gc();
    return true;
  }
  return false;
}

/** Heap growth (bytes) while `make()`'s result is alive, after full collections on both sides. */
export function retainedHeap(make) {
  if (!gc()) return { bytes: undefined, value: make() };
  const before = process.memoryUsage().heapUsed;
  const value = make();
  gc();
  const after = process.memoryUsage().heapUsed;
  return { bytes: after - before, value };
}

/** A plain text table: the first column left-aligned, the others right-aligned. */
export function renderTable(header, rows) {
  const all = [header, ...rows.filter((r) => r !== 'rule')];
  const widths = header.map((_, c) => Math.max(...all.map((r) => String(r[c] ?? '').length)));
  const line = (r) => r.map((cell, c) => (c === 0 ? String(cell ?? '').padEnd(widths[c]) : String(cell ?? '').padStart(widths[c]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map((r) => (r === 'rule' ? rule : line(r)))].join('\n');
}
