import * as vscode from 'vscode';
import { DEFAULT_MAX_COLUMN_WIDTH, TableFormatOptions, formatTables } from '../core';
import { ids } from './ids';
import { PageStore } from './pageStore';

/**
 * Where worklog pages live: a Hugo site's content folder, or a page or folder index named for a week. Folder names
 * above the page do not count (a clone named "fcj-worklog" holds a README too), so other Markdown never sees this
 * formatter and VS Code does not ask Prettier users to choose one.
 */
const WEEK_NAMES = '{week,Week,WEEK,tuan,Tuan}';
export const WORKLOG_PAGES: vscode.DocumentFilter[] = [
  '**/content/**/*.{md,markdown}',
  `**/*${WEEK_NAMES}*.{md,markdown}`,
  `**/*${WEEK_NAMES}*/{_index,index}*.{md,markdown}`,
].map((pattern) => ({ language: 'markdown', pattern }));

/**
 * "Format Document" / "Format Selection" align the tables of worklog pages (other Markdown gets no edits), and
 * `worklog.format.onSave` does the same when a worklog page is saved.
 */
export function registerFormatter(store: PageStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.languages.registerDocumentFormattingEditProvider(WORKLOG_PAGES, {
      provideDocumentFormattingEdits: (document) => tableEdits(store, document, {}),
    }),
    vscode.languages.registerDocumentRangeFormattingEditProvider(WORKLOG_PAGES, {
      provideDocumentRangeFormattingEdits: (document, range) => tableEdits(store, document, { lines: { start: range.start.line, end: range.end.line } }),
    }),
    vscode.workspace.onWillSaveTextDocument((event) => {
      // Like editor.formatOnSave: an auto-save after a delay must not move text under the cursor.
      if (event.reason === vscode.TextDocumentSaveReason.AfterDelay || event.document.languageId !== 'markdown') return;
      if (!vscode.workspace.getConfiguration(ids.section, event.document.uri).get<boolean>(ids.settings.formatOnSave, false)) return;
      const edits = tableEdits(store, event.document, {});
      if (edits.length > 0) event.waitUntil(Promise.resolve(edits));
    }),
  );
}

function tableEdits(store: PageStore, document: vscode.TextDocument, options: TableFormatOptions): vscode.TextEdit[] {
  const page = store.fromDocument(document);
  if (page.identity.kind === 'other') return [];
  const maxColumnWidth = vscode.workspace.getConfiguration(ids.section, document.uri).get<number>(ids.settings.formatMaxColumnWidth, DEFAULT_MAX_COLUMN_WIDTH);
  return formatTables(page, { ...options, maxColumnWidth }).map(
    (edit) => new vscode.TextEdit(new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.newText),
  );
}
