import * as vscode from 'vscode';
import { Page, SiteWeeks, WeekSlot, WeeksIndex, siteKey } from '../core';
import { DiagnosticsService } from './diagnostics';
import { PageStore, corePath } from './pageStore';
import { ItemSource, treeItemFor } from './weekItems';
import { NewFile, newWeekFiles } from './weekPages';

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

const REFRESH_MS = 100;

/** The Weeks view's model adapter: core weeks index → tree nodes, refreshed as pages and diagnostics change. */
export class WeeksProvider implements vscode.TreeDataProvider<WeekNode>, vscode.Disposable, ItemSource {
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
    readonly store: PageStore,
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

  slot(site: string, week: number): WeekSlot | undefined {
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
    // Placeholders only between the first and the last week present: a lone Week 7 page is not six missing weeks;
    // loose pages are no sequence at all, so no week between them is missing.
    const first = site.weeks.findIndex((w) => w.pages.length > 0);
    const present = site.loose ? site.weeks.filter((w) => w.pages.length > 0) : first > 0 ? site.weeks.slice(first) : site.weeks;
    const weeks = this.problemsOnly ? present.filter((w) => this.hasProblems(w)) : present;
    return weeks.map((w) => this.weekNode(site.site, w.week));
  }

  private dayNodes(parent: WeekNode, page: Page): WeekNode[] {
    return this.index.outline(page).days.map((day) => ({ kind: 'day', id: `${parent.id}:row:${day.line}`, parent, page, line: day.line, label: day.label, labs: day.labs }));
  }

  problems(page: Page): { errors: number; warnings: number } {
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
    return treeItemFor(this, node);
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
