import * as vscode from 'vscode';
import type { RenderInput } from '../core/render/render';
import { patchOrWhole } from '../webview/blockPatch';
import { ExtensionMessage, UpdateMessage, WebviewMessage, parseWebviewMessage } from '../webview/protocol';
import type { PreviewPanelInfo, PreviewRendered } from './preview';
import { baseName, countProblems, previewTitle, problemsOf, remoteImagesAllowed, renderInput, siteRootOf, summaryText } from './previewContent';
import { newNonce, previewShellHtml } from './previewHtml';
import { openPreviewLink, revealInEditor } from './previewLinks';
import type { PreviewRenderer, RenderResult } from './previewRenderer';
import { SettingsProvider } from './settings';
import { WorkspaceFiles } from './workspaceFiles';

/** What a panel needs from the feature that owns it. */
export interface PreviewHost {
  readonly extensionUri: vscode.Uri;
  readonly renderer: PreviewRenderer;
  readonly settings: SettingsProvider;
  readonly siteFiles: WorkspaceFiles;
  log(line: string): void;
  /** A warning the preview showed the user instead of acting on a click. */
  warned(message: string): void;
  posted(message: ExtensionMessage): void;
  rendered(rendered: PreviewRendered): void;
  shown(preview: Preview): void;
  closed(preview: Preview): void;
}

let nextPreviewId = 0;

/** One webview panel showing one page; it follows the active editor unless locked. */
export class Preview {
  readonly id = `preview:${++nextPreviewId}`;
  sourceColumn: vscode.ViewColumn | undefined;
  private title: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private lastUpdate: UpdateMessage | undefined;
  /** The top-level blocks the webview shows (those of lastUpdate); undefined when its document is fresh. */
  private shownBlocks: readonly string[] | undefined;
  /** Off once the webview could not apply a patch to this document: it gets whole pages from then on. */
  private patching = true;
  private cursorLine: number | undefined;
  /** Whether the document's CSP lets https images load; a change of trust or setting sets a new document. */
  private remoteImages = false;
  private disposed = false;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    readonly panel: vscode.WebviewPanel,
    public resource: vscode.Uri,
    public locked: boolean,
    private readonly host: PreviewHost,
  ) {
    panel.iconPath = vscode.Uri.joinPath(host.extensionUri, 'media', 'worklog.svg');
    this.cursorLine = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === resource.toString())?.selection.active.line;
    this.subscriptions = [
      panel.webview.onDidReceiveMessage((message: unknown) => void this.handle(message)),
      panel.onDidChangeViewState(() => {
        if (panel.active) host.shown(this);
      }),
      panel.onDidDispose(() => this.dispose()),
    ];
    this.resetHtml();
    this.schedule(0);
  }

  info(): PreviewPanelInfo {
    return { resource: this.resource.toString(), locked: this.locked, title: this.panel.title, active: this.panel.active, viewColumn: this.panel.viewColumn };
  }

  /** Shows another page: new resource roots and a fresh document (its scroll position belongs to the old page). */
  retarget(resource: vscode.Uri): void {
    if (resource.toString() === this.resource.toString()) return;
    this.resource = resource;
    this.title = undefined;
    this.lastUpdate = undefined;
    this.cursorLine = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === resource.toString())?.selection.active.line;
    this.panel.webview.options = webviewOptions(this.host.extensionUri, resource);
    this.resetHtml();
    this.schedule(0);
  }

  setLocked(locked: boolean): void {
    this.locked = locked;
    this.panel.title = previewTitle(this.resource, this.title, locked);
    this.schedule(0);
  }

  cursorMoved(line: number): void {
    this.cursorLine = line;
    this.post({ type: 'scrollToLine', line });
  }

  schedule(delayMs: number): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  private resetHtml(): void {
    this.shownBlocks = undefined;
    this.patching = true;
    const webview = this.panel.webview;
    const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, ...path)).toString();
    this.panel.title = previewTitle(this.resource, this.title, this.locked);
    this.remoteImages = remoteImagesAllowed(this.resource);
    webview.html = previewShellHtml({
      cspSource: webview.cspSource,
      nonce: newNonce(),
      scriptUri: asset('dist', 'webview', 'preview.js'),
      styleUri: asset('media', 'preview.css'),
      language: vscode.env.language,
      resource: this.resource.toString(),
      locked: this.locked,
      title: this.panel.title,
      loading: vscode.l10n.t('Rendering…'),
      remoteImages: this.remoteImages,
    });
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const resource = this.resource;
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(resource);
    } catch (error) {
      this.post({ type: 'error', message: vscode.l10n.t('Cannot read {0}: {1}', baseName(resource), error instanceof Error ? error.message : String(error)) });
      return;
    }
    const { config } = await this.host.settings.forResource(resource);
    if (generation !== this.generation || this.disposed) return;
    const remoteImages = remoteImagesAllowed(resource);
    if (remoteImages !== this.remoteImages) this.resetHtml();
    const started = performance.now();
    const problems = problemsOf(document);
    // Positions counted from each block, so an edit leaves the blocks below it unchanged and unsent.
    const input: RenderInput = { ...renderInput(document, problems, config.dateOrder, this.imageBase(resource), remoteImages), positions: 'block' };
    const readMs = performance.now() - started;
    const result: RenderResult | undefined = await this.host.renderer.render(this.id, input);
    if (!result || generation !== this.generation || this.disposed || resource.toString() !== this.resource.toString()) return;
    if (!result.ok) {
      this.post({ type: 'error', message: vscode.l10n.t('The preview could not be rendered: {0}', result.error) });
      return;
    }
    const posting = performance.now();
    const counts = countProblems(problems);
    this.title = result.output.title || undefined;
    this.panel.title = previewTitle(resource, this.title, this.locked);
    const message: UpdateMessage = {
      type: 'update',
      resource: resource.toString(),
      html: result.output.html,
      origins: result.output.origins,
      title: this.panel.title,
      summary: summaryText(counts),
      summaryTitle: vscode.l10n.t('Show the Problems panel'),
      counts,
      locked: this.locked,
      line: this.cursorLine,
    };
    const sent = this.shownBlocks && this.patching ? patchOrWhole(message, this.shownBlocks, result.output.blocks) : message;
    this.lastUpdate = message;
    this.shownBlocks = result.output.blocks;
    const postStarted = performance.now();
    this.post(sent);
    const done = performance.now();
    this.host.rendered({ resource: resource.toString(), message, posted: sent, renderMs: result.renderMs, thread: result.thread, hostMs: readMs + done - posting, postMs: done - postStarted });
  }

  private post(message: ExtensionMessage): void {
    if (this.disposed) return;
    this.host.posted(message);
    void this.panel.webview.postMessage(message);
  }

  /** Image sources in the webview: the page's folder for relative srcs and the site's static/ for '/'-rooted ones. */
  private imageBase(resource: vscode.Uri): RenderInput['imageBase'] {
    const webview = this.panel.webview;
    const site = siteRootOf(resource);
    return {
      page: `${webview.asWebviewUri(vscode.Uri.joinPath(resource, '..')).toString()}/`,
      ...(site ? { site: `${webview.asWebviewUri(vscode.Uri.joinPath(site, 'static')).toString()}/` } : {}),
    };
  }

  async handle(raw: unknown): Promise<void> {
    const message = parseWebviewMessage(raw);
    if (!message) {
      this.host.log(`Preview: ignored an unexpected message from the webview: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    await this.act(message);
  }

  private async act(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        // The webview (re)loaded, e.g. after being hidden: give it the last content at once, then a fresh render.
        if (this.lastUpdate) this.post(this.lastUpdate);
        return;
      case 'resync':
        this.host.log('Preview: the webview could not apply a change in place; it gets whole pages from now on.');
        this.patching = false;
        if (this.lastUpdate) this.post(this.lastUpdate);
        return;
      case 'showProblems':
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        return;
      case 'reveal':
        await revealInEditor(this, message.line, message.offset);
        return;
      case 'openLink': {
        const warning = await openPreviewLink(this, this.host.siteFiles, message.href, message.kind);
        if (warning !== undefined) this.host.warned(warning);
        return;
      }
    }
  }


  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.subscriptions.forEach((d) => d.dispose());
    this.host.closed(this);
  }
}

export function webviewOptions(extensionUri: vscode.Uri, resource: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  const site = siteRootOf(resource);
  return {
    enableScripts: true,
    enableCommandUris: false,
    enableFindWidget: true,
    localResourceRoots: [
      vscode.Uri.joinPath(extensionUri, 'media'),
      vscode.Uri.joinPath(extensionUri, 'dist', 'webview'),
      vscode.Uri.joinPath(resource, '..'),
      ...(site ? [vscode.Uri.joinPath(site, 'static')] : []),
    ],
  };
}
