import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('README as the product page', () => {
  const readme = read('README.md');
  const lines = readme.split('\n');
  const images = [...readme.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)].map((m) => ({ alt: m[1], src: m[2], line: readme.slice(0, m.index).split('\n').length }));

  it('stays short (at most 350 lines) and shows a picture in its first 40 lines', () => {
    assert.ok(lines.length <= 350, `README.md has ${lines.length} lines`);
    assert.ok(images.length > 0 && images[0].line <= 40, `first picture on line ${images[0]?.line}`);
  });

  it('shows only pictures that docs/images holds, each copied from a UI test screenshot by scripts/docs-images.mjs', () => {
    const script = read('scripts/docs-images.mjs');
    for (const image of images) {
      assert.match(image.src, /^docs\/images\/[\w-]+\.png$/, `${image.src}: the Marketplace shows only repository PNGs`);
      assert.ok(fs.existsSync(path.join(root, image.src)), `${image.src} is missing`);
      assert.ok(script.includes(`'${path.basename(image.src)}': 'e2e-`), `${image.src} is not a UI test screenshot`);
      assert.ok(image.alt.length > 20, `${image.src} needs a description`);
    }
    const shown = new Set(images.map((image) => path.basename(image.src)));
    for (const file of fs.readdirSync(path.join(root, 'docs', 'images'))) assert.ok(shown.has(file), `docs/images/${file} is not shown`);
  });

  it('links only to files that exist in the repository', () => {
    for (const match of readme.matchAll(/\]\(((?!https?:|#)[^)#]+)(#[^)]*)?\)/g)) {
      assert.ok(fs.existsSync(path.join(root, match[1])), `README links ${match[1]}, which does not exist`);
    }
  });
});
