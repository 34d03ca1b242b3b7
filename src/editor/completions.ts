import * as vscode from 'vscode';
import { Page, decideDateOrder, formatIso, labCatalog, readPageDates } from '../core';
import { nextRow, rowSlotAt, rowText } from './dayRows';
import { PageStore } from './pageStore';

/** Markdown turns quick suggestions off, so every completion here is reachable by a trigger character. */
export const TRIGGER_CHARACTERS = ['|', '0', ':'];

const LAB_PREFIX = /(<?https?:\/\/0{3,}\d*|lab:\d*)$/i;

export function registerCompletions(store: PageStore): vscode.Disposable {
  const provider: vscode.CompletionItemProvider = {
    provideCompletionItems(document, position) {
      const page = store.fromDocument(document);
      if (page.identity.kind !== 'week') return undefined;
      const line = document.lineAt(position.line).text;
      const before = line.slice(0, position.character);
      if (inFrontMatter(page, position.line)) return frontMatterItems(page, before, position);
      const lab = LAB_PREFIX.exec(before);
      if (lab) return labItems(lab[1], position);
      const slot = rowSlotAt(page, position.line, line);
      if (slot) {
        const row = nextRow(page, slot.table, slot.line);
        const item = new vscode.CompletionItem(vscode.l10n.t('New day row'), vscode.CompletionItemKind.Snippet);
        item.insertText = new vscode.SnippetString(rowText(row, true));
        item.range = new vscode.Range(position.line, 0, position.line, line.length);
        item.filterText = line.slice(0, position.character) + 'row';
        item.detail = [row.day, row.date].filter((v) => v !== undefined).join(' · ');
        item.documentation = rowText(row, false);
        item.sortText = '0';
        item.preselect = true;
        return [item];
      }
      return undefined;
    },
  };
  return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, provider, ...TRIGGER_CHARACTERS);
}

function inFrontMatter(page: Page, line: number): boolean {
  const fm = page.frontMatter;
  if (!fm) return false;
  const close = fm.closeSpan ? page.lines.positionAt(fm.closeSpan.start).line : page.lines.lineCount;
  return line > page.lines.positionAt(fm.openSpan.start).line && line < close;
}

function labItems(typed: string, position: vscode.Position): vscode.CompletionItem[] {
  const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
  return labCatalog().labs.map((lab, i) => {
    const url = `<https://${lab.id}.awsstudygroup.com/>`;
    const item = new vscode.CompletionItem({ label: lab.id, description: lab.title }, vscode.CompletionItemKind.Reference);
    item.insertText = url;
    item.range = range;
    item.filterText = /^lab:/i.test(typed) ? `${typed.slice(0, 4)}${lab.id} ${lab.title ?? ''}` : `${typed.startsWith('<') ? '<' : ''}${typed.replace(/^</, '').replace(/:\/\/.*/, '://')}${lab.id}.awsstudygroup.com/`;
    item.detail = url;
    item.sortText = String(i).padStart(5, '0');
    return item;
  });
}

/** The values a week page's front matter should hold, computed from its path and dates. */
export function frontMatterValues(page: Page): Record<string, string> {
  const week = page.identity.week;
  const vi = page.identity.language === 'vi';
  const values: Record<string, string> = {};
  if (week !== undefined) {
    values.title = vi ? `"Worklog Tuần ${week}"` : `"Week ${week} Worklog"`;
    values.weight = String(week);
    values.pre = `" <b> 1.${week}. </b> "`;
  }
  const first = readPageDates(page, decideDateOrder(page)).week?.first;
  if (first) values.date = formatIso(first);
  values.chapter = 'false';
  return values;
}

function frontMatterItems(page: Page, before: string, position: vscode.Position): vscode.CompletionItem[] | undefined {
  const values = frontMatterValues(page);
  const present = new Set((page.frontMatter?.entries ?? []).map((e) => e.key));
  const keyTyped = /^(\w*)$/.exec(before);
  if (keyTyped) {
    const range = new vscode.Range(position.line, 0, position.line, position.character);
    return Object.entries(values)
      .filter(([key]) => !present.has(key))
      .map(([key, value]) => {
        const item = new vscode.CompletionItem({ label: key, description: value }, vscode.CompletionItemKind.Property);
        item.insertText = `${key}: ${value}`;
        item.range = range;
        return item;
      });
  }
  const valueTyped = /^(\w+):(\s*)(\S*)$/.exec(before);
  if (valueTyped && values[valueTyped[1]] !== undefined) {
    const value = values[valueTyped[1]];
    const start = position.character - valueTyped[3].length - valueTyped[2].length;
    const item = new vscode.CompletionItem({ label: value, description: vscode.l10n.t('computed for this week') }, vscode.CompletionItemKind.Value);
    item.insertText = ` ${value}`;
    item.range = new vscode.Range(position.line, start, position.line, position.character);
    item.filterText = ` ${value}`;
    item.preselect = true;
    return [item];
  }
  return undefined;
}
