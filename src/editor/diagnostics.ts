import * as vscode from 'vscode';
import { Finding, LintCache, Page, Severity, docsUrl, isWorklogCandidate, lintPages } from '../core';
import { ids } from './ids';
import { PageStore, corePath } from './pageStore';
import { SettingsProvider } from './settings';
import { WorkspaceFiles } from './workspaceFiles';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

const DEBOUNCE_MS = 250;

/** The findings behind the diagnostics of one page, kept so code actions can offer their fixes. */
export interface LintedPage {
  readonly page: Page;
  readonly findings: readonly Finding[];
}

export interface DiagnosticsService extends vscode.Disposable {
  linted(uri: vscode.Uri): LintedPage | undefined;
  /** Lints a document now, skipping the debounce (tests and commands use it). */
  lintNow(document: vscode.TextDocument): Promise<void>;
  lintWorkspace(token?: vscode.CancellationToken, onCount?: (pages: number) => void): Promise<number>;
  /** Every page checked so far with its findings (the triage of findings by rule reads it). */
  allLinted(): readonly LintedPage[];
  /** True while the background check of the workspace runs; the Weeks view shows a loading state meanwhile. */
  readonly scanning: boolean;
  readonly onDidChangeScanning: vscode.Event<boolean>;
  /** Fires after findings were published (the status item and the triage refresh on it). */
  readonly onDidPublish: vscode.Event<void>;
  /** Resolves when the background check of the workspace has finished (benchmarks wait for it). */
  whenIdle(): Promise<void>;
}

export function registerDiagnostics(store: PageStore, settings: SettingsProvider, siteFiles: WorkspaceFiles, output: vscode.OutputChannel): DiagnosticsService {
  const collection = vscode.languages.createDiagnosticCollection(ids.diagnosticSource);
  const linted = new Map<string, LintedPage>();
  const generations = new Map<string, number>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const cache = new LintCache();
  const fromWorkspace = new Set<string>();
  let scan: vscode.CancellationTokenSource | undefined;
  let scanning: Promise<void> = Promise.resolve();
  let scanRunning = true;
  const scanningChanged = new vscode.EventEmitter<boolean>();
  const published$ = new vscode.EventEmitter<void>();
  let publishTimer: ReturnType<typeof setTimeout> | undefined;
  const announce = () => {
    // Coalesced: a scan publishes page after page.
    clearTimeout(publishTimer);
    publishTimer = setTimeout(() => published$.fire(), 100);
  };

  const clear = (uri: vscode.Uri) => {
    published.delete(uri.toString());
    collection.delete(uri);
    linted.delete(uri.toString());
    announce();
  };

  const published = new Map<string, { page: Page; findings: readonly Finding[] }>();
  const publish = (page: Page, findings: readonly Finding[]) => {
    const uri = store.uriOf(page);
    if (!uri) return;
    const key = uri.toString();
    linted.set(key, { page, findings });
    // Siblings are re-linted on every keystroke; an unchanged sibling is not converted and sent again.
    const last = published.get(key);
    if (last && last.page === page && sameDiagnostics(last.findings, findings)) return;
    published.set(key, { page, findings });
    announce();
    collection.set(uri, findings.map((f) => toDiagnostic(page, f, store)));
  };

  /** Lints a page with its site's other pages and republishes them all, since (W) findings move between pages. */
  const lintPage = async (page: Page, uri: vscode.Uri, generation: number | undefined) => {
    const { enabled, config } = await settings.forResource(uri);
    if (generation !== undefined && generations.get(uri.toString()) !== generation) return;
    if (!enabled || page.identity.kind === 'other') {
      clear(uri);
      if (page.identity.kind === 'other') store.forget(uri);
      return;
    }
    const group = store.siblings(page);
    const results = lintPages(group, { config, cache, files: siteFiles.files });
    for (const [p, findings] of results) publish(p, findings);
  };

  const lintDocument = async (document: vscode.TextDocument) => {
    if (!isMarkdown(document)) return;
    const key = document.uri.toString();
    const generation = (generations.get(key) ?? 0) + 1;
    generations.set(key, generation);
    const page = store.fromDocument(document);
    await lintPage(page, document.uri, generation);
  };

  const schedule = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    generations.set(key, (generations.get(key) ?? 0) + 1);
    timers.set(
      key,
      setTimeout(() => {
        timers.delete(key);
        void lintDocument(document);
      }, DEBOUNCE_MS),
    );
  };

  const lintWorkspace = async (token?: vscode.CancellationToken, onCount?: (pages: number) => void): Promise<number> => {
    await siteFiles.load(token);
    const files = await vscode.workspace.findFiles('**/*.{md,markdown}', excludeGlob(), undefined, token);
    const candidates = files.filter((f) => isWorklogCandidate(corePath(f)));
    onCount?.(candidates.length);
    let count = 0;
    for (const uri of candidates) {
      if (token?.isCancellationRequested) break;
      // An open page is checked from its editor's text, but it is still one of the pages the count reports.
      const open = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
      if (open) {
        const openPage = store.pageAt(uri);
        if (openPage && openPage.identity.kind !== 'other') count++;
        continue;
      }
      const page = await store.fromDisk(uri);
      if (page && page.identity.kind !== 'other') {
        fromWorkspace.add(uri.toString());
        count++;
      }
    }
    const seen = new Set<Page>();
    for (const uri of candidates) {
      if (token?.isCancellationRequested) break;
      const page = store.pageAt(uri);
      if (!page || seen.has(page) || page.identity.kind === 'other') continue;
      store.siblings(page).forEach((p) => seen.add(p));
      await lintPage(page, uri, undefined);
    }
    return count;
  };

  const setScanning = (value: boolean) => {
    if (scanRunning === value) return;
    scanRunning = value;
    scanningChanged.fire(value);
  };

  const startScan = () => {
    scan?.cancel();
    scan?.dispose();
    const source = (scan = new vscode.CancellationTokenSource());
    // No title: the status bar shows the message alone, first without the count, then with it.
    const progress = { location: vscode.ProgressLocation.Window };
    setScanning(true);
    scanning = Promise.resolve(
      vscode.window.withProgress(progress, async (report) => {
        report.report({ message: vscode.l10n.t('Checking worklog pages…') });
        const started = Date.now();
        // The count as soon as it is known, so the status bar says how much work there is.
        const count = await lintWorkspace(source.token, (pages) => report.report({ message: vscode.l10n.t('Checking {0} worklog pages…', pages) }));
        if (!source.token.isCancellationRequested) output.appendLine(vscode.l10n.t('Checked {0} worklog pages in {1} ms.', count, Date.now() - started));
      }),
    ).finally(() => {
      if (scan === source) setScanning(false);
    });
    return scanning;
  };

  const pageWatcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}');
  const reloadFromDisk = async (uri: vscode.Uri) => {
    if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()) || !isWorklogCandidate(corePath(uri))) return;
    const page = await store.fromDisk(uri);
    if (!page || page.identity.kind === 'other') return;
    fromWorkspace.add(uri.toString());
    await lintPage(page, uri, undefined);
  };

  const removePage = (uri: vscode.Uri) => {
    const siblings = store.pageAt(uri) ? store.siblings(store.pageAt(uri) as Page).filter((p) => store.uriOf(p)?.toString() !== uri.toString()) : [];
    clear(uri);
    store.forget(uri);
    fromWorkspace.delete(uri.toString());
    const next = siblings[0];
    const nextUri = next && store.uriOf(next);
    if (next && nextUri) void lintPage(next, nextUri, undefined);
  };
  // Any created or deleted folder may hold pages. A folder reports only itself, and on Linux the files made in it at
  // once (a checkout, a copy, mkdir then write) may report nothing at all: the watcher starts watching it too late.
  const folderWatcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);

  const subscriptions: vscode.Disposable[] = [
    collection,
    vscode.workspace.onDidOpenTextDocument((d) => void lintDocument(d)),
    vscode.workspace.onDidChangeTextDocument(async (e) => {
      if (!isMarkdown(e.document) || e.contentChanges.length === 0) return;
      const { run } = await settings.forResource(e.document.uri);
      if (run === 'onType') schedule(e.document);
    }),
    vscode.workspace.onDidSaveTextDocument((d) => void lintDocument(d)),
    vscode.workspace.onDidCloseTextDocument(async (d) => {
      const key = d.uri.toString();
      clearTimeout(timers.get(key));
      generations.set(key, (generations.get(key) ?? 0) + 1);
      // A workspace page falls back to its saved text; any other page stops being checked.
      const page = fromWorkspace.has(key) ? await store.fromDisk(d.uri) : undefined;
      if (page) await lintPage(page, d.uri, undefined);
      else {
        clear(d.uri);
        store.forget(d.uri);
      }
    }),
    pageWatcher,
    // A page changed on disk (git checkout, another editor) re-lints its site, unless it is open: then the editor's text rules.
    pageWatcher.onDidChange((uri) => void reloadFromDisk(uri)),
    pageWatcher.onDidCreate((uri) => void reloadFromDisk(uri)),
    pageWatcher.onDidDelete(removePage),
    // A renamed or deleted folder reports only itself: its pages go with it, and a new folder's pages are read.
    folderWatcher,
    folderWatcher.onDidDelete((uri) => {
      if (!isMarkdownPath(uri)) store.urisUnder(uri).forEach(removePage);
    }),
    folderWatcher.onDidCreate(async (uri) => {
      if (isMarkdownPath(uri) || inSkippedFolder(uri)) return;
      const stat = await Promise.resolve(vscode.workspace.fs.stat(uri)).catch(() => undefined);
      if (stat?.type !== vscode.FileType.Directory) return;
      const files = await vscode.workspace.findFiles(new vscode.RelativePattern(uri, '**/*.{md,markdown}'), excludeGlob());
      for (const file of files) await reloadFromDisk(file);
    }),
    settings.onDidChange(() => {
      vscode.workspace.textDocuments.forEach((d) => void lintDocument(d));
      startScan();
    }),
  ];

  // Open pages are checked at once; the workspace scan starts after activation returns and then
  // republishes each site, so (W) findings of open pages gain their siblings when it ends.
  vscode.workspace.textDocuments.forEach((d) => void lintDocument(d));
  let startTimer: ReturnType<typeof setTimeout> | undefined;
  scanning = new Promise<void>((resolve) => {
    startTimer = setTimeout(() => void startScan().then(resolve, resolve), 0);
  });

  return {
    linted: (uri) => linted.get(uri.toString()),
    lintNow: lintDocument,
    lintWorkspace,
    allLinted: () => [...linted.values()],
    get scanning() {
      return scanRunning;
    },
    onDidChangeScanning: scanningChanged.event,
    onDidPublish: published$.event,
    whenIdle: async () => {
      // A scan restarted while waiting (settings changed) is waited for too.
      for (let current = scanning; ; current = scanning) {
        await current;
        if (current === scanning) return;
      }
    },
    dispose() {
      clearTimeout(startTimer);
      clearTimeout(publishTimer);
      scanningChanged.dispose();
      published$.dispose();
      scan?.cancel();
      scan?.dispose();
      timers.forEach((t) => clearTimeout(t));
      subscriptions.forEach((d) => d.dispose());
    },
  };
}

/** Whether two finding lists show the same diagnostics (fixes aside), compared field by field without building strings. */
function sameDiagnostics(a: readonly Finding[], b: readonly Finding[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.code !== y.code || x.severity !== y.severity || x.span.start !== y.span.start || x.span.end !== y.span.end || x.message !== y.message) return false;
    if (x.related.length !== y.related.length) return false;
    for (let k = 0; k < x.related.length; k++) {
      const r = x.related[k];
      const q = y.related[k];
      if (r.path !== q.path || r.span?.start !== q.span?.start || r.span?.end !== q.span?.end || r.message !== q.message) return false;
    }
  }
  return true;
}

function isMarkdownPath(uri: vscode.Uri): boolean {
  return /\.(md|markdown)$/i.test(uri.path);
}

function isMarkdown(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && document.uri.scheme !== 'git' && document.uri.scheme !== 'output';
}

function toDiagnostic(page: Page, finding: Finding, store: PageStore): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(page, finding.span), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = ids.diagnosticSource;
  diagnostic.code = { value: finding.code, target: vscode.Uri.parse(docsUrl(finding.code)) };
  const related = finding.related.flatMap((r) => {
    const other = r.path === page.path ? page : store.byPath(r.path);
    const uri = other && store.uriOf(other);
    if (!other || !uri) return [];
    return [new vscode.DiagnosticRelatedInformation(new vscode.Location(uri, toRange(other, r.span ?? { start: 0, end: 0 })), r.message)];
  });
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

export function toRange(page: Page, span: { start: number; end: number }): vscode.Range {
  const range = page.lines.rangeOf(span);
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** `files.exclude` and `search.exclude` as one glob, because passing any exclude to findFiles drops the defaults. */
/** Folders the scan never looks into: what a build writes there (Hugo's public/, a theme) asks for no stat. */
const SKIPPED_FOLDERS = ['node_modules', 'themes', 'public', '.git'];

function inSkippedFolder(uri: vscode.Uri): boolean {
  return vscode.workspace.asRelativePath(uri, false).split('/').some((segment) => SKIPPED_FOLDERS.includes(segment));
}

function excludeGlob(): string {
  const patterns = new Set<string>(SKIPPED_FOLDERS.map((folder) => `**/${folder}/**`));
  // Both settings are resource-scoped: read per workspace folder, as VS Code asks (no warning in the host log).
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const key of ['files.exclude', 'search.exclude']) {
      const [section, name] = key.split('.');
      const value = vscode.workspace.getConfiguration(section, folder.uri).get<Record<string, unknown>>(name, {});
      for (const [pattern, on] of Object.entries(value ?? {})) if (on === true) patterns.add(pattern);
    }
  }
  return `{${[...patterns].join(',')}}`;
}
