#!/usr/bin/env node
// Takes the README's pictures: runs the UI tests that take them against the installed .vsix (as users have it, so
// no "[Extension Development Host]" in the title), then copies their screenshots into docs/images.
// `--copy-only` copies the screenshots of an earlier `npm run test:e2e -- --installed` run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shots = path.join(root, 'test-results', 'screenshots-installed');
const images = path.join(root, 'docs', 'images');

/** docs/images name → screenshot saved by a UI test (test/e2e). */
export const README_IMAGES = {
  'weeks-view.png': 'e2e-weeks-view.png',
  'problems.png': 'e2e-03-problems.png',
  'preview-light.png': 'e2e-preview-light.png',
  'preview-dark.png': 'e2e-preview-dark.png',
  'completion.png': 'e2e-authoring-date-cell-completion.png',
  'cohort-report.png': 'e2e-report-top.png',
};

/** The tests that take them (a regular expression over test titles). */
const PICTURE_TESTS = [
  'lists worklog diagnostics in the Problems panel',
  'shows each site.s weeks with both languages',
  'typing a space in a new row.s Day cell',
  'is readable under the light, dark and both high contrast themes',
  'shows the cohort, the week grid, similar weeks',
].join('|');

if (!process.argv.includes('--copy-only')) {
  fs.rmSync(shots, { recursive: true, force: true });
  const run = spawnSync(process.execPath, [path.join(root, 'scripts', 'host', 'run-e2e.mjs'), '--installed'], { cwd: root, stdio: 'inherit', env: { ...process.env, WORKLOG_STUDIO_GREP: PICTURE_TESTS } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
const missing = Object.values(README_IMAGES).filter((shot) => !fs.existsSync(path.join(shots, shot)));
if (missing.length > 0) {
  console.error(`docs-images: missing ${missing.join(', ')} in ${path.relative(root, shots)}/ (npm run test:e2e -- --installed)`);
  process.exit(1);
}
fs.mkdirSync(images, { recursive: true });
for (const [image, shot] of Object.entries(README_IMAGES)) {
  fs.copyFileSync(path.join(shots, shot), path.join(images, image));
  console.log(`docs/images/${image} <- ${path.relative(root, shots)}/${shot}`);
}
// Pictures the README no longer shows would only grow the repository.
for (const name of fs.readdirSync(images)) if (!(name in README_IMAGES)) fs.rmSync(path.join(images, name));
