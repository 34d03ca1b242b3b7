import * as vscode from 'vscode';
import { DiagnosticsService } from './diagnostics';
import { ids } from './ids';
import { PageStore } from './pageStore';
import type { PageDatesReader } from './pageDates';
import { NewFile, addDayRow, applyNewFiles, createWorklog } from './weekPages';
import { WeekItemSnapshot, WeekNode, WeeksProvider } from './weeksProvider';

export type { WeekItemSnapshot, WeekNode } from './weeksProvider';

export interface WeeksTree extends vscode.Disposable {
  readonly view: vscode.TreeView<WeekNode>;
  /** The whole tree as plain data (every level expanded, the filter applied). */
  snapshot(): WeekItemSnapshot[];
  /** The pages "new week" would create in a site-language (week `week`, or the one after its last), without applying them. */
  newWeekFiles(site: string, language: string, week?: number): NewFile[];
  /** Creates a week of a site-language (and its twins) through one undoable WorkspaceEdit and opens it. */
  newWeek(site: string, language: string, week?: number): Promise<vscode.Uri | undefined>;
  /** The site keys and languages the tree shows. */
  groups(): Array<{ site: string; language: string }>;
  /** The row of week `week` of a site, as commands receive it from the view. */
  weekRow(site: string, week: number): WeekNode | undefined;
  /** Shows only weeks with errors or warnings, or every week again. */
  setFilter(problemsOnly: boolean): Promise<void>;
}

export function registerWeeksTree(store: PageStore, diagnostics: DiagnosticsService, datesOf: PageDatesReader): WeeksTree {
  const provider = new WeeksProvider(store, diagnostics);
  const view = vscode.window.createTreeView(ids.views.weeks, { treeDataProvider: provider, showCollapseAll: true });
  const revealActive = async (editor: vscode.TextEditor | undefined) => {
    if (!editor || !view.visible) return;
    if (!vscode.workspace.getConfiguration(ids.section, editor.document.uri).get<boolean>(ids.settings.weeksRevealActive, true)) return;
    const node = provider.nodeOf(editor.document.uri);
    if (node) await view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  };
  const create = async (files: NewFile[]) => {
    const uri = await applyNewFiles(files);
    if (uri) await vscode.window.showTextDocument(uri);
    return uri;
  };
  const newWeekFor = async (node: WeekNode | undefined) => {
    const target = provider.groupFor(node) ?? provider.groupOfUri(vscode.window.activeTextEditor?.document.uri) ?? provider.groupsList()[0];
    if (!target) return void vscode.window.showInformationMessage(vscode.l10n.t('No worklog found in this workspace.'));
    await tree.newWeek(target.site, target.language);
  };
  const setFilter = async (on: boolean) => {
    provider.problemsOnly = on;
    view.message = on ? vscode.l10n.t('Showing only weeks with errors or warnings.') : undefined;
    await vscode.commands.executeCommand('setContext', ids.contexts.weeksFiltered, on);
    provider.refreshAll();
  };
  const tree: WeeksTree = {
    view,
    snapshot: () => provider.snapshot(),
    newWeekFiles: (site, language, week) => provider.filesFor(site, language, week),
    groups: () => provider.groupsList(),
    newWeek: (site, language, week) => create(provider.filesFor(site, language, week)),
    setFilter,
    weekRow: (site, week) => (provider.index.site(site)?.weeks[week - 1] ? provider.weekNode(site, week) : undefined),
    dispose() {
      subscriptions.forEach((d) => d.dispose());
    },
  };
  const pageOf = (node: WeekNode | undefined) => (node ? provider.pageOf(node) : undefined);
  const subscriptions: vscode.Disposable[] = [
    provider,
    view,
    vscode.window.onDidChangeActiveTextEditor((e) => void revealActive(e)),
    view.onDidChangeVisibility(() => void revealActive(vscode.window.activeTextEditor)),
    vscode.commands.registerCommand(ids.commands.weeksRefresh, () => provider.refreshAll()),
    vscode.commands.registerCommand(ids.commands.weeksCollapseAll, () => vscode.commands.executeCommand(`workbench.actions.treeView.${ids.views.weeks}.collapseAll`)),
    vscode.commands.registerCommand(ids.commands.weeksNewWeek, (node?: WeekNode) => newWeekFor(node)),
    vscode.commands.registerCommand(ids.commands.weeksCreateWeek, async (node?: WeekNode) => {
      if (node?.kind !== 'week') return newWeekFor(node);
      const site = provider.index.site(node.site);
      if (site) await tree.newWeek(node.site, site.primary, node.week);
    }),
    vscode.commands.registerCommand(ids.commands.weeksAddDayRow, async (node?: WeekNode) => {
      const page = pageOf(node);
      const uri = page ? store.uriOf(page) : vscode.window.activeTextEditor?.document.uri;
      if (uri) await addDayRow(store, datesOf, uri);
    }),
    vscode.commands.registerCommand(ids.commands.weeksFilterProblems, () => setFilter(true)),
    vscode.commands.registerCommand(ids.commands.weeksClearFilter, () => setFilter(false)),
    vscode.commands.registerCommand(ids.commands.weeksCreateWorklog, async (folder?: vscode.Uri) => {
      const uri = await createWorklog(folder);
      if (uri) await vscode.window.showTextDocument(uri);
    }),
    vscode.commands.registerCommand(ids.commands.weeksRevealInExplorer, async (node?: WeekNode) => {
      const page = pageOf(node);
      const uri = page ? store.uriOf(page) : vscode.window.activeTextEditor?.document.uri;
      if (uri) await vscode.commands.executeCommand('revealInExplorer', uri);
    }),
  ];
  void vscode.commands.executeCommand('setContext', ids.contexts.weeksFiltered, false);
  showScanning(diagnostics, subscriptions);
  return tree;
}

/** While the workspace check runs, a progress bar in the view and, if it is still empty, "Looking for worklog pages…". */
function showScanning(diagnostics: DiagnosticsService, subscriptions: vscode.Disposable[]): void {
  let ready = false;
  const update = (scanning: boolean) => {
    if (scanning) void vscode.window.withProgress({ location: { viewId: ids.views.weeks } }, () => diagnostics.whenIdle());
    // "No worklog found" only once a whole check found none; later checks keep what the view shows.
    if (!scanning && !ready) {
      ready = true;
      void vscode.commands.executeCommand('setContext', ids.contexts.weeksReady, true);
    }
  };
  subscriptions.push(diagnostics.onDidChangeScanning(update));
  update(diagnostics.scanning);
}
