import * as vscode from 'vscode';
import { isInsideFolder, resolveLocalLink } from '../core/links/hugoLinks';
import { corePath } from './pageStore';
import { siteRootOf } from './previewContent';
import { WorkspaceFiles, uriExists as exists } from './workspaceFiles';

/** Where a preview's clicks land: the page it shows and the editor column it came from. */
export interface PreviewSource {
  readonly resource: vscode.Uri;
  readonly sourceColumn: vscode.ViewColumn | undefined;
}

/** Shows the clicked place in the page's editor (its own column, never a new editor), cursor at the cell's start. */
export async function revealInEditor(source: PreviewSource, line: number, offset: number | undefined): Promise<void> {
  const document = await vscode.workspace.openTextDocument(source.resource);
  const lastLine = Math.max(0, document.lineCount - 1);
  let position = new vscode.Position(Math.min(line, lastLine), 0);
  // The offset is trusted only when it still lies on the clicked line (the page may have changed since the render).
  if (offset !== undefined && offset <= document.getText().length) {
    const at = document.positionAt(offset);
    if (at.line === position.line) position = at;
  }
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? source.sourceColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/**
 * Opens a clicked link: web and mail links outside VS Code, site links in the page's editor column. Returns the
 * warning shown instead when the link is not opened.
 */
export async function openPreviewLink(source: PreviewSource, siteFiles: WorkspaceFiles, href: string, kind: 'external' | 'local'): Promise<string | undefined> {
  if (kind === 'external') {
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(href, true);
    } catch {
      return undefined;
    }
    // Only web and mail links leave the preview; VS Code asks before opening an untrusted domain.
    if (['http', 'https', 'mailto'].includes(uri.scheme)) await vscode.env.openExternal(uri);
    return undefined;
  }
  const target = await resolveLocal(source, siteFiles, href);
  if (target.kind !== 'found') {
    const warning =
      target.kind === 'outside'
        ? vscode.l10n.t('{0} leads outside the workspace folder, so the preview does not open it.', href)
        : vscode.l10n.t('Cannot find {0} in this site.', href);
    void vscode.window.showWarningMessage(warning);
    return warning;
  }
  const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === source.resource.toString())?.viewColumn ?? source.sourceColumn ?? vscode.ViewColumn.One;
  await vscode.commands.executeCommand('vscode.open', target.uri, { viewColumn: column } satisfies vscode.TextDocumentShowOptions);
  return undefined;
}

/** A page's links may open only what lies in its workspace folder (a loose page: its site, else its own folder). */
export function staysInWorkspace(page: vscode.Uri, target: vscode.Uri): boolean {
  const folder = vscode.workspace.getWorkspaceFolder(page)?.uri ?? siteRootOf(page) ?? vscode.Uri.joinPath(page, '..');
  return target.scheme === folder.scheme && target.authority === folder.authority && isInsideFolder(folder.path, target.path);
}

type Resolved = { readonly kind: 'found'; readonly uri: vscode.Uri } | { readonly kind: 'outside' } | { readonly kind: 'missing' };

/** Resolves a relative link the way Hugo serves the site (`../1.2-week2/` → that week's page file). */
async function resolveLocal(source: PreviewSource, siteFiles: WorkspaceFiles, href: string): Promise<Resolved> {
  await siteFiles.load();
  const files = siteFiles.files;
  if (files) {
    const found = resolveLocalLink(corePath(source.resource), href, files);
    if (found.kind === 'found') {
      const uri = source.resource.scheme === 'file' ? vscode.Uri.file(found.path) : source.resource.with({ path: found.path });
      if (!staysInWorkspace(source.resource, uri)) return { kind: 'outside' };
      const onDisk = await withDiskCase(uri);
      const file = onDisk && (await pageFileIn(onDisk));
      if (file) return staysInWorkspace(source.resource, file) ? { kind: 'found', uri: file } : { kind: 'outside' };
    }
  }
  // Outside a Hugo site: the link relative to the page's file, as the document links read it.
  const path = href.replace(/[?#].*$/s, '');
  if (path === '' || path.startsWith('/')) return { kind: 'missing' };
  const uri = vscode.Uri.joinPath(source.resource, '..', path);
  // Decided before the disk is read: what exists outside the workspace folder is none of the preview's business.
  if (!staysInWorkspace(source.resource, uri)) return { kind: 'outside' };
  const file = await pageFileIn(uri);
  return file ? { kind: 'found', uri: file } : { kind: 'missing' };
}

/** Hugo matches paths case-insensitively (`1.2-week2/` is `1.2-Week2/`); the file system may not, so find the real spelling. */
async function withDiskCase(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
  if (await exists(uri)) return uri;
  let current = uri.with({ path: '/' });
  for (const segment of uri.path.split('/').filter((s) => s !== '')) {
    const exact = vscode.Uri.joinPath(current, segment);
    if (await exists(exact)) {
      current = exact;
      continue;
    }
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(current);
    } catch {
      return undefined;
    }
    const match = entries.find(([name]) => name.toLowerCase() === segment.toLowerCase());
    if (!match) return undefined;
    current = vscode.Uri.joinPath(current, match[0]);
  }
  return current;
}

/** A found folder is a page bundle: open its index page (the page's own language first). */
async function pageFileIn(uri: vscode.Uri): Promise<vscode.Uri | undefined> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return undefined;
  }
  if (stat.type !== vscode.FileType.Directory) return uri;
  for (const name of ['_index.md', 'index.md', '_index.en.md', 'index.en.md', '_index.vi.md', 'index.vi.md']) {
    const candidate = vscode.Uri.joinPath(uri, name);
    if (await exists(candidate)) return candidate;
  }
  return undefined;
}
