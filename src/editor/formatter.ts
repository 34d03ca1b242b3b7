import * as vscode from 'vscode';
import { DEFAULT_MAX_COLUMN_WIDTH, TableFormatOptions, formatTables } from '../core';
import { ids } from './ids';
import { PageStore } from './pageStore';

/**
 * "Format Document" / "Format Selection" align the tables of worklog pages (other Markdown gets no edits), and
 * `worklog.format.onSave` does the same when a worklog page is saved.
 */
export function registerFormatter(store: PageStore): vscode.Disposable {
  const selector: vscode.DocumentSelector = { language: 'markdown' };
  return vscode.Disposable.from(
    vscode.languages.registerDocumentFormattingEditProvider(selector, {
      provideDocumentFormattingEdits: (document) => tableEdits(store, document, {}),
    }),
    vscode.languages.registerDocumentRangeFormattingEditProvider(selector, {
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
