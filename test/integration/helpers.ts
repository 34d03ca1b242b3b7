// Shared by the in-host suites: workspace paths, opening pages, polling, and a clean editor state between tests.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorklogApi } from '../../src/extension';

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function open(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(document);
}

/** Polls `read` until it returns a value: the extension answers asynchronously (debounce, workspace scan). */
export async function until<T>(read: () => T | undefined, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Each test starts from the files as saved: dirty documents are reverted before their editors close. */
export async function revertAndCloseAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Activates the extension under test, failing clearly when the host did not load it. */
export async function activateExtension(): Promise<WorklogApi> {
  const extension = vscode.extensions.all.find((e) => (e.packageJSON as { name?: string }).name === 'worklog-studio');
  assert.ok(extension, 'extension not found');
  return (await extension.activate()) as WorklogApi;
}

/** Watches the extension host's thread: `stop()` ends the watch and returns the longest it was blocked, in ms (a 10 ms timer firing late). */
export function watchHostStall(): { stop(): number } {
  let stall = 0;
  let tick = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - tick - 10);
    tick = now;
  }, 10);
  return {
    stop() {
      clearInterval(probe);
      return stall;
    },
  };
}
