import type { OnlineHost } from '../editor/onlineLinks';

/** The web extension host (github.dev, vscode.dev) checks lab links offline only: no online host there. */
export function nodeOnlineHost(): OnlineHost | undefined {
  return undefined;
}
