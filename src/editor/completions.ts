import * as vscode from 'vscode';
import { Page, PageDates, formatIso, labCatalog, weekdayOf } from '../core';
import { CellAt, cellAt, dateChoices, dayChoices } from './cellValues';
import { NewRow, keptBlankLine, nextRow, rowSlotAt, rowText } from './dayRows';
import { PageDatesReader } from './pageDates';
import { PageStore } from './pageStore';

/** Markdown turns quick suggestions off, so every completion here is reachable by a trigger character. */
export const TRIGGER_CHARACTERS = ['|', ' ', '0', ':'];

const LAB_PREFIX = /(<?https?:\/\/0{3,}\d*|lab:\d*)$/i;

export function registerCompletions(store: PageStore, datesOf: PageDatesReader): vscode.Disposable {
  const provider: vscode.CompletionItemProvider = {
    async provideCompletionItems(document, position, _token, context) {
      const page = store.fromDocument(document);
      if (page.identity.kind !== 'week') return undefined;
      const line = document.lineAt(position.line).text;
      const before = line.slice(0, position.character);
      // A typed space asks only for cell values: elsewhere it must cost nothing and show nothing.
      const spaceTyped = context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter && context.triggerCharacter === ' ';
      const at = cellAt(page, document.offsetAt(position));
      if (spaceTyped && !at) return undefined;
      if (inFrontMatter(page, position.line)) return frontMatterItems(page, await datesOf(page, document.uri), before, position);
      const lab = LAB_PREFIX.exec(before);
      if (lab) return labItems(lab[1], position);
      const dates = await datesOf(page, document.uri);
      const items: vscode.CompletionItem[] = [];
      const slot = rowSlotAt(page, position.line, line);
      const row = slot && !spaceTyped ? nextRow(dates, slot.table, slot.line) : undefined;
      if (slot && row && !row.full) items.push(rowItem(row, keptBlankLine(page, slot.line), line, position));
      if (at) items.push(...cellItems(document, position, dates, at));
      return items.length > 0 ? items : undefined;
    },
  };
  return vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, provider, ...TRIGGER_CHARACTERS);
}

function rowItem(row: NewRow, after: string, line: string, position: vscode.Position): vscode.CompletionItem {
  const item = new vscode.CompletionItem(vscode.l10n.t('New day row'), vscode.CompletionItemKind.Snippet);
  item.insertText = new vscode.SnippetString(rowText(row, true) + after);
  item.range = new vscode.Range(position.line, 0, position.line, line.length);
  item.filterText = line.slice(0, position.character) + 'row';
  item.detail = [row.day, row.date].filter((v) => v !== undefined).join(' · ');
  item.documentation = rowText(row, false);
  item.sortText = '0';
  item.preselect = true;
  return item;
}

function weekdayName(weekday: number): string {
  return [
    vscode.l10n.t('Sunday'),
    vscode.l10n.t('Monday'),
    vscode.l10n.t('Tuesday'),
    vscode.l10n.t('Wednesday'),
    vscode.l10n.t('Thursday'),
    vscode.l10n.t('Friday'),
    vscode.l10n.t('Saturday'),
  ][weekday];
}

/** Day values for a Day cell, dates for a Start / Completion cell; each replaces what the cell holds. */
function cellItems(document: vscode.TextDocument, position: vscode.Position, dates: PageDates, at: CellAt): vscode.CompletionItem[] {
  const cursor = document.offsetAt(position);
  const text = document.getText();
  const filled = at.cell !== undefined && at.cell.span.end > at.cell.span.start;
  const lastCell = at.row.cells[at.row.cells.length - 1];
  // A filled cell's value is replaced; an empty cell (or one not closed yet) is rewritten whole, spacing included.
  const start = filled && at.cell ? at.cell.span.start : (at.cell?.rawSpan.start ?? lastCell.rawSpan.end + 1);
  const end = Math.max(filled && at.cell ? at.cell.span.end : (at.cell?.rawSpan.end ?? cursor), cursor);
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  const typed = text.slice(start, cursor);
  const lead = text[start - 1] === '|' ? ' ' : '';
  const trail = text[end] === '|' ? ' ' : '';
  const make = (label: string, detail: string, index: number, kind: vscode.CompletionItemKind, documentation?: string) => {
    const item = new vscode.CompletionItem(label, kind);
    item.insertText = `${lead}${label}${trail}`;
    item.range = range;
    // Whatever the cell holds already, every value stays in the list (the widget filters on the typed text).
    item.filterText = `${typed}${label}`;
    item.sortText = String(index).padStart(2, '0');
    item.detail = detail;
    if (documentation) item.documentation = documentation;
    if (index === 0) item.preselect = true;
    return item;
  };
  if (at.role === 'day') {
    return (dayChoices(dates, at) ?? []).map((c, i) => {
      const notes = [weekdayName(c.weekday), c.date ? formatIso(c.date) : undefined, c.used ? vscode.l10n.t('already in this table') : undefined];
      return make(c.text, notes.filter((n) => n !== undefined).join(' · '), i, vscode.CompletionItemKind.EnumMember);
    });
  }
  return (dateChoices(dates, at) ?? []).map((c, i) =>
    make(c.text, c.expected ? `${weekdayName(weekdayOf(c.date))} · ${vscode.l10n.t('this row')}` : weekdayName(weekdayOf(c.date)), i, vscode.CompletionItemKind.Constant, formatIso(c.date)),
  );
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
export function frontMatterValues(page: Page, dates: PageDates): Record<string, string> {
  const week = page.identity.week;
  const vi = page.identity.language === 'vi';
  const values: Record<string, string> = {};
  if (week !== undefined) {
    values.title = vi ? `"Worklog Tuần ${week}"` : `"Week ${week} Worklog"`;
    values.weight = String(week);
    values.pre = `" <b> 1.${week}. </b> "`;
  }
  const first = dates.week?.first;
  if (first) values.date = formatIso(first);
  values.chapter = 'false';
  return values;
}

function frontMatterItems(page: Page, dates: PageDates, before: string, position: vscode.Position): vscode.CompletionItem[] | undefined {
  const values = frontMatterValues(page, dates);
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
