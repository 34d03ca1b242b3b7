import * as vscode from 'vscode';
import { Page, SiteWeeks, WeekSlot, WeeksIndex, labTitle, pageLanguage } from '../core';
import { ids } from './ids';
import { PageStore, corePath } from './pageStore';
import type { WeekNode } from './weeksProvider';

/** What drawing a row needs from the tree's model. */
export interface ItemSource {
  readonly index: WeeksIndex;
  readonly store: PageStore;
  slot(site: string, week: number): WeekSlot | undefined;
  problems(page: Page): { errors: number; warnings: number };
}

/** The row VS Code draws for a node. */
export function treeItemFor(source: ItemSource, node: WeekNode): vscode.TreeItem {
  switch (node.kind) {
    case 'site': {
      const site = source.index.site(node.site);
      const item = new vscode.TreeItem(siteLabel(node.site), vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon('globe');
      item.description = site ? [...site.languages.map((l) => languageCode(spoken(site, l))), ...(site.loose ? [vscode.l10n.t('loose pages')] : [])].join(' · ') : undefined;
      item.tooltip = node.site;
      item.accessibilityInformation = { label: siteLabel(node.site) };
      item.contextValue = 'worklogSite';
      return item;
    }
    case 'week':
      return weekItem(source, node);
    case 'page':
      return pageItem(source, node);
    case 'day': {
      const item = new vscode.TreeItem(node.label, node.labs.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.iconPath = new vscode.ThemeIcon('circle-small-filled');
      item.command = openCommand(source, node.page, node.line);
      item.contextValue = 'worklogDay';
      return item;
    }
    case 'lab': {
      const item = new vscode.TreeItem(labTitle(node.lab) ?? vscode.l10n.t('Lab {0}', node.lab), vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = node.lab;
      item.tooltip = `https://${node.lab}.awsstudygroup.com/`;
      item.iconPath = new vscode.ThemeIcon('beaker');
      item.command = openCommand(source, node.page, node.line);
      item.contextValue = 'worklogLab';
      return item;
    }
  }
}

/** Longest summary shown beside the range; longer ones live in the tooltip (the default sidebar is ~35 characters). */
const SHORT_SUMMARY = 24;

/** A summary that starts or holds a date range (`15/09 - 19/09: …`, `6–8 Oct`) would repeat the range. */
const DATED = /\d{1,4}\s*[/.]\s*\d{1,2}|\b\d{1,2}\s*[-–]\s*\d{1,2}\b/;

/** "Week 3 Worklog", "Worklog Tuần 3": a title that only repeats the row's label. */
function isJustWeekTitle(text: string, week: number): boolean {
  return new RegExp(`^(worklog\\s+)?(week|tuần)\\s*0*${week}(\\s+worklog)?$`, 'i').test(text.trim());
}

function weekItem(source: ItemSource, node: Extract<WeekNode, { kind: 'week' }>): vscode.TreeItem {
  const site = source.index.site(node.site);
  const slot = source.slot(node.site, node.week);
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
  const outline = source.index.outline(page);
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.id;
  item.resourceUri = source.store.uriOf(page);
  const onlyIn = languageKey(page) !== site.primary ? vscode.l10n.t('{0} only', languageCode(spoken(site, languageKey(page)))) : undefined;
  // The range first, so it shows at the default sidebar width; a summary only when short and not a date range itself.
  const summary = (slot.summary ?? page.identity.title)?.replace(new RegExp(`^(week|tuần)\\s*0*${node.week}\\s*[:.\\-–]\\s*`, 'i'), '');
  const shortSummary = summary && summary.length <= SHORT_SUMMARY && !DATED.test(summary) && !isJustWeekTitle(summary, node.week) ? summary : undefined;
  const loose = site.loose ? vscode.l10n.t('loose page') : undefined;
  item.description = [outline.range, onlyIn, loose, shortSummary].filter((s) => s).join(' · ');
  let errors = 0;
  let warnings = 0;
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(`${[label, outline.range].filter((s) => s).join(' · ')}\n`);
  if (site.loose) tooltip.appendText(`${looseExplained()}\n`);
  if (page.identity.title && page.identity.title !== slot.summary) tooltip.appendText(`${page.identity.title}\n`);
  if (slot.summary) tooltip.appendText(`${slot.summary}\n`);
  for (const p of [...slot.pages, ...slot.duplicates]) {
    const counts = source.problems(p);
    errors += counts.errors;
    warnings += counts.warnings;
    const summary = counts.errors + counts.warnings > 0 ? vscode.l10n.t('{0} errors, {1} warnings', counts.errors, counts.warnings) : vscode.l10n.t('No problems');
    tooltip.appendText(`\n${languageName(spoken(site, languageKey(p)))}: ${summary}`);
  }
  for (const language of site.languages) {
    if (!slot.pages.some((p) => languageKey(p) === language)) tooltip.appendText(`\n${vscode.l10n.t('No {0} page for this week.', languageName(spoken(site, language)))}`);
  }
  item.tooltip = tooltip;
  item.iconPath = problemIcon(errors, warnings, site.loose ? 'file' : 'calendar');
  item.contextValue = errors > 0 ? 'worklogWeek.error' : warnings > 0 ? 'worklogWeek.warning' : 'worklogWeek';
  item.command = openCommand(source, page, 0);
  return item;
}

/** Why a page is loose and what that changes, for a newcomer who opened a folder holding one week page. */
function looseExplained(): string {
  return vscode.l10n.t('Loose page: it is not in a worklog section (a folder such as content/1-Worklog with its _index.md), so no week before or after it is expected here.');
}

function pageItem(source: ItemSource, node: Extract<WeekNode, { kind: 'page' }>): vscode.TreeItem {
  const page = node.page;
  const uri = source.store.uriOf(page);
  const outline = source.index.outline(page);
  const label = node.duplicate
    ? vscode.l10n.t('Another page for week {0}', node.week)
    : `${languageName(spokenOf(source.index.site(node.site), page))} · ${page.identity.title ?? vscode.l10n.t('Week {0}', node.week)}`;
  const item = new vscode.TreeItem(label, outline.days.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.resourceUri = uri;
  item.description = node.duplicate ? (uri ? vscode.workspace.asRelativePath(uri, false) : page.path) : outline.range;
  const { errors, warnings } = source.problems(page);
  item.iconPath = problemIcon(errors, warnings, node.duplicate ? 'copy' : 'globe');
  item.tooltip = `${uri ? vscode.workspace.asRelativePath(uri, false) : page.path}\n${errors + warnings > 0 ? vscode.l10n.t('{0} errors, {1} warnings', errors, warnings) : vscode.l10n.t('No problems')}`;
  item.accessibilityInformation = { label: [label, item.description].filter((s) => s).join(', ') };
  item.contextValue = errors > 0 ? 'worklogTwin.error' : warnings > 0 ? 'worklogTwin.warning' : 'worklogTwin';
  item.command = openCommand(source, page, 0);
  return item;
}

function openCommand(source: ItemSource, page: Page, line: number): vscode.Command | undefined {
  const uri = source.store.uriOf(page);
  if (!uri) return undefined;
  const selection = new vscode.Range(line, 0, line, 0);
  return { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [uri, { selection, preview: true } satisfies vscode.TextDocumentShowOptions] };
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

/** A path's folders and file as the core splits them: forward slashes, no empty segment (so no leading slash). */
function splitPath(path: string): string[] {
  return path.replace(/\\/g, '/').split('/').filter((s) => s !== '');
}

function siteLabel(site: string): string {
  const segments = splitPath(site);
  const content = segments.lastIndexOf('content');
  // The site's root: the folder above `content`, or for loose pages the folder holding them.
  const root = (content > 0 ? segments.slice(0, content) : segments).join('/');
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    // Both sides as the core splits paths (no leading slash), so a site compares equal to its folder.
    const folderPath = splitPath(corePath(folder.uri)).join('/');
    if (root === folderPath) return folder.name;
    if (root.startsWith(`${folderPath}/`)) return root.slice(folderPath.length + 1);
  }
  return (content > 0 ? segments[content - 1] : segments[segments.length - 1]) ?? site;
}
