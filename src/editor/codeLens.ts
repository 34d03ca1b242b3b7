import * as vscode from 'vscode';
import { dayTables } from '../core';
import type { DayTableTarget } from './dayRowCommands';
import { ids } from './ids';
import { PageStore } from './pageStore';

/** "Preview" and "Add day" above each day table of a week page (`worklog.codeLens.enable`). */
export function registerCodeLens(store: PageStore): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document) {
      if (!vscode.workspace.getConfiguration(ids.section, document.uri).get<boolean>(ids.settings.codeLensEnable, true)) return [];
      const page = store.fromDocument(document);
      if (page.identity.kind !== 'week') return [];
      const tables = dayTables(page);
      if (tables.length === 0) return [];
      return tables.flatMap((table) => {
        const range = document.lineAt(table.header.line).range;
        const target: DayTableTarget = { uri: document.uri.toString(), line: table.header.line };
        const lenses = [new vscode.CodeLens(range, { title: vscode.l10n.t('Add day'), command: ids.commands.insertDayRow, arguments: [target] })];
        return [new vscode.CodeLens(range, { title: vscode.l10n.t('Preview'), command: ids.commands.previewOpenToSide, arguments: [document.uri] }), ...lenses];
      });
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, provider),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${ids.section}.${ids.settings.codeLensEnable}`)) changed.fire();
    }),
  );
}
