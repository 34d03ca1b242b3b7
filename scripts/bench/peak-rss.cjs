// Loaded into a measured process (`node --require peak-rss.cjs …`): writes its peak RSS in KB (worker threads
// included, they share the process) to the file named by WORKLOG_BENCH_RSS_FILE when it exits. CommonJS, so the
// measured process pays no ES module loader for it: `--import` of an .mjs file added about 7 ms to every run timed.
const fs = require('node:fs');

process.on('exit', () => {
  const file = process.env.WORKLOG_BENCH_RSS_FILE;
  if (file) fs.writeFileSync(file, String(peakRssKb()));
});

/**
 * Linux's VmHWM: the process's own peak. getrusage's maxRSS also counts the memory of the parent it was spawned
 * from (the kernel keeps the larger of the two across exec), so a benchmark holding a corpus in memory reported
 * its own size for every process it measured.
 */
function peakRssKb() {
  try {
    const hwm = /^VmHWM:\s*(\d+)\s*kB/m.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]);
  } catch {
    // Not Linux: getrusage is what there is.
  }
  return process.resourceUsage().maxRSS;
}
