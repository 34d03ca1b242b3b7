import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('The VS Code versions the manifest claims', () => {
  const manifest = JSON.parse(read('package.json')) as { engines: { vscode: string }; devDependencies: Record<string, string>; scripts: Record<string, string> };
  const lowest = /^\^(\d+\.\d+)\.\d+$/.exec(manifest.engines.vscode)?.[1];

  it('are the ones the installed-package test runs in: its oldest host is the lowest engines.vscode allows', () => {
    const oldest = /OLDEST_VSCODE_VERSION = '(\d+\.\d+)\.\d+'/.exec(read('scripts/host/oldest.mjs'))?.[1];
    assert.ok(lowest, manifest.engines.vscode);
    assert.equal(oldest, lowest, `engines.vscode ${manifest.engines.vscode}, but the oldest tested host is Code ${oldest}`);
    // The API is typed against that version, so a newer call fails the type check.
    assert.match(manifest.devDependencies['@types/vscode'], new RegExp(`^${lowest.replace('.', '\\.')}\\.`));
    // npm test runs both hosts unless told otherwise.
    assert.match(manifest.scripts.test, /npm run test:installed$/);
    assert.match(read('scripts/host/run-installed.mjs'), /WORKLOG_STUDIO_HOSTS \?\? 'current,oldest'/);
  });

  it('are named in the README', () => {
    assert.match(read('README.md'), new RegExp(`VS Code ${lowest?.replace('.', '\\.')} or later[^]*tested installed in Code ${lowest?.replace('.', '\\.')}\\.\\d`));
  });
});
