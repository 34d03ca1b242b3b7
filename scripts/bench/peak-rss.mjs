// Loaded into a measured process (`node --import peak-rss.mjs …`): writes its peak RSS in KB (worker threads
// included, they share the process) to the file named by WORKLOG_BENCH_RSS_FILE when it exits.
import * as fs from 'node:fs';

process.on('exit', () => {
  const file = process.env.WORKLOG_BENCH_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
