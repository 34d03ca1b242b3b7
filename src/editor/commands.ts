import * as vscode from 'vscode';
import { DiagnosticsService } from './diagnostics';
import { ids } from './ids';

export function registerCommands(diagnostics: DiagnosticsService, output: vscode.OutputChannel): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(ids.commands.lintWorkspace, () =>
      vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking worklog pages…'), cancellable: true },
        async (_progress, token) => {
          const count = await diagnostics.lintWorkspace(token);
          output.appendLine(vscode.l10n.t('Checked {0} worklog pages.', count));
        },
      ),
    ),
    vscode.commands.registerCommand(ids.commands.showOutput, () => output.show(true)),
  );
}
