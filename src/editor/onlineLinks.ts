import * as vscode from 'vscode';
import { Config, DEFAULT_CACHE_TTL_MS, Finding, Page, Transport, Verdict, VerdictCache, checkPagesOnline, docsUrl, onlineFindings, parseDuration } from '../core';
import type { DiagnosticsService } from './diagnostics';
import { toRange } from './diagnostics';
import { ids } from './ids';
import { PageStore } from './pageStore';
import { SettingsProvider } from './settings';

/** The Node side hands these in; a build without network (the browser) passes none and the check says so. */
export interface OnlineHost {
  /** The extension host applies `http.proxy` and `http.proxyStrictSSL` to the transport's requests. */
  makeTransport(): Transport & { close(): Promise<void> };
  loadCache(dir: string, ttlMs: number): VerdictCache;
  saveCache(dir: string, cache: VerdictCache): void;
  clearCache(dir: string): void;
}

export interface OnlineLinksService extends vscode.Disposable {
  /** The online findings shown for a page, with the page they were computed on (code actions read them). */
  findings(uri: vscode.Uri): { page: Page; findings: readonly Finding[] } | undefined;
}

const SEVERITY = { error: vscode.DiagnosticSeverity.Error, warning: vscode.DiagnosticSeverity.Warning, information: vscode.DiagnosticSeverity.Information, hint: vscode.DiagnosticSeverity.Hint } as const;

/**
 * The opt-in online check of lab links: on save when `worklog.links.checkOnline` is on, and by command. Never on a
 * keystroke; never in an untrusted or virtual workspace. Verdicts are kept, so edits and config changes re-place the
 * findings without a request.
 */
export function registerOnlineLinks(store: PageStore, settings: SettingsProvider, diagnostics: DiagnosticsService, storageDir: string, host: OnlineHost | undefined): OnlineLinksService {
  const collection = vscode.languages.createDiagnosticCollection(`${ids.diagnosticSource}-online`);
  const verdicts = new Map<string, Verdict>();
  const shown = new Map<string, { page: Page; findings: readonly Finding[] }>();
  let cache: VerdictCache | undefined;
  let cacheTtl = -1;
  let running: vscode.CancellationTokenSource | undefined;

  const linkSection = (uri?: vscode.Uri) => vscode.workspace.getConfiguration(`${ids.section}.links`, uri);

  /** Why the check cannot run here, or undefined when it can. */
  const blocked = (uri: vscode.Uri | undefined): { message: string; settingOff?: true } | undefined => {
    const why = reason(uri);
    return why === undefined ? undefined : typeof why === 'string' ? { message: why } : why;
  };
  const reason = (uri: vscode.Uri | undefined): string | { message: string; settingOff: true } | undefined => {
    // The extension host decides, not the UI: code-server shows a browser but runs this on Node with the network.
    if (!host) return vscode.l10n.t('Lab links cannot be checked online here: this window has no network access for extensions.');
    if (!vscode.workspace.isTrusted) return vscode.l10n.t('Lab links are not checked online in an untrusted workspace. Trust the workspace to check them.');
    if ((uri && uri.scheme !== 'file') || (!uri && vscode.workspace.workspaceFolders?.every((f) => f.uri.scheme !== 'file'))) {
      return vscode.l10n.t('Lab links are not checked online in a virtual workspace.');
    }
    if (!linkSection(uri).get<boolean>('checkOnline', false)) {
      return { message: vscode.l10n.t('Online link checks are off. Turn on the setting worklog.links.checkOnline to check lab links over the network.'), settingOff: true };
    }
    return undefined;
  };

  const ttlMs = () => parseDuration(linkSection().get<string>('cacheTtl', '1d')) ?? DEFAULT_CACHE_TTL_MS;
  const verdictCache = (loader: OnlineHost) => {
    if (!cache || cacheTtl !== ttlMs()) {
      cacheTtl = ttlMs();
      cache = loader.loadCache(storageDir, cacheTtl);
    }
    return cache;
  };

  /** Places the findings of a page from the verdicts known so far (no request). */
  const publish = async (page: Page) => {
    const uri = store.uriOf(page);
    if (!uri) return;
    const { config } = await settings.forResource(uri);
    const findings = onlineFindings(page, config, verdicts);
    shown.set(uri.toString(), { page, findings });
    collection.set(
      uri,
      findings.map((f) => {
        const d = new vscode.Diagnostic(toRange(page, f.span), f.message, SEVERITY[f.severity]);
        d.source = ids.diagnosticSource;
        d.code = { value: f.code, target: vscode.Uri.parse(docsUrl(f.code)) };
        return d;
      }),
    );
  };

  /** A command replaces a check under way; a save leaves it be (its page is asked on the next save). */
  const check = async (pages: readonly Page[], token: vscode.CancellationToken, report: (done: number, total: number) => void, replace = true): Promise<{ checked: number; cached: number; cancelled: boolean } | undefined> => {
    if (!host || pages.length === 0 || (!replace && running)) return undefined;
    running?.cancel();
    const source = (running = new vscode.CancellationTokenSource());
    const controller = new AbortController();
    const stop = () => controller.abort();
    const subscriptions = [token.onCancellationRequested(stop), source.token.onCancellationRequested(stop)];
    const transport = host.makeTransport();
    const configs = new Map<Page, Config>();
    for (const page of pages) {
      const uri = store.uriOf(page);
      if (uri) configs.set(page, (await settings.forResource(uri)).config);
    }
    const known = verdictCache(host);
    try {
      const result = await checkPagesOnline([...configs.keys()], (p) => configs.get(p) as Config, { transport, cache: known, signal: controller.signal, onProgress: report });
      for (const [url, verdict] of result.verdicts) verdicts.set(url, verdict);
      for (const page of configs.keys()) await publish(store.pageAt(store.uriOf(page) as vscode.Uri) ?? page);
      return result;
    } finally {
      subscriptions.forEach((s) => s.dispose());
      if (running === source) running = undefined;
      source.dispose();
      void transport.close();
      try {
        host.saveCache(storageDir, known);
      } catch {
        // A cache that cannot be written only costs requests next time.
      }
    }
  };

  const withNotification = (title: string, pages: () => Promise<readonly Page[]>) =>
    vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
      const list = await pages();
      let last = 0;
      const result = await check(list, token, (done, total) => {
        const increment = total === 0 ? 0 : ((done - last) / total) * 100;
        last = done;
        progress.report({ message: vscode.l10n.t('{0} of {1} links', done, total), increment });
      });
      if (!result) return;
      const broken = [...shown.values()].reduce((n, s) => n + s.findings.filter((f) => f.code === 'link.unreachable').length, 0);
      const message = result.cancelled
        ? vscode.l10n.t('Link check stopped: {0} links checked.', result.checked)
        : vscode.l10n.t('Checked {0} lab links ({1} from the cache): {2} broken.', result.checked, result.cached, broken);
      void vscode.window.setStatusBarMessage(message, 10_000);
    });

  const explain = async (why: { message: string; settingOff?: true }) => {
    const turnOn = vscode.l10n.t('Turn On');
    const choice = await vscode.window.showInformationMessage(why.message, ...(why.settingOff ? [turnOn] : []));
    if (choice === turnOn) await linkSection().update('checkOnline', true, vscode.workspace.workspaceFolders ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
  };

  const subscriptions: vscode.Disposable[] = [
    collection,
    vscode.commands.registerCommand(ids.commands.linksCheckPage, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== 'markdown') return void vscode.window.showInformationMessage(vscode.l10n.t('Open a worklog page to check its lab links.'));
      const why = blocked(editor.document.uri);
      // The command ends here; the message (and its Turn On) stays for the person to answer.
      if (why) return void explain(why);
      const document = editor.document;
      await withNotification(vscode.l10n.t('Checking lab links in {0}', vscode.workspace.asRelativePath(document.uri)), async () => [store.fromDocument(document)]);
    }),
    vscode.commands.registerCommand(ids.commands.linksCheckWorkspace, async () => {
      const why = blocked(undefined);
      if (why) return void explain(why);
      await withNotification(vscode.l10n.t('Checking lab links in the workspace'), async () => {
        await diagnostics.lintWorkspace();
        return store.pages().filter((p) => store.uriOf(p)?.scheme === 'file');
      });
    }),
    vscode.commands.registerCommand(ids.commands.linksClearCache, () => {
      running?.cancel();
      cache = undefined;
      verdicts.clear();
      host?.clearCache(storageDir);
      collection.clear();
      shown.clear();
      void vscode.window.showInformationMessage(vscode.l10n.t('The lab link cache is cleared.'));
    }),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document.languageId !== 'markdown' || blocked(document.uri)) return;
      const page = store.fromDocument(document);
      if (page.identity.kind === 'other') return;
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Checking lab links…') }, (_progress, token) =>
        check([page], token, () => undefined, false),
      );
    }),
    // Edits and config changes move or drop findings from the verdicts already known; only save and the commands ask the network.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (shown.has(e.document.uri.toString()) && e.contentChanges.length > 0) void publish(store.fromDocument(e.document));
    }),
    settings.onDidChange(() => {
      for (const { page } of shown.values()) void publish(page);
    }),
    { dispose: () => running?.cancel() },
  ];

  return {
    findings: (uri) => shown.get(uri.toString()),
    dispose: () => subscriptions.forEach((d) => d.dispose()),
  };
}
