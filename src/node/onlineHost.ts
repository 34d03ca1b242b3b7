import type { OnlineHost } from '../editor/onlineLinks';
import { nodeHttpTransport } from './nodeHttpTransport';
import { clearLinkCache, loadLinkCache, saveLinkCache } from './linkCacheFile';

/** The editor's online check on Node: requests through the extension host's http/https, the cache in its global storage. */
export function nodeOnlineHost(): OnlineHost {
  return {
    makeTransport: () => nodeHttpTransport('worklog-studio (VS Code) link check'),
    loadCache: loadLinkCache,
    saveCache: saveLinkCache,
    clearCache: clearLinkCache,
  };
}
