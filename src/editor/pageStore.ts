import * as vscode from 'vscode';
import { Page, decodePage, parsePage, siteKey } from '../core';

/** The path the core reads identity from: the file system path for files, the URI path otherwise. */
export function corePath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.path;
}

/**
 * The latest parse of every worklog page the extension knows: open documents by version, other
 * workspace pages from disk. One changed page re-parses that page only.
 */
export class PageStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the URI of a page whose parse changed, appeared or was forgotten. */
  readonly onDidChange = this.changed.event;
  private readonly byUri = new Map<string, { page: Page; version: number | undefined; uri: vscode.Uri }>();
  private readonly uriByPage = new WeakMap<Page, vscode.Uri>();
  // Indexes so a keystroke costs the size of its site, not of the workspace.
  private readonly bySite = new Map<string, Set<string>>();
  private readonly byCorePath = new Map<string, string>();

  fromDocument(document: vscode.TextDocument): Page {
    const key = document.uri.toString();
    const known = this.byUri.get(key);
    if (known && known.version === document.version) return known.page;
    const text = document.getText();
    const page = known && known.page.text === text ? known.page : parsePage(corePath(document.uri), text);
    this.remember(document.uri, page, document.version);
    return page;
  }

  async fromDisk(uri: vscode.Uri): Promise<Page | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      return undefined;
    }
    const decoded = decodePage(bytes);
    if (!decoded.ok) return undefined;
    const known = this.byUri.get(uri.toString());
    const page = known && known.page.text === decoded.text ? known.page : parsePage(corePath(uri), decoded.text);
    this.remember(uri, page, undefined);
    return page;
  }

  private remember(uri: vscode.Uri, page: Page, version: number | undefined): void {
    const before = this.byUri.get(uri.toString())?.page;
    if (page.identity.kind === 'other') {
      this.delete(uri.toString());
    } else {
      this.byUri.set(uri.toString(), { page, version, uri });
      this.index(uri.toString(), page.path);
    }
    this.uriByPage.set(page, uri);
    if (before !== (page.identity.kind === 'other' ? undefined : page)) this.changed.fire(uri);
  }

  forget(uri: vscode.Uri): void {
    if (this.delete(uri.toString())) this.changed.fire(uri);
  }

  private index(key: string, path: string): void {
    if (this.byCorePath.get(path) === key) return;
    this.byCorePath.set(path, key);
    const site = siteKey(path);
    let members = this.bySite.get(site);
    if (!members) this.bySite.set(site, (members = new Set()));
    members.add(key);
  }

  private delete(key: string): boolean {
    const entry = this.byUri.get(key);
    if (!entry) return false;
    this.byUri.delete(key);
    this.byCorePath.delete(entry.page.path);
    this.bySite.get(siteKey(entry.page.path))?.delete(key);
    return true;
  }

  /** Every known worklog page (weeks and section indexes). */
  pages(): Page[] {
    return [...this.byUri.values()].map((e) => e.page);
  }

  dispose(): void {
    this.changed.dispose();
  }

  uriOf(page: Page): vscode.Uri | undefined {
    return this.uriByPage.get(page);
  }

  pageAt(uri: vscode.Uri): Page | undefined {
    return this.byUri.get(uri.toString())?.page;
  }

  byPath(path: string): Page | undefined {
    const key = this.byCorePath.get(path);
    return key === undefined ? undefined : this.byUri.get(key)?.page;
  }

  /** Week pages of the same worklog section, every language, the given page included. */
  siblings(page: Page): Page[] {
    if (page.identity.kind !== 'week') return [page];
    const pages = [page];
    for (const key of this.bySite.get(siteKey(page.path)) ?? []) {
      const other = this.byUri.get(key)?.page;
      if (other && other !== page && other.path !== page.path && other.identity.kind === 'week') pages.push(other);
    }
    return pages;
  }

  /** Every known page of one site key (week pages in any language and section indexes). */
  pagesOfSite(site: string): Page[] {
    const pages: Page[] = [];
    for (const key of this.bySite.get(site) ?? []) {
      const page = this.byUri.get(key)?.page;
      if (page) pages.push(page);
    }
    return pages;
  }

  /** URIs of the known pages inside a folder (a renamed or deleted folder takes its pages with it). */
  urisUnder(folder: vscode.Uri): vscode.Uri[] {
    const prefix = folder.toString().replace(/\/$/, '') + '/';
    return [...this.byUri.values()].filter((e) => e.uri.toString().startsWith(prefix)).map((e) => e.uri);
  }

  get size(): number {
    return this.byUri.size;
  }
}
