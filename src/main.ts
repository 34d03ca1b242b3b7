// The one bundle every host runs: the Node extension host, the web extension host (github.dev, vscode.dev) and the
// Node host's preview render thread. Its top level starts nothing; each entry loads what its host needs.
import type * as vscode from 'vscode';
import type { WorklogApi } from './extension';

export type { WorklogApi } from './extension';

/** The web extension host is a web worker: no `process`, no Node built-ins to load. */
const onNode = typeof process === 'object' && typeof process?.versions?.node === 'string';

export async function activate(context: vscode.ExtensionContext): Promise<WorklogApi> {
  const node = onNode ? (await import('./node/nodeHost.js')).nodeHost(__filename) : undefined;
  return (await import('./extension.js')).activate(context, node);
}

export function deactivate(): void {
  // Disposables registered on the context are released by VS Code.
}

/** Entry of the Node host's render worker thread (node/workerRenderer.ts starts it on this same file). */
export async function runRenderWorker(): Promise<void> {
  await import('./workers/renderWorker.js');
}
