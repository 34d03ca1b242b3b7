import * as vscode from 'vscode';
import { Page, pageLanguage, siteKey } from '../core';
import { resolveLocalLink } from '../core/links/hugoLinks';
import type { RenderInput, RenderLabels, RenderProblem } from '../core/render/render';
import { ExtensionMessage, SummaryCounts, UpdateMessage, WebviewMessage, parsePreviewState, parseWebviewMessage } from '../webview/protocol';
import { ids } from './ids';
import { PageStore, corePath } from './pageStore';
import { newNonce, previewShellHtml, standaloneHtml } from './previewHtml';
import { PreviewRenderer, RenderResult } from './previewRenderer';
import { SettingsProvider } from './settings';
import { WorkspaceFiles } from './workspaceFiles';
import { uriExists as exists } from './workspaceFiles';

/** Typing pauses this long before the preview renders again; diagnostics arriving meanwhile join the same render. */
const TEXT_DEBOUNCE_MS = 300;
const DIAGNOSTICS_DEBOUNCE_MS = 100;

const SEVERITY: Record<vscode.DiagnosticSeverity, RenderProblem['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** One preview panel as tests see it. */
export interface PreviewPanelInfo {
  readonly resource: string;
  readonly locked: boolean;
  readonly title: string;
  readonly active: boolean;
  readonly viewColumn: number | undefined;
}

/** One update that reached a webview, with what it cost. */
export interface PreviewRendered {
  readonly resource: string;
  readonly message: UpdateMessage;
  /** Time the worker spent in renderWeek. */
  readonly renderMs: number;
  /** Time the extension host's thread spent on this update (reading text and diagnostics, posting). */
  readonly hostMs: number;
  /** The part of hostMs spent posting the message to the webview. */
  readonly postMs: number;
}

/** The preview feature, with hooks the in-host tests use instead of reading the webview's pixels. */
export interface PreviewService extends vscode.Disposable {
  panels(): PreviewPanelInfo[];
  /** The active preview panel, else the most recently shown one. */
  current(): PreviewPanelInfo | undefined;
  /** The last message posted to any preview webview. */
  lastPosted(): ExtensionMessage | undefined;
  /** Resolves with the next update posted to a webview. */
  nextRender(): Promise<PreviewRendered>;
  /** Handles a message as if the current panel's webview had sent it (it goes through the same validation). */
  receive(message: unknown): Promise<void>;
  /** What the serializer does with a panel VS Code restores after a reload. */
  restore(panel: vscode.WebviewPanel, state: unknown): Promise<void>;
}

export function registerPreview(extensionUri: vscode.Uri, store: PageStore, settings: SettingsProvider, siteFiles: WorkspaceFiles, output: vscode.OutputChannel): PreviewService {
  const renderer = new PreviewRenderer(vscode.Uri.joinPath(extensionUri, 'dist', 'renderWorker.js').fsPath, (line) => output.appendLine(line));
  const previews = new Set<Preview>();
  let lastPosted: ExtensionMessage | undefined;
  let lastShown: Preview | undefined;
  const renderWaiters: Array<(rendered: PreviewRendered) => void> = [];

  const host: PreviewHost = {
    extensionUri,
    renderer,
    settings,
    siteFiles,
    log: (line) => output.appendLine(line),
    posted(message) {
      lastPosted = message;
    },
    rendered(rendered) {
      renderWaiters.splice(0).forEach((resolve) => resolve(rendered));
    },
    shown(preview) {
      lastShown = preview;
      void updateContext();
    },
    closed(preview) {
      previews.delete(preview);
      if (lastShown === preview) lastShown = [...previews].pop();
      renderer.cancel(preview.id);
      void updateContext();
    },
  };

  const current = (): Preview | undefined => [...previews].find((p) => p.panel.active) ?? lastShown;

  const updateContext = async () => {
    const editor = vscode.window.activeTextEditor;
    await vscode.commands.executeCommand('setContext', ids.contexts.isWorklogPage, editor !== undefined && isWorklogPage(store, editor.document));
    await vscode.commands.executeCommand('setContext', ids.contexts.previewLocked, current()?.locked === true);
  };

  const createPanel = (resource: vscode.Uri, column: vscode.ViewColumn, preserveFocus: boolean): vscode.WebviewPanel =>
    vscode.window.createWebviewPanel(ids.webviews.preview, previewTitle(resource, undefined, false), { viewColumn: column, preserveFocus }, webviewOptions(extensionUri, resource));

  const show = async (arg: unknown, toSide: boolean) => {
    const resource = resourceFrom(arg, store, current());
    if (!resource) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a worklog page to preview it.'));
      return;
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === resource.toString());
    const sourceColumn = editor?.viewColumn ?? vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
    const column = toSide ? vscode.ViewColumn.Beside : (vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active);
    const existing = [...previews].find((p) => p.resource.toString() === resource.toString()) ?? [...previews].find((p) => !p.locked);
    if (existing) {
      existing.sourceColumn = sourceColumn;
      existing.retarget(resource);
      existing.panel.reveal(toSide ? existing.panel.viewColumn : column, toSide);
      return;
    }
    const preview = new Preview(createPanel(resource, column, toSide), resource, false, host);
    preview.sourceColumn = sourceColumn;
    previews.add(preview);
    host.shown(preview);
  };

  const restore = async (panel: vscode.WebviewPanel, state: unknown) => {
    const saved = parsePreviewState(state);
    let resource: vscode.Uri | undefined;
    try {
      resource = saved ? vscode.Uri.parse(saved.resource, true) : undefined;
    } catch {
      resource = undefined;
    }
    if (!resource) {
      panel.dispose();
      return;
    }
    panel.webview.options = webviewOptions(extensionUri, resource);
    const preview = new Preview(panel, resource, saved?.locked === true, host);
    previews.add(preview);
    host.shown(preview);
  };

  const exportHtml = async (arg: unknown, target: unknown) => {
    const resource = resourceFrom(arg, store, current());
    if (!resource) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a worklog page to preview it.'));
      return undefined;
    }
    const destination =
      target instanceof vscode.Uri
        ? target
        : await vscode.window.showSaveDialog({
            defaultUri: exportUriFor(resource),
            filters: { HTML: ['html', 'htm'] },
            saveLabel: vscode.l10n.t('Export'),
            title: vscode.l10n.t('Export Preview as HTML'),
          });
    if (!destination) return undefined;
    try {
      const document = await vscode.workspace.openTextDocument(resource);
      const { config } = await settings.forResource(resource);
      const problems = problemsOf(document);
      const result = await renderer.render(`export:${resource.toString()}`, renderInput(document, problems, config.dateOrder, exportImageBase(resource)));
      if (!result?.ok) throw new Error(result ? result.error : vscode.l10n.t('The render was cancelled.'));
      const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css')));
      const html = standaloneHtml({
        title: result.output.title || baseName(resource),
        language: pageLanguage(store.fromDocument(document)),
        summary: summaryText(countProblems(problems)),
        bodyHtml: result.output.html,
        css,
      });
      await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(html));
      void vscode.window.showInformationMessage(vscode.l10n.t('Preview exported to {0}.', vscode.workspace.asRelativePath(destination)));
      return destination;
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the preview: {0}', error instanceof Error ? error.message : String(error)));
      return undefined;
    }
  };

  const subscriptions: vscode.Disposable[] = [
    vscode.commands.registerCommand(ids.commands.previewOpen, (arg?: unknown) => show(arg, false)),
    vscode.commands.registerCommand(ids.commands.previewOpenToSide, (arg?: unknown) => show(arg, true)),
    vscode.commands.registerCommand(ids.commands.previewToggleLock, () => {
      const preview = current();
      if (!preview) return;
      preview.setLocked(!preview.locked);
      void updateContext();
    }),
    vscode.commands.registerCommand(ids.commands.previewExport, (arg?: unknown, target?: unknown) => exportHtml(arg, target)),
    vscode.window.registerWebviewPanelSerializer(ids.webviews.preview, { deserializeWebviewPanel: restore }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      void updateContext();
      if (!editor || !isWorklogPage(store, editor.document)) return;
      for (const preview of previews) {
        if (preview.resource.toString() === editor.document.uri.toString()) preview.sourceColumn = editor.viewColumn;
        else if (!preview.locked) {
          preview.sourceColumn = editor.viewColumn;
          preview.retarget(editor.document.uri);
        }
      }
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      const key = event.textEditor.document.uri.toString();
      for (const preview of previews) if (preview.resource.toString() === key) preview.cursorMoved(event.selections[0].active.line);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length === 0) return;
      const key = event.document.uri.toString();
      for (const preview of previews) if (preview.resource.toString() === key) preview.schedule(TEXT_DEBOUNCE_MS);
    }),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const changed = new Set(event.uris.map((u) => u.toString()));
      for (const preview of previews) if (changed.has(preview.resource.toString())) preview.schedule(DIAGNOSTICS_DEBOUNCE_MS);
    }),
    settings.onDidChange(() => previews.forEach((p) => p.schedule(0))),
  ];
  void updateContext();

  return {
    panels: () => [...previews].map((p) => p.info()),
    current: () => current()?.info(),
    lastPosted: () => lastPosted,
    nextRender: () => new Promise((resolve) => renderWaiters.push(resolve)),
    async receive(message) {
      await current()?.handle(message);
    },
    restore,
    dispose() {
      subscriptions.forEach((d) => d.dispose());
      [...previews].forEach((p) => p.panel.dispose());
      renderer.dispose();
    },
  };
}

/** What a panel needs from the feature that owns it. */
interface PreviewHost {
  readonly extensionUri: vscode.Uri;
  readonly renderer: PreviewRenderer;
  readonly settings: SettingsProvider;
  readonly siteFiles: WorkspaceFiles;
  log(line: string): void;
  posted(message: ExtensionMessage): void;
  rendered(rendered: PreviewRendered): void;
  shown(preview: Preview): void;
  closed(preview: Preview): void;
}

let nextPreviewId = 0;

/** One webview panel showing one page; it follows the active editor unless locked. */
class Preview {
  readonly id = `preview:${++nextPreviewId}`;
  sourceColumn: vscode.ViewColumn | undefined;
  private title: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;
  private lastUpdate: UpdateMessage | undefined;
  private cursorLine: number | undefined;
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
    const webview = this.panel.webview;
    const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.host.extensionUri, ...path)).toString();
    this.panel.title = previewTitle(this.resource, this.title, this.locked);
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
    const started = performance.now();
    const problems = problemsOf(document);
    const input = renderInput(document, problems, config.dateOrder, this.imageBase(resource));
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
      title: this.panel.title,
      summary: summaryText(counts),
      summaryTitle: vscode.l10n.t('Show the Problems panel'),
      counts,
      locked: this.locked,
      line: this.cursorLine,
    };
    this.lastUpdate = message;
    const postStarted = performance.now();
    this.post(message);
    const done = performance.now();
    this.host.rendered({ resource: resource.toString(), message, renderMs: result.renderMs, hostMs: readMs + done - posting, postMs: done - postStarted });
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
      case 'showProblems':
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        return;
      case 'reveal':
        await this.reveal(message.line, message.offset);
        return;
      case 'openLink':
        await this.openLink(message.href, message.kind);
        return;
    }
  }

  /** Shows the clicked place in the page's editor (its own column, never a new editor), cursor at the cell's start. */
  private async reveal(line: number, offset: number | undefined): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.resource);
    const lastLine = Math.max(0, document.lineCount - 1);
    let position = new vscode.Position(Math.min(line, lastLine), 0);
    // The offset is trusted only when it still lies on the clicked line (the page may have changed since the render).
    if (offset !== undefined && offset <= document.getText().length) {
      const at = document.positionAt(offset);
      if (at.line === position.line) position = at;
    }
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === document.uri.toString());
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? this.sourceColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async openLink(href: string, kind: 'external' | 'local'): Promise<void> {
    if (kind === 'external') {
      let uri: vscode.Uri;
      try {
        uri = vscode.Uri.parse(href, true);
      } catch {
        return;
      }
      // Only web and mail links leave the preview; VS Code asks before opening an untrusted domain.
      if (['http', 'https', 'mailto'].includes(uri.scheme)) await vscode.env.openExternal(uri);
      return;
    }
    const target = await this.resolveLocal(href);
    if (!target) {
      void vscode.window.showWarningMessage(vscode.l10n.t('Cannot find {0} in this site.', href));
      return;
    }
    const column = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.resource.toString())?.viewColumn ?? this.sourceColumn ?? vscode.ViewColumn.One;
    await vscode.commands.executeCommand('vscode.open', target, { viewColumn: column } satisfies vscode.TextDocumentShowOptions);
  }

  /** Resolves a relative link the way Hugo serves the site (`../1.2-week2/` → that week's page file). */
  private async resolveLocal(href: string): Promise<vscode.Uri | undefined> {
    await this.host.siteFiles.load();
    const files = this.host.siteFiles.files;
    if (files) {
      const found = resolveLocalLink(corePath(this.resource), href, files);
      if (found.kind === 'found') {
        const uri = this.resource.scheme === 'file' ? vscode.Uri.file(found.path) : this.resource.with({ path: found.path });
        const onDisk = await withDiskCase(uri);
        if (onDisk) return pageFileIn(onDisk);
      }
    }
    // Outside a Hugo site: the link relative to the page's file, as the document links read it.
    const path = href.replace(/[?#].*$/s, '');
    if (path === '' || path.startsWith('/')) return undefined;
    return pageFileIn(vscode.Uri.joinPath(this.resource, '..', path));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    this.subscriptions.forEach((d) => d.dispose());
    this.host.closed(this);
  }
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

function webviewOptions(extensionUri: vscode.Uri, resource: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
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

/** The Hugo site folder a page belongs to: the parent of its last `content` folder. */
function siteRootOf(resource: vscode.Uri): vscode.Uri | undefined {
  const segments = resource.path.split('/');
  const content = segments.map((s) => s.toLowerCase()).lastIndexOf('content');
  return content > 0 ? resource.with({ path: segments.slice(0, content).join('/') || '/' }) : undefined;
}

function exportImageBase(resource: vscode.Uri): RenderInput['imageBase'] {
  const site = siteRootOf(resource);
  return { page: `${vscode.Uri.joinPath(resource, '..').toString()}/`, ...(site ? { site: `${vscode.Uri.joinPath(site, 'static').toString()}/` } : {}) };
}

/** `1.1-Week1.html` for a bundle's `_index.md` (an `_index.html` would be a second index page to Hugo), else `<name>.html`. */
function exportUriFor(resource: vscode.Uri): vscode.Uri {
  const segments = resource.path.split('/');
  const file = segments[segments.length - 1] ?? 'page.md';
  const index = /^_?index((?:\.[a-z]{2}(?:-[a-z]{2,4})?)?)\.(md|markdown)$/i.exec(file);
  const folder = segments[segments.length - 2];
  const name = index && folder ? `${folder}${index[1]}.html` : `${file.replace(/\.(md|markdown)$/i, '')}.html`;
  return vscode.Uri.joinPath(resource, '..', name);
}

function renderInput(document: vscode.TextDocument, problems: RenderProblem[], dateOrder: RenderInput['dateOrder'], imageBase: RenderInput['imageBase']): RenderInput {
  return { path: corePath(document.uri), text: document.getText(), problems, dateOrder, imageBase, labels: renderLabels() };
}

/** The page's current diagnostics (every source, as the Problems panel shows them) as offsets into its text. */
function problemsOf(document: vscode.TextDocument): RenderProblem[] {
  return vscode.languages.getDiagnostics(document.uri).map((d) => ({
    start: document.offsetAt(d.range.start),
    end: document.offsetAt(d.range.end),
    severity: SEVERITY[d.severity],
    code: diagnosticCode(d.code),
    message: d.message,
  }));
}

function diagnosticCode(code: vscode.Diagnostic['code']): string {
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function countProblems(problems: readonly RenderProblem[]): SummaryCounts {
  const count = (severity: RenderProblem['severity']) => problems.filter((p) => p.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), information: count('information'), hints: count('hint') };
}

/** "2 errors, 3 warnings" (information and hints only when there are some), or "No problems". */
export function summaryText(counts: SummaryCounts): string {
  if (counts.errors + counts.warnings + counts.information + counts.hints === 0) return vscode.l10n.t('No problems');
  const parts = [
    counts.errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', counts.errors),
    counts.warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', counts.warnings),
  ];
  if (counts.information > 0) parts.push(vscode.l10n.t('{0} information', counts.information));
  if (counts.hints > 0) parts.push(counts.hints === 1 ? vscode.l10n.t('1 hint') : vscode.l10n.t('{0} hints', counts.hints));
  return parts.join(', ');
}

/** The preview's own words in the editor's language (the page's text stays as written). */
function renderLabels(): RenderLabels {
  return {
    week: vscode.l10n.t('Week'),
    dates: vscode.l10n.t('Dates'),
    date: vscode.l10n.t('Date'),
    weight: vscode.l10n.t('Weight'),
    pre: vscode.l10n.t('Menu prefix'),
    untitled: vscode.l10n.t('Untitled page'),
    noFrontMatter: vscode.l10n.t('No front matter'),
    frontMatterUnclosed: vscode.l10n.t('The front matter is never closed with ---: Hugo cannot build this page.'),
    frontMatterInvalid: vscode.l10n.t('The front matter is not valid YAML'),
    renderFailed: vscode.l10n.t('This page could not be rendered as Markdown, so its text is shown as written'),
    notice: vscode.l10n.t('Notice'),
    noticeTypes: { note: vscode.l10n.t('Note'), info: vscode.l10n.t('Info'), tip: vscode.l10n.t('Tip'), warning: vscode.l10n.t('Warning'), important: vscode.l10n.t('Important'), caution: vscode.l10n.t('Caution') },
    weekdays: [vscode.l10n.t('Sun'), vscode.l10n.t('Mon'), vscode.l10n.t('Tue'), vscode.l10n.t('Wed'), vscode.l10n.t('Thu'), vscode.l10n.t('Fri'), vscode.l10n.t('Sat')],
    months: [vscode.l10n.t('Jan'), vscode.l10n.t('Feb'), vscode.l10n.t('Mar'), vscode.l10n.t('Apr'), vscode.l10n.t('May'), vscode.l10n.t('Jun'), vscode.l10n.t('Jul'), vscode.l10n.t('Aug'), vscode.l10n.t('Sep'), vscode.l10n.t('Oct'), vscode.l10n.t('Nov'), vscode.l10n.t('Dec')],
  };
}

function previewTitle(resource: vscode.Uri, title: string | undefined, locked: boolean): string {
  const name = title ?? baseName(resource);
  return locked ? vscode.l10n.t('[Preview] {0}', name) : vscode.l10n.t('Preview {0}', name);
}

/** `1.1-Week1/_index.md` reads better than `_index.md` alone in a tab. */
function baseName(resource: vscode.Uri): string {
  const segments = resource.path.split('/');
  const file = segments[segments.length - 1] ?? '';
  return /^_?index\./i.test(file) && segments.length > 1 ? `${segments[segments.length - 2]}/${file}` : file;
}

function isWorklogPage(store: PageStore, document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown' || document.uri.scheme === 'git' || document.uri.scheme === 'output') return false;
  return store.fromDocument(document).identity.kind !== 'other';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The page a command was invoked on: a Uri, a tree node or item (its resourceUri, uri or page), else the active editor or preview. */
function resourceFrom(arg: unknown, store: PageStore, current: Preview | undefined): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (isRecord(arg)) {
    if (arg.resourceUri instanceof vscode.Uri) return arg.resourceUri;
    if (arg.uri instanceof vscode.Uri) return arg.uri;
    // A Weeks view node carries its page, or (a week row) its site and week number; the store knows the files.
    const page = arg.page;
    const uri = isRecord(page) ? store.uriOf(page as unknown as Page) : undefined;
    if (uri) return uri;
    if (arg.kind === 'week' && typeof arg.site === 'string' && typeof arg.week === 'number') {
      const pages = store.pages().filter((p) => p.identity.kind === 'week' && p.identity.week === arg.week && siteKey(p.path) === arg.site);
      // The site's default language first, as the row shows it.
      const chosen = pages.find((p) => p.identity.language === undefined || p.identity.language === 'en') ?? pages[0];
      const found = chosen && store.uriOf(chosen);
      if (found) return found;
    }
  }
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId === 'markdown') return editor.document.uri;
  return current?.resource;
}
