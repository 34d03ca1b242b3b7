import * as vscode from 'vscode';
import type { Page } from '../core';
import { DiagnosticsService } from './diagnostics';
import { ids } from './ids';
import type { PageDatesReader } from './pageDates';
import { PageStore } from './pageStore';
import { addDayRow } from './weekPages';

export const WALKTHROUGH_ID = 'worklog-studio.worklog-studio#gettingStarted';
const SHOWN_KEY = 'worklog.walkthroughShown';

/**
 * The walkthrough's buttons (each shows a week page first: from the Welcome page no editor is active), the real
 * events that complete its steps, and its one-time opening in a workspace with worklog pages.
 */
export function registerWalkthrough(context: vscode.ExtensionContext, store: PageStore, diagnostics: DiagnosticsService, datesOf: PageDatesReader): vscode.Disposable {
  const weekPage = async (): Promise<vscode.Uri | undefined> => {
    const shown = vscode.window.visibleTextEditors.map((e) => e.document.uri).find((uri) => store.pageAt(uri)?.identity.kind === 'week');
    if (shown) return shown;
    const first = firstWeek(store.pages());
    const uri = first && store.uriOf(first);
    if (!uri) void vscode.window.showInformationMessage(vscode.l10n.t('No worklog found in this workspace.'));
    return uri;
  };
  const openWeek = async () => {
    const uri = await weekPage();
    if (uri) await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One });
    return uri;
  };
  const subscriptions: vscode.Disposable[] = [
    vscode.commands.registerCommand(ids.commands.walkthroughOpenWeek, openWeek),
    vscode.commands.registerCommand(ids.commands.walkthroughAddDayRow, async () => {
      const uri = await openWeek();
      if (uri) await addDayRow(store, datesOf, uri);
    }),
    vscode.commands.registerCommand(ids.commands.walkthroughPreview, async () => {
      const uri = await openWeek();
      if (uri) await vscode.commands.executeCommand(ids.commands.previewOpenToSide, uri);
    }),
    // Run by every quick fix after its edit: a date fixed completes the walkthrough's "Fix a date" step.
    vscode.commands.registerCommand(ids.commands.quickFixApplied, (code?: string) => {
      if (typeof code === 'string' && /^(date|day)\./.test(code)) void vscode.commands.executeCommand('setContext', ids.contexts.walkthroughDateFixed, true);
    }),
  ];

  // Once per user, where there is a worklog, and only if the user keeps a startup editor (the Welcome page lists it too).
  const openOnce = () => {
    if (context.globalState.get<boolean>(SHOWN_KEY)) return;
    if (vscode.workspace.getConfiguration('workbench').get<string>('startupEditor') === 'none') return;
    if (!store.pages().some((p) => p.identity.kind === 'week')) return;
    void context.globalState.update(SHOWN_KEY, true);
    void vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
  };
  subscriptions.push(diagnostics.onDidChangeScanning((scanning) => scanning || openOnce()));
  if (!diagnostics.scanning) openOnce();
  return vscode.Disposable.from(...subscriptions);
}

/** The lowest week of the primary-looking pages: the unsuffixed language first, then by path. */
function firstWeek(pages: readonly Page[]): Page | undefined {
  return pages
    .filter((p) => p.identity.kind === 'week')
    .sort((a, b) => (a.identity.week ?? 0) - (b.identity.week ?? 0) || (a.identity.language ? 1 : 0) - (b.identity.language ? 1 : 0) || a.path.localeCompare(b.path))[0];
}
