// The ESM build: the package's main (UMD) requires its parts at run time, which a bundle cannot resolve.
import { applyEdits as applyJsonEdits, modify } from 'jsonc-parser/lib/esm/main.js';
import * as vscode from 'vscode';
import { CONFIG_FILE } from '../core';
import { ids } from './ids';
import type { OnlineLinksService } from './onlineLinks';
import { toRange } from './diagnostics';

const CODES = new Set(['link.unreachable', 'link.unverified']);

/** *Ignore this link*: adds the link to `ignoreLinks` in the site's `.worklogrc.json` (created when missing), as one undoable edit. */
export function registerIgnoreLink(online: OnlineLinksService): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    async provideCodeActions(document, _range, context) {
      const shown = online.findings(document.uri);
      if (!shown || shown.page.text !== document.getText()) return [];
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of context.diagnostics) {
        const code = typeof diagnostic.code === 'object' && diagnostic.code !== null ? String(diagnostic.code.value) : String(diagnostic.code);
        if (diagnostic.source !== ids.diagnosticSource || !CODES.has(code)) continue;
        const finding = shown.findings.find((f) => f.code === code && toRange(shown.page, f.span).isEqual(diagnostic.range));
        if (!finding) continue;
        const url = shown.page.text.slice(finding.span.start, finding.span.end);
        const action = new vscode.CodeAction(vscode.l10n.t('Ignore this link (add it to {0})', CONFIG_FILE), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.edit = await ignoreEdit(document.uri, url);
        actions.push(action);
      }
      return actions;
    },
  };
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}

async function ignoreEdit(page: vscode.Uri, url: string): Promise<vscode.WorkspaceEdit> {
  const edit = new vscode.WorkspaceEdit();
  const existing = await nearestConfig(page);
  if (existing) {
    const document = await vscode.workspace.openTextDocument(existing);
    const text = document.getText();
    const formattingOptions = { insertSpaces: true, tabSize: 2, eol: document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n' };
    let changes;
    try {
      changes = modify(text, ['ignoreLinks', -1], url, { formattingOptions });
    } catch {
      // Text that is not a JSON object cannot take the entry; a fresh object in its place would lose the user's text.
      return edit;
    }
    // One replacement of the changed stretch, so undo restores the file exactly.
    const after = applyJsonEdits(text, changes);
    let start = 0;
    while (start < text.length && text[start] === after[start]) start++;
    let tail = 0;
    while (tail < text.length - start && text[text.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
    edit.replace(existing, new vscode.Range(document.positionAt(start), document.positionAt(text.length - tail)), after.slice(start, after.length - tail));
    return edit;
  }
  const file = vscode.Uri.joinPath(siteRoot(page), CONFIG_FILE);
  edit.createFile(file, { ignoreIfExists: true });
  edit.insert(file, new vscode.Position(0, 0), `${JSON.stringify({ ignoreLinks: [url] }, null, 2)}\n`);
  return edit;
}

/** The `.worklogrc.json` the page's settings come from: the nearest one up to the workspace folder. */
async function nearestConfig(page: vscode.Uri): Promise<vscode.Uri | undefined> {
  const root = vscode.workspace.getWorkspaceFolder(page)?.uri;
  if (!root) return undefined;
  for (let dir = vscode.Uri.joinPath(page, '..'); dir.path.length >= root.path.length; dir = vscode.Uri.joinPath(dir, '..')) {
    const candidate = vscode.Uri.joinPath(dir, CONFIG_FILE);
    try {
      await vscode.workspace.fs.stat(candidate);
      return candidate;
    } catch {
      // Not here; look one folder up.
    }
    if (dir.path === root.path || dir.path === '/') break;
  }
  return undefined;
}

/** The Hugo site holding the page: the folder above its `content/`, else the workspace folder. */
function siteRoot(page: vscode.Uri): vscode.Uri {
  const at = page.path.lastIndexOf('/content/');
  if (at >= 0) return page.with({ path: page.path.slice(0, at) });
  return vscode.workspace.getWorkspaceFolder(page)?.uri ?? vscode.Uri.joinPath(page, '..');
}
