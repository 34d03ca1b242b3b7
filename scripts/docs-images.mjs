#!/usr/bin/env node
// Copies the README's pictures from the UI tests' screenshots (npm run test:e2e) into docs/images, so every
// picture on the product page is one a test took of the real workbench.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const shots = path.join(root, 'test-results', 'screenshots');
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

const missing = Object.values(README_IMAGES).filter((shot) => !fs.existsSync(path.join(shots, shot)));
if (missing.length > 0) {
  console.error(`docs-images: run the UI tests first (npm run test:e2e); missing ${missing.join(', ')}`);
  process.exit(1);
}
fs.mkdirSync(images, { recursive: true });
for (const [image, shot] of Object.entries(README_IMAGES)) {
  fs.copyFileSync(path.join(shots, shot), path.join(images, image));
  console.log(`docs/images/${image} <- test-results/screenshots/${shot}`);
}
// Pictures the README no longer shows would only grow the repository.
for (const name of fs.readdirSync(images)) if (!(name in README_IMAGES)) fs.rmSync(path.join(images, name));
