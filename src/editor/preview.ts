import * as vscode from 'vscode';
import { ExtensionMessage, PatchMessage, UpdateMessage, parsePreviewState } from '../webview/protocol';
import { ids } from './ids';
import { PageStore } from './pageStore';
import { isWorklogPage, previewTitle, resourceFrom } from './previewContent';
import { exportPreview } from './previewExport';
import { Preview, PreviewHost, webviewOptions } from './previewPanel';
import type { PreviewRenderer, RenderThread } from './previewRenderer';
import { SettingsProvider } from './settings';
import { WorkspaceFiles } from './workspaceFiles';

/** Typing pauses this long before the preview renders again; diagnostics arriving meanwhile join the same render. */
const TEXT_DEBOUNCE_MS = 300;
const DIAGNOSTICS_DEBOUNCE_MS = 100;

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
  /** The page as the webview now shows it. */
  readonly message: UpdateMessage;
  /** What went to the webview: the whole page, or after an edit only the blocks that changed. */
  readonly posted: UpdateMessage | PatchMessage;
  /** Time renderWeek took, on `thread`. */
  readonly renderMs: number;
  /** The thread that rendered it: the worker beside the Node host, the host itself on the web. */
  readonly thread: RenderThread;
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
  /** How many messages the preview webviews have been posted so far. */
  postedCount(): number;
  /** The messages posted since `postedCount()` returned `count` (the last 64 at most): a render can follow any of them. */
  postedSince(count: number): readonly ExtensionMessage[];
  /** The last page content a preview webview was given, whole (patches applied). */
  lastContent(): UpdateMessage | undefined;
  /** The last warning a preview showed instead of opening a clicked link. */
  lastWarning(): string | undefined;
  /** Resolves with the next update posted to a webview. */
  nextRender(): Promise<PreviewRendered>;
  /** Handles a message as if the current panel's webview had sent it (it goes through the same validation). */
  receive(message: unknown): Promise<void>;
  /** What the serializer does with a panel VS Code restores after a reload. */
  restore(panel: vscode.WebviewPanel, state: unknown): Promise<void>;
}

export function registerPreview(extensionUri: vscode.Uri, store: PageStore, settings: SettingsProvider, siteFiles: WorkspaceFiles, output: vscode.OutputChannel, renderer: PreviewRenderer): PreviewService {
  const previews = new Set<Preview>();
  const recentPosted: ExtensionMessage[] = [];
  let postedCount = 0;
  let lastContent: UpdateMessage | undefined;
  let lastShown: Preview | undefined;
  let lastWarning: string | undefined;
  const renderWaiters: Array<(rendered: PreviewRendered) => void> = [];

  const host: PreviewHost = {
    extensionUri,
    renderer,
    settings,
    siteFiles,
    log: (line) => output.appendLine(line),
    warned(message) {
      lastWarning = message;
      output.appendLine(`Preview: ${message}`);
    },
    posted(message) {
      postedCount++;
      recentPosted.push(message);
      if (recentPosted.length > 64) recentPosted.shift();
    },
    rendered(rendered) {
      lastContent = rendered.message;
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


  const subscriptions: vscode.Disposable[] = [
    vscode.commands.registerCommand(ids.commands.previewOpen, (arg?: unknown) => show(arg, false)),
    vscode.commands.registerCommand(ids.commands.previewOpenToSide, (arg?: unknown) => show(arg, true)),
    vscode.commands.registerCommand(ids.commands.previewToggleLock, () => {
      const preview = current();
      if (!preview) return;
      preview.setLocked(!preview.locked);
      void updateContext();
    }),
    vscode.commands.registerCommand(ids.commands.previewExport, (arg?: unknown, target?: unknown) =>
      exportPreview({ extensionUri, store, settings, renderer }, resourceFrom(arg, store, current()), target),
    ),
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
    postedCount: () => postedCount,
    postedSince: (count) => recentPosted.slice(Math.max(0, recentPosted.length - (postedCount - count))),
    lastContent: () => lastContent,
    lastWarning: () => lastWarning,
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
