import * as vscode from 'vscode';

/** Composes the editor features; each feature lives in its own file under src/editor/. */
export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Worklog Studio');
  context.subscriptions.push(output);
}

export function deactivate(): void {
  // Disposables registered on the context are released by VS Code.
}
