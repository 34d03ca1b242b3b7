#!/usr/bin/env node
// The GitHub Action's last step: fails when the SARIF report has a result at the fail-on level or worse.
// Usage: node scripts/action-fail-on.mjs worklog.sarif error|warning|none
import fs from 'node:fs';

const [file, failOn = 'error'] = process.argv.slice(2);
const rank = { error: 2, warning: 1, note: 0 };
if (!['error', 'warning', 'none'].includes(failOn)) {
  console.error(`fail-on must be error, warning or none, not "${failOn}"`);
  process.exit(2);
}
const results = JSON.parse(fs.readFileSync(file, 'utf8')).runs.flatMap((run) => run.results ?? []);
const counts = { error: 0, warning: 0, note: 0 };
for (const result of results) counts[result.level ?? 'warning'] += 1;
console.log(`worklog-lint: ${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes`);
const failing = failOn === 'none' ? 0 : results.filter((result) => rank[result.level ?? 'warning'] >= rank[failOn]).length;
if (failing > 0) {
  console.log(`::error::${failing} finding(s) at fail-on level "${failOn}" or worse`);
  process.exit(1);
}
