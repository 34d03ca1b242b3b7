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
      this.byUri.delete(uri.toString());
    } else {
      this.byUri.set(uri.toString(), { page, version, uri });
    }
    this.uriByPage.set(page, uri);
    if (before !== (page.identity.kind === 'other' ? undefined : page)) this.changed.fire(uri);
  }

  forget(uri: vscode.Uri): void {
    if (this.byUri.delete(uri.toString())) this.changed.fire(uri);
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
    for (const entry of this.byUri.values()) if (entry.page.path === path) return entry.page;
    return undefined;
  }

  /** Week pages of the same worklog section, every language, the given page included. */
  siblings(page: Page): Page[] {
    if (page.identity.kind !== 'week') return [page];
    const key = siteKey(page.path);
    const pages = [page];
    for (const entry of this.byUri.values()) {
      if (entry.page !== page && entry.page.path !== page.path && entry.page.identity.kind === 'week' && siteKey(entry.page.path) === key) pages.push(entry.page);
    }
    return pages;
  }

  get size(): number {
    return this.byUri.size;
  }
}
