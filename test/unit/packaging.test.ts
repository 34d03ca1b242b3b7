import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

interface Manifest {
  version: string;
  icon: string;
  galleryBanner: { color: string; theme: string };
  categories: string[];
  keywords: string[];
  repository: { url: string };
  bugs: { url: string };
  homepage: string;
  bin?: unknown;
  engines: { node: string };
  activationEvents: string[];
  contributes: { keybindings: Array<{ command: string; when: string }> };
  devDependencies: Record<string, string>;
}
const manifest = JSON.parse(read('package.json')) as Manifest;

describe('Marketplace and Open VSX listing (package.json)', () => {
  it('has a 128×128 PNG icon rendered from its SVG, and a gallery banner', () => {
    const png = fs.readFileSync(path.join(root, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    // IHDR: width and height are the first two big-endian words after the 16-byte signature and chunk header.
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(fs.existsSync(path.join(root, manifest.icon.replace(/\.png$/, '.svg'))));
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
  });

  it('is listed under Linters, Formatters, Snippets and Other, with its repository, issues and home page', () => {
    assert.deepEqual(manifest.categories, ['Linters', 'Formatters', 'Snippets', 'Other']);
    assert.ok(manifest.keywords.length >= 5 && manifest.keywords.length <= 30);
    assert.match(manifest.repository.url, /^https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/);
    assert.equal(manifest.bugs.url, manifest.repository.url.replace(/\.git$/, '/issues'));
    assert.ok(manifest.homepage.startsWith(manifest.repository.url.replace(/\.git$/, '')));
    assert.equal(manifest.bin, undefined, 'the CLI ships as its own npm package (npm run pack:cli)');
  });

  it('activates only on Markdown, a workspace with a worklog section, or its restored preview (VS Code 1.90 adds the rest)', () => {
    assert.deepEqual(manifest.activationEvents, [
      'onLanguage:markdown',
      'workspaceContains:content/*/_index.md',
      'workspaceContains:*/content/*/_index.md',
      'onWebviewPanel:worklog.preview',
    ]);
  });

  it('binds Insert Day Row only on worklog pages', () => {
    const binding = manifest.contributes.keybindings.find((k) => k.command === 'worklog.insertDayRow');
    assert.ok(binding);
    assert.match(binding.when, /\bworklog\.isWorklogPage\b/);
    assert.doesNotMatch(binding.when, /editorLangId/);
  });
});

describe('Toolchain', () => {
  it('states the Node version once: .nvmrc is the lowest major engines.node allows', () => {
    const major = read('.nvmrc').trim();
    assert.match(major, /^\d+$/);
    assert.equal(manifest.engines.node, `>=${major}`);
  });

  it('pins a packaging tool that runs on that Node version', () => {
    const major = Number(read('.nvmrc').trim());
    for (const tool of ['@vscode/vsce', 'ovsx']) {
      assert.match(manifest.devDependencies[tool], /^\d+\.\d+\.\d+$/, `${tool} is pinned`);
      const engines = (JSON.parse(read(`node_modules/${tool}/package.json`)) as { engines: { node: string } }).engines.node;
      const lowest = Number(/>=\s*(\d+)/.exec(engines)?.[1]);
      assert.ok(lowest <= major, `${tool} wants Node ${engines}`);
    }
  });
});
