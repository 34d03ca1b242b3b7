import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allCodes, docsAnchor } from '../../src/core';
import { ids } from '../../src/editor/ids';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

interface Manifest {
  name: string;
  engines: { vscode: string };
  main: string;
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: string } };
  contributes: {
    commands: Array<{ command: string; title: string }>;
    configuration: { properties: Record<string, { description?: string }> };
  };
  devDependencies: Record<string, string>;
}

const manifest = JSON.parse(read('package.json')) as Manifest;
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
const nlsVi = JSON.parse(read('package.nls.vi.json')) as Record<string, string>;

describe('package.json agrees with the code', () => {
  it('names the extension and its CLI as documented', () => {
    assert.equal(manifest.name, 'worklog-studio');
    assert.equal(manifest.main, './dist/extension.js');
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
  });

  it('asks for a VS Code no newer than the Code-OSS it must run in (1.139)', () => {
    const match = /^\^1\.(\d+)\.\d+$/.exec(manifest.engines.vscode);
    assert.ok(match, manifest.engines.vscode);
    assert.ok(Number(match[1]) <= 90, manifest.engines.vscode);
    assert.equal(manifest.devDependencies['@types/vscode'], `1.${match[1]}.0`, '@types/vscode must not be newer than engines.vscode');
  });

  it('contributes exactly the commands the code registers', () => {
    assert.deepEqual(manifest.contributes.commands.map((c) => c.command).sort(), Object.values(ids.commands).sort());
  });

  it('contributes exactly the settings the code reads', () => {
    const expected = Object.values(ids.settings).map((s) => `${ids.section}.${s}`);
    assert.deepEqual(Object.keys(manifest.contributes.configuration.properties).sort(), expected.sort());
  });

  it('has an English and a Vietnamese string for every %key% in the manifest', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 5);
    for (const key of keys) {
      assert.ok(nls[key], `package.nls.json lacks ${key}`);
      assert.ok(nlsVi[key], `package.nls.vi.json lacks ${key}`);
    }
    assert.deepEqual(Object.keys(nlsVi).sort(), Object.keys(nls).sort());
  });

  it('has a Vietnamese translation for every vscode.l10n.t string in the editor layer', () => {
    const bundle = JSON.parse(read('l10n/bundle.l10n.vi.json')) as Record<string, string>;
    const editorDir = path.join(root, 'src', 'editor');
    const strings = fs
      .readdirSync(editorDir)
      .flatMap((f) => [...fs.readFileSync(path.join(editorDir, f), 'utf8').matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]));
    assert.ok(strings.length > 0);
    for (const s of strings) assert.ok(bundle[s], `l10n/bundle.l10n.vi.json lacks "${s}"`);
  });
});

describe('Rule reference (docs/rules.md)', () => {
  it('has a section for every diagnostic code, under the anchor diagnostics link to', () => {
    const rulesDoc = read('docs/rules.md');
    const headings = new Set([...rulesDoc.matchAll(/^## (.+)$/gm)].map((m) => docsAnchor(m[1].replace(/`/g, '').trim())));
    for (const rule of allCodes) assert.ok(headings.has(docsAnchor(rule.code)), `docs/rules.md has no "## ${rule.code}" section`);
  });
});

describe('README', () => {
  let readme = '';
  before(() => {
    readme = read('README.md');
  });

  it('links the rule reference, the contributing guide and the architecture', () => {
    assert.match(readme, /\(docs\/rules\.md\)/);
    assert.match(readme, /\(CONTRIBUTING\.md\)/);
    assert.match(readme, /\(docs\/architecture\.md\)/);
  });

  it('documents the two commands', () => {
    assert.match(readme, /npm start/);
    assert.match(readme, /npm test/);
  });
});
