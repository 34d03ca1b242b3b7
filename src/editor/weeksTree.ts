import * as vscode from 'vscode';
import { Page, SiteWeeks, WeekSlot, WeeksIndex, labTitle, pageLanguage, siteKey } from '../core';
import { DiagnosticsService } from './diagnostics';
import { ids } from './ids';
import { PageStore, corePath } from './pageStore';
import type { PageDatesReader } from './pageDates';
import { NewFile, addDayRow, applyNewFiles, createWorklog, newWeekFiles } from './weekPages';

/** One row of the Weeks view; `id` is stable across refreshes so expansion and reveal survive updates. */
export type WeekNode =
  | { readonly kind: 'site'; readonly id: string; readonly site: string }
  | { readonly kind: 'week'; readonly id: string; readonly site: string; readonly week: number }
  | { readonly kind: 'page'; readonly id: string; readonly site: string; readonly week: number; readonly page: Page; readonly duplicate: boolean }
  | { readonly kind: 'day'; readonly id: string; readonly parent: WeekNode; readonly page: Page; readonly line: number; readonly label: string; readonly labs: readonly string[] }
  | { readonly kind: 'lab'; readonly id: string; readonly parent: WeekNode; readonly page: Page; readonly line: number; readonly lab: string };

/** A plain view of one tree row, for tests. */
export interface WeekItemSnapshot {
  readonly label: string;
  readonly description: string | undefined;
  readonly icon: string | undefined;
  readonly contextValue: string | undefined;
  /** The page the row stands for, relative to the workspace. */
  readonly resource: string | undefined;
  /** The command a click runs. */
  readonly command: string | undefined;
  readonly children: readonly WeekItemSnapshot[];
}

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

const REFRESH_MS = 100;

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
  return tree;
}

class WeeksProvider implements vscode.TreeDataProvider<WeekNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<WeekNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly index = new WeeksIndex();
  /** Site and week rows by id: VS Code matches a refreshed element by the object it was given. */
  private readonly rows = new Map<string, WeekNode>();
  problemsOnly = false;
  private pendingSites = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private diagnosticsTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: PageStore,
    private readonly diagnostics: DiagnosticsService,
  ) {
    this.index.reset(store.pages());
    this.subscriptions = [
      this.changed,
      store.onDidChange((uri) => this.schedule(siteKey(corePath(uri)))),
      vscode.languages.onDidChangeDiagnostics((e) => {
        // With the filter on, a week gaining or losing its problems comes or goes: the list itself changes.
        if (this.problemsOnly) {
          clearTimeout(this.diagnosticsTimer);
          this.diagnosticsTimer = setTimeout(() => this.changed.fire(undefined), REFRESH_MS);
          return;
        }
        for (const uri of e.uris) {
          const node = this.nodeOf(uri);
          if (node) this.changed.fire(node.kind === 'page' && !node.duplicate && this.isShownAsWeek(node.page) ? this.weekNode(node.site, node.week) : node);
        }
      }),
    ];
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.diagnosticsTimer);
    this.subscriptions.forEach((d) => d.dispose());
  }

  refreshAll(): void {
    this.index.reset(this.store.pages());
    this.changed.fire(undefined);
  }

  private schedule(site: string): void {
    this.pendingSites.add(site);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), REFRESH_MS);
  }

  /** Rebuilds only the changed sites; refreshes their site rows, or the root when sites came or went or one site is shown. */
  private flush(): void {
    const sites = this.pendingSites;
    this.pendingSites = new Set();
    let shapeChanged = false;
    for (const site of sites) shapeChanged = this.index.update(site, this.store.pagesOfSite(site)) || shapeChanged;
    if (shapeChanged || this.index.all().length <= 1 || this.problemsOnly) {
      this.changed.fire(undefined);
      return;
    }
    for (const site of sites) this.changed.fire(this.siteNode(site));
  }

  groupsList(): Array<{ site: string; language: string }> {
    return this.index.all().flatMap((site) => site.languages.map((language) => ({ site: site.site, language })));
  }

  groupFor(node: WeekNode | undefined): { site: string; language: string } | undefined {
    if (!node) return undefined;
    if (node.kind === 'site' || node.kind === 'week') {
      const site = this.index.site(node.site);
      return site ? { site: site.site, language: site.primary } : undefined;
    }
    return this.groupOfUri(this.store.uriOf(node.page));
  }

  groupOfUri(uri: vscode.Uri | undefined): { site: string; language: string } | undefined {
    const page = uri && this.store.pageAt(uri);
    if (!page || page.identity.kind !== 'week') return undefined;
    return { site: siteKey(page.path), language: page.identity.language ?? 'default' };
  }

  pageOf(node: WeekNode): Page | undefined {
    if (node.kind === 'site') return undefined;
    if (node.kind === 'week') return this.slot(node.site, node.week)?.pages[0];
    return node.page;
  }

  filesFor(site: string, language: string, week?: number): NewFile[] {
    const weeks = this.index.site(site);
    return weeks ? newWeekFiles(this.index, this.store, weeks, language, week) : [];
  }

  private slot(site: string, week: number): WeekSlot | undefined {
    return this.index.site(site)?.weeks[week - 1];
  }

  /** Whether a page is the one its week row stands for (the first language having that week). */
  private isShownAsWeek(page: Page): boolean {
    const found = this.index.slotOf(page);
    return found?.slot.pages[0] === page;
  }

  weekNode(site: string, week: number): WeekNode {
    return this.row({ kind: 'week', id: `week:${site}:${week}`, site, week });
  }

  private siteNode(site: string): WeekNode {
    return this.row({ kind: 'site', id: siteId(site), site });
  }

  private row(node: WeekNode): WeekNode {
    const known = this.rows.get(node.id);
    if (known) return known;
    this.rows.set(node.id, node);
    return node;
  }

  /** The row of a page: its week row, or the twin row under it. */
  nodeOf(uri: vscode.Uri): WeekNode | undefined {
    const page = this.store.pageAt(uri);
    const found = page && this.index.slotOf(page);
    if (!page || !found) return undefined;
    const week = this.weekNode(found.site.site, found.slot.week);
    return found.slot.pages[0] === page ? week : this.pageNode(week, found.site.site, found.slot.week, page, found.slot.duplicates.includes(page));
  }

  private pageNode(parent: WeekNode, site: string, week: number, page: Page, duplicate: boolean): WeekNode {
    return { kind: 'page', id: `${parent.id}:page:${page.path}`, site, week, page, duplicate };
  }

  private visibleSites(): SiteWeeks[] {
    const all = this.index.all();
    return this.problemsOnly ? all.filter((s) => s.weeks.some((w) => this.hasProblems(w))) : all;
  }

  getChildren(node?: WeekNode): WeekNode[] {
    if (!node) {
      // One site needs no site row; the decision ignores the filter so rows do not jump a level when it changes.
      if (this.index.all().length === 1) return this.weekNodes(this.visibleSites()[0]);
      return this.visibleSites().map((s) => this.siteNode(s.site));
    }
    switch (node.kind) {
      case 'site':
        return this.weekNodes(this.index.site(node.site));
      case 'week': {
        const slot = this.slot(node.site, node.week);
        if (!slot || slot.pages.length === 0) return [];
        const others = [...slot.pages.slice(1).map((p) => this.pageNode(node, node.site, node.week, p, false)), ...slot.duplicates.map((p) => this.pageNode(node, node.site, node.week, p, true))];
        return [...others, ...this.dayNodes(node, slot.pages[0])];
      }
      case 'page':
        return this.dayNodes(node, node.page);
      case 'day':
        return node.labs.map((lab, i) => ({ kind: 'lab', id: `${node.id}:lab:${i}`, parent: node, page: node.page, line: node.line, lab }));
      case 'lab':
        return [];
    }
  }

  getParent(node: WeekNode): WeekNode | undefined {
    switch (node.kind) {
      case 'site':
        return undefined;
      case 'week':
        return this.index.all().length > 1 ? this.siteNode(node.site) : undefined;
      case 'page':
        return this.weekNode(node.site, node.week);
      default:
        return node.parent;
    }
  }

  private weekNodes(site: SiteWeeks | undefined): WeekNode[] {
    if (!site) return [];
    const weeks = this.problemsOnly ? site.weeks.filter((w) => this.hasProblems(w)) : site.weeks;
    return weeks.map((w) => this.weekNode(site.site, w.week));
  }

  private dayNodes(parent: WeekNode, page: Page): WeekNode[] {
    return this.index.outline(page).days.map((day) => ({ kind: 'day', id: `${parent.id}:row:${day.line}`, parent, page, line: day.line, label: day.label, labs: day.labs }));
  }

  private problems(page: Page): { errors: number; warnings: number } {
    const uri = this.store.uriOf(page);
    const findings = uri ? (this.diagnostics.linted(uri)?.findings ?? []) : [];
    let errors = 0;
    let warnings = 0;
    for (const f of findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
    }
    return { errors, warnings };
  }

  private hasProblems(slot: WeekSlot): boolean {
    return [...slot.pages, ...slot.duplicates].some((p) => {
      const { errors, warnings } = this.problems(p);
      return errors + warnings > 0;
    });
  }

  getTreeItem(node: WeekNode): vscode.TreeItem {
    switch (node.kind) {
      case 'site': {
        const site = this.index.site(node.site);
        const item = new vscode.TreeItem(siteLabel(node.site), vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon('globe');
        item.description = site ? site.languages.map((l) => languageCode(spoken(site, l))).join(' · ') : undefined;
        item.tooltip = node.site;
        item.accessibilityInformation = { label: siteLabel(node.site) };
        item.contextValue = 'worklogSite';
        return item;
      }
      case 'week':
        return this.weekItem(node);
      case 'page':
        return this.pageItem(node);
      case 'day': {
        const item = new vscode.TreeItem(node.label, node.labs.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon('circle-small-filled');
        item.command = this.openCommand(node.page, node.line);
        item.contextValue = 'worklogDay';
        return item;
      }
      case 'lab': {
        const item = new vscode.TreeItem(labTitle(node.lab) ?? vscode.l10n.t('Lab {0}', node.lab), vscode.TreeItemCollapsibleState.None);
        item.id = node.id;
        item.description = node.lab;
        item.tooltip = `https://${node.lab}.awsstudygroup.com/`;
        item.iconPath = new vscode.ThemeIcon('beaker');
        item.command = this.openCommand(node.page, node.line);
        item.contextValue = 'worklogLab';
        return item;
      }
    }
  }

  private weekItem(node: Extract<WeekNode, { kind: 'week' }>): vscode.TreeItem {
    const site = this.index.site(node.site);
    const slot = this.slot(node.site, node.week);
    const label = vscode.l10n.t('Week {0}', node.week);
    if (!site || !slot || slot.pages.length === 0) {
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = [vscode.l10n.t('missing'), slot?.summary].filter((s) => s).join(' · ');
      item.tooltip = vscode.l10n.t('Week {0} has no page yet. Click to create it.', node.week);
      item.accessibilityInformation = { label: `${label}, ${item.description}` };
      item.iconPath = new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('disabledForeground'));
      item.contextValue = 'worklogMissingWeek';
      item.command = { command: ids.commands.weeksCreateWeek, title: vscode.l10n.t('Create Week Page'), arguments: [node] };
      return item;
    }
    const page = slot.pages[0];
    const outline = this.index.outline(page);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.resourceUri = this.store.uriOf(page);
    const onlyIn = languageKey(page) !== site.primary ? vscode.l10n.t('{0} only', languageCode(spoken(site, languageKey(page)))) : undefined;
    item.description = [onlyIn, slot.summary ?? page.identity.title, outline.range].filter((s) => s).join(' · ');
    let errors = 0;
    let warnings = 0;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${page.identity.title ?? label}\n`);
    if (slot.summary) tooltip.appendText(`${slot.summary}\n`);
    if (outline.range) tooltip.appendText(`${outline.range}\n`);
    for (const p of [...slot.pages, ...slot.duplicates]) {
      const counts = this.problems(p);
      errors += counts.errors;
      warnings += counts.warnings;
      const summary = counts.errors + counts.warnings > 0 ? vscode.l10n.t('{0} errors, {1} warnings', counts.errors, counts.warnings) : vscode.l10n.t('No problems');
      tooltip.appendText(`\n${languageName(spoken(site, languageKey(p)))}: ${summary}`);
    }
    for (const language of site.languages) {
      if (!slot.pages.some((p) => languageKey(p) === language)) tooltip.appendText(`\n${vscode.l10n.t('No {0} page for this week.', languageName(spoken(site, language)))}`);
    }
    item.tooltip = tooltip;
    item.iconPath = problemIcon(errors, warnings, 'calendar');
    item.contextValue = errors > 0 ? 'worklogWeek.error' : warnings > 0 ? 'worklogWeek.warning' : 'worklogWeek';
    item.command = this.openCommand(page, 0);
    return item;
  }

  private pageItem(node: Extract<WeekNode, { kind: 'page' }>): vscode.TreeItem {
    const page = node.page;
    const uri = this.store.uriOf(page);
    const outline = this.index.outline(page);
    const label = node.duplicate
      ? vscode.l10n.t('Another page for week {0}', node.week)
      : `${languageName(spokenOf(this.index.site(node.site), page))} · ${page.identity.title ?? vscode.l10n.t('Week {0}', node.week)}`;
    const item = new vscode.TreeItem(label, outline.days.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.resourceUri = uri;
    item.description = node.duplicate ? (uri ? vscode.workspace.asRelativePath(uri, false) : page.path) : outline.range;
    const { errors, warnings } = this.problems(page);
    item.iconPath = problemIcon(errors, warnings, node.duplicate ? 'copy' : 'globe');
    item.tooltip = `${uri ? vscode.workspace.asRelativePath(uri, false) : page.path}\n${errors + warnings > 0 ? vscode.l10n.t('{0} errors, {1} warnings', errors, warnings) : vscode.l10n.t('No problems')}`;
    item.accessibilityInformation = { label: [label, item.description].filter((s) => s).join(', ') };
    item.contextValue = errors > 0 ? 'worklogTwin.error' : warnings > 0 ? 'worklogTwin.warning' : 'worklogTwin';
    item.command = this.openCommand(page, 0);
    return item;
  }

  private openCommand(page: Page, line: number): vscode.Command | undefined {
    const uri = this.store.uriOf(page);
    if (!uri) return undefined;
    const selection = new vscode.Range(line, 0, line, 0);
    return { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri, { selection, preview: true } satisfies vscode.TextDocumentShowOptions] };
  }

  snapshot(): WeekItemSnapshot[] {
    const walk = (node: WeekNode): WeekItemSnapshot => {
      const item = this.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
      const icon = item.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;
      return {
        label,
        description: typeof item.description === 'string' ? item.description : undefined,
        icon,
        contextValue: item.contextValue,
        resource: item.resourceUri ? vscode.workspace.asRelativePath(item.resourceUri, false) : undefined,
        command: item.command?.command,
        children: this.getChildren(node).map(walk),
      };
    };
    return this.getChildren().map(walk);
  }
}

function siteId(site: string): string {
  return `site:${site}`;
}

function languageKey(page: Page): string {
  return page.identity.language ?? 'default';
}

/** The language a site's language key stands for: pages without a language suffix are read for Vietnamese letters. */
function spoken(site: SiteWeeks, language: string): string {
  if (language !== 'default') return language;
  const page = site.weeks.flatMap((w) => w.pages).find((p) => languageKey(p) === 'default');
  return page ? pageLanguage(page) : language;
}

function spokenOf(site: SiteWeeks | undefined, page: Page): string {
  return site ? spoken(site, languageKey(page)) : languageKey(page);
}

function languageCode(language: string): string {
  return language === 'default' ? vscode.l10n.t('Default') : language.toUpperCase();
}

/** A language's own name (`Tiếng Việt`, `English`), which its readers recognise whatever the UI language. */
function languageName(language: string): string {
  if (language === 'default') return vscode.l10n.t('Default language');
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(language);
    if (name && name !== language) return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
  } catch {
    // An unknown code falls back to the code itself.
  }
  return language.toUpperCase();
}

function problemIcon(errors: number, warnings: number, otherwise: string): vscode.ThemeIcon {
  if (errors > 0) return new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'));
  if (warnings > 0) return new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  return new vscode.ThemeIcon(otherwise);
}

function siteLabel(site: string): string {
  const segments = site.replace(/\\/g, '/').split('/');
  const content = segments.lastIndexOf('content');
  const root = content > 0 ? segments.slice(0, content).join('/') : site;
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const folderPath = corePath(folder.uri).replace(/\\/g, '/').replace(/\/$/, '');
    if (root === folderPath) return folder.name;
    if (root.startsWith(`${folderPath}/`)) return root.slice(folderPath.length + 1);
  }
  return segments[content - 1] ?? site;
}
