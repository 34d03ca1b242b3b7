// The floor: what any checker of these folders must at least do — start Node, find the Markdown files the way
// worklog-lint does, read each one and count its lines. Prints the file and line counts.
import * as fs from 'node:fs';
import * as path from 'node:path';

const SKIPPED = new Set(['node_modules', '.git', 'public', 'resources', 'themes', '.hugo_build.lock', 'dist', 'out']);
let files = 0;
let lines = 0;
const walk = (dir) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED.has(entry.name)) walk(full);
    } else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) {
      const data = fs.readFileSync(full);
      files++;
      for (let i = data.indexOf(10); i >= 0; i = data.indexOf(10, i + 1)) lines++;
    }
  }
};
for (const dir of process.argv.slice(2)) walk(dir);
console.log(`${files} files, ${lines} lines`);
