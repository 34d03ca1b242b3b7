import * as vscode from 'vscode';
import { SiteFiles, siteFilesFromPaths } from '../core';
import { corePath } from './pageStore';

/** Hugo resolves relative links against these folders; listing only them keeps the snapshot small. */
const SITE_FILES = '**/{content,static,assets}/**';
/** A site root's configuration: without one (or `static/`) the rule cannot tell where Hugo looks, so it is silent. */
const SITE_CONFIG = '**/{hugo.toml,hugo.yaml,hugo.yml,hugo.json,config.toml,config.yaml,config.yml,config.json}';

/**
 * A snapshot of the workspace's site files for `link.local-missing`, answered synchronously as the
 * core needs; a watcher keeps it current and it is rebuilt lazily after a change.
 */
/** Whether a file or folder exists, through workspace.fs so virtual workspaces answer too. */
export async function uriExists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export class WorkspaceFiles implements vscode.Disposable {
  private readonly paths = new Set<string>();
  private snapshot: SiteFiles | undefined;
  private readonly watcher = vscode.workspace.createFileSystemWatcher(SITE_FILES, false, true, false);
  private readonly configWatcher = vscode.workspace.createFileSystemWatcher(SITE_CONFIG, false, true, false);
  private readonly subscriptions: vscode.Disposable[];
  private loaded: Promise<void> | undefined;
  private ready = false;

  constructor() {
    this.subscriptions = [
      this.watcher,
      this.watcher.onDidCreate((uri) => this.change(() => this.paths.add(corePath(uri)))),
      this.watcher.onDidDelete((uri) => this.change(() => this.paths.delete(corePath(uri)))),
      this.configWatcher,
      this.configWatcher.onDidCreate((uri) => this.change(() => this.paths.add(corePath(uri)))),
      this.configWatcher.onDidDelete((uri) => this.change(() => this.paths.delete(corePath(uri)))),
    ];
  }

  /** Lists the site files once; later calls return the same promise. */
  load(token?: vscode.CancellationToken): Promise<void> {
    const exclude = '{**/node_modules/**,**/public/**,**/.git/**}';
    const list = (glob: string) => Promise.resolve(vscode.workspace.findFiles(glob, exclude, undefined, token));
    this.loaded ??= Promise.all([list(SITE_FILES), list(SITE_CONFIG)]).then((lists) =>
      this.change(() => {
        lists.flat().forEach((uri) => this.paths.add(corePath(uri)));
        this.ready = true;
      }),
    );
    return this.loaded;
  }

  /** The current snapshot, or undefined before the first listing (the rule then stays silent rather than guess). */
  get files(): SiteFiles | undefined {
    if (!this.ready) return undefined;
    this.snapshot ??= siteFilesFromPaths(this.paths);
    return this.snapshot;
  }

  private change(apply: () => void): void {
    apply();
    this.snapshot = undefined;
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
  }
}
