import type { OnlineHost } from '../editor/onlineLinks';
import type { PreviewRenderer } from '../editor/previewRenderer';
import { nodeHttpTransport } from './nodeHttpTransport';
import { clearLinkCache, loadLinkCache, saveLinkCache } from './linkCacheFile';
import { WorkerRenderer } from './workerRenderer';

/** What only the Node extension host has: the network for the online check, and threads to render the preview on. */
export interface NodeHost {
  readonly online: OnlineHost;
  renderer(log: (line: string) => void): PreviewRenderer;
}

/** The Node pieces of the editor; `bundlePath` is the extension's bundle, which the render worker thread runs too. */
export function nodeHost(bundlePath: string): NodeHost {
  return {
    online: {
      // Requests go through the extension host's http/https; the cache lives in its global storage.
      makeTransport: () => nodeHttpTransport('worklog-studio (VS Code) link check'),
      loadCache: loadLinkCache,
      saveCache: saveLinkCache,
      clearCache: clearLinkCache,
    },
    renderer: (log) => new WorkerRenderer(bundlePath, log),
  };
}
