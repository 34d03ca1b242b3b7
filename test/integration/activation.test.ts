// Runs inside the real extension host: the extension under development is present and activates on Markdown.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { WORKLOG_PAGES } from '../../src/editor/formatter';

interface Manifest {
  publisher: string;
  name: string;
  version: string;
  main: string;
}

// Bundled to out/test/integration/, three levels below the repo root.
const repoRoot = path.resolve(__dirname, '..', '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Manifest;
const extensionId = `${manifest.publisher}.${manifest.name}`;
const weekPage = 'content/1-Worklog/1.1-Week1/_index.md';

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function getExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(extensionId);
  assert.ok(extension, `extension ${extensionId} is not installed in the host`);
  return extension;
}

describe('Extension activation (real VS Code extension host)', () => {
  it(`finds ${extensionId} loaded from this repository`, () => {
    const extension = getExtension();
    const loaded = extension.packageJSON as Manifest;
    assert.equal(extension.id.toLowerCase(), extensionId.toLowerCase());
    assert.equal(loaded.version, manifest.version);
    assert.equal(fs.realpathSync(extension.extensionUri.fsPath), fs.realpathSync(repoRoot));
    assert.ok(fs.existsSync(path.join(repoRoot, loaded.main)), `${loaded.main} is missing: run npm run build`);
  });

  it('opened the fixture workspace', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1);
    // The runner opens a fresh copy of test/fixtures/workspace, so compare contents, not paths.
    const expected = path.join(repoRoot, 'test', 'fixtures', 'workspace');
    assert.deepEqual(fs.readdirSync(folders[0].uri.fsPath).sort(), fs.readdirSync(expected).sort());
  });

  it('activates in a workspace with a worklog section before any page is opened (workspaceContains)', async () => {
    // Runs before any test opens a page, so only the workspace's content/1-Worklog/_index.md can have activated it.
    assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.languageId === 'markdown').map((d) => d.uri.path), []);
    const extension = getExtension();
    await waitFor(() => extension.isActive, 15_000, `${extensionId} to activate without an open page`);
  });

  it('offers its formatter for worklog pages only, so other Markdown keeps its own formatter', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder');
    const matches = async (relative: string) => {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, relative));
      return vscode.languages.match(WORKLOG_PAGES, document) > 0;
    };
    assert.equal(await matches(weekPage), true, weekPage);
    assert.equal(await matches('site-a/content/1-Worklog/1.2-Week2/_index.vi.md'), true);
    assert.equal(await matches('notes.md'), false, 'notes.md at the workspace root');
  });

  it('activates when a worklog Markdown page is opened', async () => {
    const extension = getExtension();
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'no workspace folder');
    const uri = vscode.Uri.joinPath(folder.uri, weekPage);

    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'markdown');
    assert.equal(editor.document.uri.toString(), uri.toString());
    assert.match(document.getText(), /^---\ntitle: "Week 1 Worklog"/);

    await waitFor(() => extension.isActive, 15_000, `${extensionId} to activate`);
    assert.equal(extension.isActive, true);
    // activate() on an active extension resolves to the same exports without re-running activation.
    await extension.activate();
  });
});
