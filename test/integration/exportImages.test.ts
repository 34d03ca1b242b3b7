// In-host: Export Preview as HTML embeds the page's local images (never a file: URL) and follows
// worklog.preview.remoteImages for https images.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, workspaceUri } from './helpers';

// Outside the worklog section and not a week, so no other page's checks and no Weeks view row see it.
const FOLDER = 'site-c/content/export-images';
const PAGE = `${FOLDER}/page.md`;
/** The 8-byte PNG signature and a few bytes: enough for the export to know the type from the bytes. */
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const TEXT = [
  '---',
  'title: "Lab notes"',
  '---',
  '',
  'Local: ![diagram](images/diagram.png) and a script named like an image: ![fake](images/fake.png)',
  '',
  'Remote: ![badge](https://images.example.com/badge.png)',
  '',
].join('\n');

describe('Export Preview as HTML: images', () => {
  const target = workspaceUri('site-c/week9-export.html');

  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.writeFile(workspaceUri(PAGE), new TextEncoder().encode(TEXT));
    await vscode.workspace.fs.writeFile(workspaceUri(`${FOLDER}/images/diagram.png`), PNG);
    await vscode.workspace.fs.writeFile(workspaceUri(`${FOLDER}/images/fake.png`), new TextEncoder().encode('#!/bin/sh\necho hi\n'));
  });

  after(async () => {
    await vscode.workspace.getConfiguration('worklog').update('preview.remoteImages', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true }).then(undefined, () => undefined);
    await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
  });

  const exported = async (): Promise<string> => {
    await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('worklog.preview.export', workspaceUri(PAGE), target);
    assert.equal(written?.toString(), target.toString());
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
  };

  it('embeds a local PNG as data:, leaves out a file that is not an image, and never writes a file: URL', async () => {
    const html = await exported();
    assert.ok(html.includes(`<img src="data:image/png;base64,${btoa(String.fromCharCode(...PNG))}" alt="diagram">`), html);
    assert.match(html, /<span class="wl-image-placeholder" title="fake"><span class="wl-image-placeholder-label">Image left out:<\/span> images\/fake\.png<\/span>/);
    assert.doesNotMatch(html, /file:/);
    // Setting on by default: the https image loads only if this host trusts the folder (the test host may not).
    if (vscode.workspace.isTrusted) {
      assert.match(html, /<img src="https:\/\/images\.example\.com\/badge\.png" alt="badge">/);
      assert.match(html, /img-src https: data:;/);
    } else {
      assert.match(html, /<a href="https:\/\/images\.example\.com\/badge\.png" data-link="external" class="wl-link wl-image-placeholder" title="badge">/);
      assert.match(html, /img-src data:;/);
    }
  });

  it('shows https images as placeholders and allows none in its CSP when worklog.preview.remoteImages is off', async () => {
    await vscode.workspace.getConfiguration('worklog').update('preview.remoteImages', false, vscode.ConfigurationTarget.Workspace);
    const html = await exported();
    assert.doesNotMatch(html, /<img src="https:/);
    assert.match(html, /<a href="https:\/\/images\.example\.com\/badge\.png" data-link="external" class="wl-link wl-image-placeholder" title="badge">/);
    assert.match(html, /img-src data:;/);
  });
});
