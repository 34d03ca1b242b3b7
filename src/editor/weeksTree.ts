import * as vscode from 'vscode';
import { Page, Table, dayTables, decideDateOrder, formatWeekday, groupSiteLanguages, labTitle, readDayColumn, readLabUrl, readPageDates, siteKey, twinFinder } from '../core';
import { CalendarDate, dayNumber, describeRange, fromDayNumber, monthName, weekdayOf } from '../core/dates';
import { DiagnosticsService } from './diagnostics';
import { ids } from './ids';
import { PageStore, corePath } from './pageStore';

/** One row of the Weeks view; `id` is stable across refreshes so expansion and reveal survive updates. */
export type WeekNode =
  | { readonly kind: 'site'; readonly id: string; readonly site: string }
  | { readonly kind: 'language'; readonly id: string; readonly site: string; readonly language: string }
  | { readonly kind: 'week'; readonly id: string; readonly site: string; readonly language: string; readonly week: number; readonly page: Page | undefined }
  | { readonly kind: 'day'; readonly id: string; readonly parent: WeekNode; readonly page: Page; readonly line: number; readonly label: string; readonly labs: readonly string[] }
  | { readonly kind: 'lab'; readonly id: string; readonly parent: WeekNode; readonly page: Page; readonly line: number; readonly lab: string };

/** A plain view of one tree row, for tests. */
export interface WeekItemSnapshot {
  readonly label: string;
  readonly description: string | undefined;
  readonly icon: string | undefined;
  readonly contextValue: string | undefined;
  readonly children: readonly WeekItemSnapshot[];
}

export interface WeeksTree extends vscode.Disposable {
  readonly view: vscode.TreeView<WeekNode>;
  /** The whole tree as plain data (every level expanded). */
  snapshot(): WeekItemSnapshot[];
  /** The pages "new week" would create after the last week of a site-language, without applying them. */
  newWeekFiles(site: string, language: string): Array<{ uri: vscode.Uri; text: string }>;
  /** Creates the next week of a site-language (and its twin) through one undoable WorkspaceEdit. */
  newWeek(site: string, language: string): Promise<vscode.Uri | undefined>;
  /** The site keys and languages the tree shows. */
  groups(): Array<{ site: string; language: string }>;
}

const REFRESH_MS = 100;

export function registerWeeksTree(store: PageStore, diagnostics: DiagnosticsService): WeeksTree {
  const provider = new WeeksProvider(store, diagnostics);
  const view = vscode.window.createTreeView(ids.views.weeks, { treeDataProvider: provider, showCollapseAll: true });
  const revealActive = async (editor: vscode.TextEditor | undefined) => {
    if (!editor || !view.visible) return;
    if (!vscode.workspace.getConfiguration(ids.section, editor.document.uri).get<boolean>(ids.settings.weeksRevealActive, true)) return;
    const node = provider.weekOf(editor.document.uri);
    if (node) await view.reveal(node, { select: true, focus: false, expand: false }).then(undefined, () => undefined);
  };
  const newWeekFor = async (node: WeekNode | undefined) => {
    const target = provider.groupFor(node) ?? provider.groupOfUri(vscode.window.activeTextEditor?.document.uri) ?? provider.groupsList()[0];
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No worklog found in this workspace.'));
      return;
    }
    await tree.newWeek(target.site, target.language);
  };
  const tree: WeeksTree = {
    view,
    snapshot: () => provider.snapshot(),
    newWeekFiles: (site, language) => provider.newWeekFiles(site, language),
    groups: () => provider.groupsList(),
    async newWeek(site, language) {
      const files = provider.newWeekFiles(site, language);
      if (files.length === 0) return undefined;
      const edit = new vscode.WorkspaceEdit();
      for (const file of files) {
        edit.createFile(file.uri, { ignoreIfExists: false });
        edit.insert(file.uri, new vscode.Position(0, 0), file.text);
      }
      if (!(await vscode.workspace.applyEdit(edit))) return undefined;
      await vscode.window.showTextDocument(files[0].uri);
      return files[0].uri;
    },
    dispose() {
      subscriptions.forEach((d) => d.dispose());
    },
  };
  const subscriptions: vscode.Disposable[] = [
    provider,
    view,
    vscode.window.onDidChangeActiveTextEditor((e) => void revealActive(e)),
    view.onDidChangeVisibility(() => void revealActive(vscode.window.activeTextEditor)),
    vscode.commands.registerCommand(ids.commands.weeksRefresh, () => provider.refreshAll()),
    vscode.commands.registerCommand(ids.commands.weeksCollapseAll, () => vscode.commands.executeCommand(`workbench.actions.treeView.${ids.views.weeks}.collapseAll`)),
    vscode.commands.registerCommand(ids.commands.weeksNewWeek, (node?: WeekNode) => newWeekFor(node)),
    vscode.commands.registerCommand(ids.commands.weeksRevealInExplorer, async (node?: WeekNode) => {
      const page = node && 'page' in node ? node.page : undefined;
      const uri = page ? store.uriOf(page) : vscode.window.activeTextEditor?.document.uri;
      if (uri) await vscode.commands.executeCommand('revealInExplorer', uri);
    }),
  ];
  return tree;
}

class WeeksProvider implements vscode.TreeDataProvider<WeekNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<WeekNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** Site key → language → week pages, rebuilt per site-language only when one of its pages changes. */
  private groups = new Map<string, Map<string, Page[]>>();
  private readonly nodes = new Map<string, WeekNode>();
  private pendingSites = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly store: PageStore,
    private readonly diagnostics: DiagnosticsService,
  ) {
    this.rebuild();
    this.subscriptions = [
      this.changed,
      store.onDidChange((uri) => this.schedule(siteKey(corePath(uri)))),
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) {
          const node = this.weekOf(uri);
          if (node) this.changed.fire(node);
        }
      }),
    ];
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((d) => d.dispose());
  }

  refreshAll(): void {
    this.rebuild();
    this.changed.fire(undefined);
  }

  private schedule(site: string): void {
    this.pendingSites.add(site);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), REFRESH_MS);
  }

  /** Regroups only the changed sites; refreshes their language nodes, or the root when sites or languages came or went. */
  private flush(): void {
    const sites = this.pendingSites;
    this.pendingSites = new Set();
    const before = this.shape();
    for (const site of sites) this.groups.delete(site);
    const pages = this.store.pages().filter((p) => sites.has(siteKey(p.path)));
    for (const group of groupSiteLanguages(pages)) this.languagesOf(group.site).set(group.language, [...group.pages]);
    if (this.shape() !== before) {
      this.changed.fire(undefined);
      return;
    }
    for (const site of sites) {
      for (const language of this.groups.get(site)?.keys() ?? []) {
        const node = this.nodes.get(languageId(site, language));
        this.changed.fire(node);
      }
    }
  }

  private shape(): string {
    return [...this.groups].map(([site, languages]) => `${site}:${[...languages.keys()].join(',')}`).sort().join('|');
  }

  private languagesOf(site: string): Map<string, Page[]> {
    let languages = this.groups.get(site);
    if (!languages) this.groups.set(site, (languages = new Map()));
    return languages;
  }

  private rebuild(): void {
    this.groups = new Map();
    for (const group of groupSiteLanguages(this.store.pages())) this.languagesOf(group.site).set(group.language, [...group.pages]);
  }

  private intern<T extends WeekNode>(node: T): T {
    this.nodes.set(node.id, node);
    return node;
  }

  groupsList(): Array<{ site: string; language: string }> {
    return [...this.groups].sort(([a], [b]) => a.localeCompare(b)).flatMap(([site, languages]) => [...languages.keys()].sort(byLanguage).map((language) => ({ site, language })));
  }

  groupFor(node: WeekNode | undefined): { site: string; language: string } | undefined {
    if (!node) return undefined;
    if (node.kind === 'language' || node.kind === 'week') return { site: node.site, language: node.language };
    if (node.kind === 'site') {
      const language = [...(this.groups.get(node.site)?.keys() ?? [])].sort(byLanguage)[0];
      return language ? { site: node.site, language } : undefined;
    }
    return this.groupOfUri(this.store.uriOf(node.page));
  }

  groupOfUri(uri: vscode.Uri | undefined): { site: string; language: string } | undefined {
    const page = uri && this.store.pageAt(uri);
    if (!page || page.identity.kind !== 'week') return undefined;
    return { site: siteKey(page.path), language: page.identity.language ?? 'default' };
  }

  weekOf(uri: vscode.Uri): WeekNode | undefined {
    const page = this.store.pageAt(uri);
    if (!page || page.identity.kind !== 'week' || page.identity.week === undefined) return undefined;
    return this.nodes.get(weekId(siteKey(page.path), page.identity.language ?? 'default', page.identity.week));
  }

  getChildren(node?: WeekNode): WeekNode[] {
    if (!node) {
      const sites = [...this.groups.keys()].sort();
      if (sites.length === 1) return this.languageNodes(sites[0]);
      return sites.map((site) => this.intern({ kind: 'site', id: `site:${site}`, site }));
    }
    switch (node.kind) {
      case 'site':
        return this.languageNodes(node.site);
      case 'language':
        return this.weekNodes(node.site, node.language);
      case 'week':
        return node.page ? this.dayNodes(node, node.page) : [];
      case 'day':
        return node.labs.map((lab, i) => this.intern({ kind: 'lab', id: `${node.id}:lab:${i}`, parent: node, page: node.page, line: node.line, lab }));
      case 'lab':
        return [];
    }
  }

  getParent(node: WeekNode): WeekNode | undefined {
    switch (node.kind) {
      case 'site':
        return undefined;
      case 'language':
        return this.groups.size > 1 ? this.nodes.get(`site:${node.site}`) : undefined;
      case 'week':
        return this.nodes.get(languageId(node.site, node.language));
      default:
        return node.parent;
    }
  }

  private languageNodes(site: string): WeekNode[] {
    return [...(this.groups.get(site)?.keys() ?? [])].sort(byLanguage).map((language) => this.intern({ kind: 'language', id: languageId(site, language), site, language }));
  }

  private weekNodes(site: string, language: string): WeekNode[] {
    const pages = this.groups.get(site)?.get(language) ?? [];
    const byNumber = new Map<number, Page>();
    for (const page of pages) if (page.identity.week !== undefined && !byNumber.has(page.identity.week)) byNumber.set(page.identity.week, page);
    const last = Math.max(0, ...byNumber.keys());
    const nodes: WeekNode[] = [];
    for (let week = 1; week <= last; week++) {
      nodes.push(this.intern({ kind: 'week', id: weekId(site, language, week), site, language, week, page: byNumber.get(week) }));
    }
    return nodes;
  }

  private dayNodes(parent: WeekNode, page: Page): WeekNode[] {
    const dated = this.datesOf(page);
    const nodes: WeekNode[] = [];
    for (const table of dayTables(page)) {
      const task = table.column('task');
      const dayColumn = table.column('day');
      for (const row of table.rows) {
        const text = task >= 0 ? firstLine(row.cells[task]?.text ?? '') : '';
        const date = dated.get(row.line);
        const when = date ? shortDate(date) : dayColumn >= 0 ? stripMarkup(row.cells[dayColumn]?.text ?? '') : '';
        if (!text && !when) continue;
        const labs = page.links
          .filter((l) => l.span.start >= row.span.start && l.span.end <= row.span.end)
          .map((l) => readLabUrl(l.url)?.id)
          .filter((id): id is string => id !== undefined);
        nodes.push(this.intern({ kind: 'day', id: `${parent.id}:row:${row.line}`, parent, page, line: row.line, label: [when, text].filter((s) => s).join(' · '), labs: [...new Set(labs)] }));
      }
    }
    return nodes;
  }

  private datesOf(page: Page): Map<number, CalendarDate> {
    const result = new Map<number, CalendarDate>();
    const decision = this.decisionOf(page);
    for (const row of readPageDates(page, decision).rows) {
      const date = row.startDate?.date;
      if (date) result.set(row.row.line, date);
    }
    return result;
  }

  private decisionOf(page: Page) {
    const siblings = this.groups.get(siteKey(page.path))?.get(page.identity.language ?? 'default') ?? [];
    const twin = twinFinder(this.store.siblings(page))(page);
    return decideDateOrder(page, { twin, siblings: siblings.filter((p) => p !== page) });
  }

  /** The first and last dated day of a page. */
  private rangeOf(page: Page): string | undefined {
    const dates = [...this.datesOf(page).values()].map(dayNumber).sort((a, b) => a - b);
    if (dates.length === 0) return undefined;
    return describeRange(fromDayNumber(dates[0]), fromDayNumber(dates[dates.length - 1]));
  }

  getTreeItem(node: WeekNode): vscode.TreeItem {
    switch (node.kind) {
      case 'site': {
        const item = new vscode.TreeItem(siteLabel(node.site), vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon('globe');
        item.tooltip = node.site;
        item.accessibilityInformation = { label: siteLabel(node.site) };
        item.contextValue = 'worklogSite';
        return item;
      }
      case 'language': {
        const item = new vscode.TreeItem(node.language === 'default' ? vscode.l10n.t('Default language') : node.language.toUpperCase(), vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon('book');
        item.contextValue = 'worklogLanguage';
        return item;
      }
      case 'week':
        return this.weekItem(node);
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
    const label = vscode.l10n.t('Week {0}', node.week);
    if (!node.page) {
      const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = vscode.l10n.t('missing');
      item.tooltip = vscode.l10n.t('Week {0} has no page yet.', node.week);
      item.accessibilityInformation = { label: `${label}, ${item.description}` };
      item.iconPath = new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('disabledForeground'));
      item.contextValue = 'worklogMissingWeek';
      return item;
    }
    const page = node.page;
    const uri = this.store.uriOf(page);
    const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.resourceUri = uri;
    const range = this.rangeOf(page);
    item.description = [page.identity.title, range].filter((s) => s).join(' · ');
    const findings = uri ? (this.diagnostics.linted(uri)?.findings ?? []) : [];
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    item.iconPath =
      errors > 0
        ? new vscode.ThemeIcon('error', new vscode.ThemeColor('list.errorForeground'))
        : warnings > 0
          ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'))
          : new vscode.ThemeIcon('calendar');
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(`${page.identity.title ?? label}\n`);
    if (range) tooltip.appendText(`${range}\n`);
    tooltip.appendText(errors + warnings > 0 ? vscode.l10n.t('{0} errors, {1} warnings', errors, warnings) : vscode.l10n.t('No problems'));
    item.tooltip = tooltip;
    item.contextValue = errors > 0 ? 'worklogWeek.error' : warnings > 0 ? 'worklogWeek.warning' : 'worklogWeek';
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
      return { label, description: typeof item.description === 'string' ? item.description : undefined, icon, contextValue: item.contextValue, children: this.getChildren(node).map(walk) };
    };
    return this.getChildren().map(walk);
  }

  newWeekFiles(site: string, language: string): Array<{ uri: vscode.Uri; text: string }> {
    const pages = this.groups.get(site)?.get(language) ?? [];
    const last = [...pages].filter((p) => p.identity.week !== undefined).sort((a, b) => (a.identity.week ?? 0) - (b.identity.week ?? 0)).pop();
    if (!last || last.identity.week === undefined) return [];
    const week = last.identity.week + 1;
    const lastUri = this.store.uriOf(last);
    if (!lastUri) return [];
    const monday = this.nextMonday(last);
    const files = [{ uri: nextUri(lastUri, last.identity.week, week), text: nextWeekText(last, week, monday, this.decisionOf(last).order) }];
    const twin = twinFinder(this.store.siblings(last))(last);
    const twinUri = twin && this.store.uriOf(twin);
    const twinHasWeek = twin && (this.groups.get(site)?.get(twin.identity.language ?? 'default') ?? []).some((p) => p.identity.week === week);
    if (twin && twinUri && twin.identity.week === last.identity.week && !twinHasWeek) {
      files.push({ uri: nextUri(twinUri, last.identity.week, week), text: nextWeekText(twin, week, monday, this.decisionOf(twin).order) });
    }
    return files;
  }

  private nextMonday(last: Page): number | undefined {
    const window = readPageDates(last, this.decisionOf(last)).week;
    return window ? window.monday + 7 : undefined;
  }
}

function languageId(site: string, language: string): string {
  return `lang:${site}:${language}`;
}

function weekId(site: string, language: string, week: number): string {
  return `week:${site}:${language}:${week}`;
}

function byLanguage(a: string, b: string): number {
  return (a === 'default' ? '' : a).localeCompare(b === 'default' ? '' : b);
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

function stripMarkup(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/gi, ' ')
    .replace(/\*\*|__|`/g, '')
    .replace(/^\s*[-+*]\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function firstLine(text: string): string {
  const parts = text.split(/<br\s*\/?>/i).map(stripMarkup).filter((s) => s !== '');
  return parts[0] ?? '';
}

function shortDate(date: CalendarDate): string {
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][weekdayOf(date)];
  return `${weekday} ${date.day} ${monthName(date.month).slice(0, 3)}`;
}

/** The last week's path with its week number replaced: `1.4-Week4/_index.md` → `1.5-Week5/_index.md`. */
function nextUri(uri: vscode.Uri, from: number, to: number): vscode.Uri {
  const path = uri.path;
  const content = path.lastIndexOf('/content/');
  const head = content >= 0 ? path.slice(0, content + 9) : path.slice(0, path.lastIndexOf('/') + 1);
  const tail = path.slice(head.length);
  return uri.with({ path: head + replaceWeek(tail, from, to) });
}

function replaceWeek(text: string, from: number, to: number): string {
  const pattern = new RegExp(`(\\.|week[-_ .]?|tuần[-_ .]?|tuan[-_ .]?|week\\s*[:#-]?\\s*)(0*)${from}(?!\\d)`, 'gi');
  return text.replace(pattern, (_m, prefix: string, zeros: string) => `${prefix}${String(to).padStart(zeros.length + String(from).length, '0')}`);
}

/** Front matter, headings and an empty day table in the last week's conventions. */
function nextWeekText(last: Page, week: number, monday: number | undefined, order: 'dmy' | 'mdy' | undefined): string {
  const eol = last.eol;
  const from = last.identity.week ?? week - 1;
  const lines: string[] = [];
  const fm = last.frontMatter;
  const bodyStart = last.bodyLine < last.lines.lineCount ? last.lines.lines[last.bodyLine].start : last.text.length;
  if (fm) {
    for (const line of last.text.slice(0, bodyStart).replace(/^\uFEFF/, '').split(/\r?\n/)) {
      if (/^title\s*:/i.test(line)) lines.push(replaceWeek(line, from, week));
      else if (/^pre\s*:/i.test(line)) lines.push(line.replace(new RegExp(`(\\d+\\s*\\.\\s*0*)${from}(?!\\d)`), `$1${week}`));
      else if (/^weight\s*:/i.test(line) && last.identity.weight) lines.push(line.replace(/[+-]?\d+(\.\d+)?/, String(nextWeight(last.identity.weight.value, from, week))));
      else if (/^date\s*:/i.test(line) && monday !== undefined) lines.push(line.replace(/\d{4}-\d{2}-\d{2}/, isoOf(fromDayNumber(monday))));
      else lines.push(line);
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    lines.push('');
  }
  const table = dayTables(last)[0];
  const tableHeading = table ? [...last.headings].filter((h) => h.line < last.lines.positionAt(table.span.start).line).pop() : undefined;
  for (const heading of last.headings) {
    lines.push(`${'#'.repeat(heading.level)} ${replaceWeek(heading.text, from, week)}`, '');
    if (table && heading === tableHeading) lines.push(...emptyTable(last, table, monday, order), '');
  }
  if (table && !tableHeading) lines.push(...emptyTable(last, table, monday, order), '');
  return lines.join(eol);
}

function nextWeight(weight: number, from: number, to: number): number {
  // `weight: 11` for week 1 (a fixed offset) continues the same offset; otherwise the weight follows the week.
  return Number.isInteger(weight) ? weight + (to - from) : to;
}

function isoOf(date: CalendarDate): string {
  return `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

function emptyTable(last: Page, table: Table, monday: number | undefined, order: 'dmy' | 'mdy' | undefined): string[] {
  const text = last.text;
  const rowText = (start: number, end: number) => text.slice(start, end);
  const out = [rowText(table.header.span.start, table.header.span.end), rowText(table.delimiter.span.start, table.delimiter.span.end)];
  const dayColumn = readDayColumn(table);
  const weekdays = new Set<number>();
  for (const value of dayColumn?.values ?? []) if (value.kind === 'weekday') value.weekdays.forEach((w) => weekdays.add(w));
  const days = weekdays.size > 0 ? [...weekdays].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7)) : [1, 2, 3, 4, 5];
  const sampleDate = table.rows.map((r) => table.cell(r, 'start') ?? table.cell(r, 'date')).find((c) => c && /\d/.test(c.text))?.text ?? '';
  const iso = /^\d{4}-\d{1,2}-\d{1,2}$/.test(sampleDate.trim());
  const separator = /\d([/.-])\d/.exec(sampleDate)?.[1] ?? '/';
  const pad = /(^|\D)0\d/.test(sampleDate) || sampleDate === '';
  const writeDate = (date: CalendarDate) => {
    if (iso) return isoOf(date);
    const d = pad ? String(date.day).padStart(2, '0') : String(date.day);
    const m = pad ? String(date.month).padStart(2, '0') : String(date.month);
    return order === 'mdy' ? `${m}${separator}${d}${separator}${date.year}` : `${d}${separator}${m}${separator}${date.year}`;
  };
  for (const weekday of days) {
    const cells = table.roles.map((role) => {
      if (role === 'day' && dayColumn?.style) return formatWeekday(weekday, dayColumn.style);
      if ((role === 'start' || role === 'end' || role === 'date') && monday !== undefined) return writeDate(fromDayNumber(monday + ((weekday + 6) % 7)));
      return '';
    });
    out.push(`| ${cells.join(' | ')} |`.replace(/ {2}\|/g, ' |'));
  }
  return out;
}
