// Worklog: Open Cohort Report: the CLI's cohort report of every site in the workspace, in a webview whose rows open pages.
import * as vscode from 'vscode';
import { CohortReport, CohortSite, Finding, HUGO_CONFIG_FILES, Page, buildCohortReport, groupBySite, hugoTitle, reportHtml } from '../core';
import { DiagnosticsService } from './diagnostics';
import { ids } from './ids';
import { PageStore } from './pageStore';
import { newNonce } from './previewHtml';
import { SettingsProvider } from './settings';

/** What the panel shows, for the tests: the report, its HTML and the pages its rows open. */
export interface ShownReport {
  readonly report: CohortReport;
  readonly html: string;
  readonly pages: readonly string[];
}

export interface CohortReportService extends vscode.Disposable {
  /** The report in the open panel, if any. */
  shown(): ShownReport | undefined;
  /** Does what a click on a row does: opens page `index` of the shown report at a 1-based line. */
  openPage(index: number, line: number): Promise<vscode.TextEditor | undefined>;
}

/** A message from the report's script: a click on a page. */
interface OpenMessage {
  readonly type: 'open';
  readonly page: number;
  readonly line: number;
}

function isOpenMessage(value: unknown): value is OpenMessage {
  const m = value as Partial<OpenMessage> | undefined;
  return typeof m === 'object' && m !== null && m.type === 'open' && Number.isInteger(m.page) && Number.isInteger(m.line);
}

export function registerCohortReport(store: PageStore, diagnostics: DiagnosticsService, settings: SettingsProvider): CohortReportService {
  let panel: vscode.WebviewPanel | undefined;
  let current: ShownReport | undefined;

  const openPage = async (index: number, line: number): Promise<vscode.TextEditor | undefined> => {
    // Only pages the report listed can be opened: the index comes from the webview.
    const fullPath = current?.pages[index];
    const page = fullPath === undefined ? undefined : store.byPath(fullPath);
    const uri = page && store.uriOf(page);
    if (!uri) return undefined;
    const position = new vscode.Position(Math.max(0, line - 1), 0);
    return vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One, preview: false });
  };

  const show = async (): Promise<void> => {
    const report = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Building the cohort report…'), cancellable: true },
      async (_progress, token) => {
        await diagnostics.lintWorkspace(token);
        return token.isCancellationRequested ? undefined : buildReport(store, diagnostics, settings);
      },
    );
    if (!report) return;
    if (report.sites.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No worklog sites found in this workspace.'));
      return;
    }
    if (!panel) {
      panel = vscode.window.createWebviewPanel(ids.webviews.report, vscode.l10n.t('Cohort Report'), vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [],
        retainContextWhenHidden: false,
      });
      panel.onDidDispose(() => {
        panel = undefined;
        current = undefined;
      });
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isOpenMessage(message)) void openPage(message.page, message.line);
      });
    } else {
      panel.reveal(panel.viewColumn);
    }
    const rendered = reportHtml(report, { nonce: newNonce(), webview: true, language: vscode.env.language });
    current = { report, html: rendered.html, pages: rendered.pages };
    panel.webview.html = rendered.html;
  };

  const command = vscode.commands.registerCommand(ids.commands.reportOpen, show);
  return {
    shown: () => current,
    openPage,
    dispose: () => {
      command.dispose();
      panel?.dispose();
    },
  };
}

/** Every known worklog page grouped by site, with the findings the Problems panel shows and each site's Hugo title. */
async function buildReport(store: PageStore, diagnostics: DiagnosticsService, settings: SettingsProvider): Promise<CohortReport> {
  const sites: CohortSite[] = [];
  for (const [dir, pages] of groupBySite(store.pages())) {
    const first = store.uriOf(pages[0]);
    if (!first) continue;
    const findings = new Map<Page, readonly Finding[]>();
    for (const page of pages) {
      const uri = store.uriOf(page);
      const linted = uri && diagnostics.linted(uri);
      findings.set(page, linted && linted.page === page ? linted.findings : []);
    }
    const siteUri = first.scheme === 'file' ? vscode.Uri.file(dir) : first.with({ path: dir });
    const { config } = await settings.forResource(first);
    sites.push({ root: displayRoot(siteUri), dir, title: await siteTitle(siteUri), pages, findings, config });
  }
  return buildCohortReport(sites);
}

function displayRoot(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder && folder.uri.toString() === uri.toString()) return folder.name;
  return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
}

async function siteTitle(site: vscode.Uri): Promise<string | undefined> {
  for (const name of HUGO_CONFIG_FILES) {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(site, ...name.split('/')));
    } catch {
      continue;
    }
    return hugoTitle(name, new TextDecoder().decode(bytes));
  }
  return undefined;
}
