import * as vscode from 'vscode';
import { dayTables } from '../core';
import type { DayTableTarget } from './dayRowCommands';
import { ids } from './ids';
import { PageStore } from './pageStore';

/** The week preview's command; its feature registers it. */
export const PREVIEW_COMMAND = 'worklog.preview.open';

/** "Preview" and "Add day" above each day table of a week page (`worklog.codeLens.enable`). */
export function registerCodeLens(store: PageStore): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  // A lens whose command is missing fails when clicked, so Preview shows only where the command exists. Commands
  // of this extension are registered during activation, before any lens is asked for: one look is enough.
  let preview: Promise<boolean> | undefined;
  const hasPreview = () => (preview ??= Promise.resolve(vscode.commands.getCommands(true)).then((all) => all.includes(PREVIEW_COMMAND)));
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    async provideCodeLenses(document) {
      if (!vscode.workspace.getConfiguration(ids.section, document.uri).get<boolean>(ids.settings.codeLensEnable, true)) return [];
      const page = store.fromDocument(document);
      if (page.identity.kind !== 'week') return [];
      const tables = dayTables(page);
      if (tables.length === 0) return [];
      const withPreview = await hasPreview();
      return tables.flatMap((table) => {
        const range = document.lineAt(table.header.line).range;
        const target: DayTableTarget = { uri: document.uri.toString(), line: table.header.line };
        const lenses = [new vscode.CodeLens(range, { title: vscode.l10n.t('Add day'), command: ids.commands.insertDayRow, arguments: [target] })];
        if (withPreview) lenses.unshift(new vscode.CodeLens(range, { title: vscode.l10n.t('Preview'), command: PREVIEW_COMMAND, arguments: [document.uri] }));
        return lenses;
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
