import * as vscode from 'vscode';
import { FIRST_WEEK_PATH, Page, SiteWeeks, WeeksIndex, dayTables, newWorklogFiles, weekPathLike, weekTextLike } from '../core';
import { weekFullMessage } from './dayRowCommands';
import { lastRowLine, nextRow, rowText } from './dayRows';
import type { PageDatesReader } from './pageDates';
import { PageStore } from './pageStore';
import { uriExists as exists } from './workspaceFiles';

/** A page a command is about to create. */
export interface NewFile {
  readonly uri: vscode.Uri;
  readonly text: string;
}

const languageOf = (page: Page) => page.identity.language ?? 'default';
const weekOf = (page: Page) => page.identity.week ?? 0;

/**
 * Week `week` of a site-language (default: the week after its last), written like the nearest week before it (else
 * after it), dated between its neighbours; plus a twin in each other language that has the model week but not this one.
 */
export function newWeekFiles(index: WeeksIndex, store: PageStore, site: SiteWeeks, language: string, week?: number): NewFile[] {
  const own = site.weeks.flatMap((slot) => slot.pages.filter((p) => languageOf(p) === language));
  if (own.length === 0) return [];
  const target = week ?? weekOf(own[own.length - 1]) + 1;
  if (target < 1 || own.some((p) => weekOf(p) === target)) return [];
  const before = own.filter((p) => weekOf(p) < target).pop();
  const after = own.find((p) => weekOf(p) > target);
  const model = before ?? after;
  if (!model) return [];
  const monday = [before, after].map((p) => p && mondayFor(index, p, target)).find((m) => m !== undefined);
  const targetSlot = site.weeks[target - 1];
  const pages = [model, ...(site.weeks[weekOf(model) - 1]?.pages ?? []).filter((p) => languageOf(p) !== language && !targetSlot?.pages.some((q) => languageOf(q) === languageOf(p)))];
  const files: NewFile[] = [];
  for (const page of pages) {
    const uri = store.uriOf(page);
    if (!uri) continue;
    files.push({ uri: uri.with({ path: weekPathLike(uri.path, weekOf(page), target) }), text: weekTextLike(page, target, monday, index.decisionOf(page).order) });
  }
  return files;
}

/** The Monday of week `target` counted from a neighbour's own dated week. */
function mondayFor(index: WeeksIndex, neighbour: Page, target: number): number | undefined {
  const monday = index.outline(neighbour).monday;
  return monday === undefined ? undefined : monday + 7 * (target - weekOf(neighbour));
}

/** Creates the files with their text through one undoable WorkspaceEdit; the first file's URI, or undefined when refused. */
export async function applyNewFiles(files: readonly NewFile[]): Promise<vscode.Uri | undefined> {
  if (files.length === 0) return undefined;
  for (const file of files) {
    if (await exists(file.uri)) {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists.', vscode.workspace.asRelativePath(file.uri, false)));
      return undefined;
    }
  }
  // Created with their contents, not as empty files plus text edits: those would open an editor for every file.
  const edit = new vscode.WorkspaceEdit();
  const encoder = new TextEncoder();
  for (const file of files) edit.createFile(file.uri, { ignoreIfExists: false, contents: encoder.encode(file.text) });
  return (await vscode.workspace.applyEdit(edit)) ? files[0].uri : undefined;
}

/** Appends the next day row to a week page's last day table (one undoable edit) and puts the cursor in its Task cell. */
export async function addDayRow(store: PageStore, datesOf: PageDatesReader, uri: vscode.Uri): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(uri);
  const page = store.fromDocument(document);
  const tables = dayTables(page);
  const table = tables[tables.length - 1];
  const last = lastRowLine(page);
  if (page.identity.kind !== 'week' || !table || last === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This page has no day table.'));
    return false;
  }
  // Dates read in the order the checks use (settings, twin, site), as the editor's own Insert day row does.
  const row = nextRow(await datesOf(page, uri), table);
  if (row.full) {
    void vscode.window.showInformationMessage(weekFullMessage());
    return false;
  }
  const text = rowText(row, false);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, document.lineAt(last).range.end, page.eol + text);
  if (!(await vscode.workspace.applyEdit(edit))) return false;
  const task = table.roles.indexOf('task');
  const column = task >= 0 ? `| ${row.cells.slice(0, task).map((c) => `${c} | `).join('')}- `.length : 2;
  const position = new vscode.Position(last + 1, column);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position) });
  return true;
}

/**
 * Writes a new worklog section (`content/1-Worklog` with its index and week 1, English and Vietnamese) into `folder`,
 * or the workspace folder the user picks, as one undoable edit; the week-1 page's URI, or undefined when nothing was made.
 */
export async function createWorklog(folder?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const root = folder ?? (folders.length === 1 ? folders[0].uri : (await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Folder of the Hugo site to add the worklog to') }))?.uri);
  if (!root) {
    if (folders.length === 0) void vscode.window.showInformationMessage(vscode.l10n.t('Open the folder of your Hugo site first.'));
    return undefined;
  }
  const now = new Date();
  const files = newWorklogFiles({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }).map((f) => ({ uri: vscode.Uri.joinPath(root, f.path), text: f.text }));
  const weekOne = vscode.Uri.joinPath(root, FIRST_WEEK_PATH);
  const first = await applyNewFiles([files.find((f) => f.uri.toString() === weekOne.toString()) ?? files[0], ...files.filter((f) => f.uri.toString() !== weekOne.toString())]);
  return first;
}
