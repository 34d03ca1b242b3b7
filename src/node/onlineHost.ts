import type { OnlineHost } from '../editor/onlineLinks';
import type * as Http from './httpTransport';
import { clearLinkCache, loadLinkCache, saveLinkCache } from './linkCacheFile';

/** The editor's online check on Node: undici loaded on the first check, the cache in the extension's global storage. */
export function nodeOnlineHost(): OnlineHost {
  return {
    makeTransport: ({ proxy, strictSSL, env }) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { httpTransport } = require('./httpTransport') as typeof Http;
      return httpTransport({ proxy, strictSSL, env, userAgent: 'worklog-studio (VS Code) link check' });
    },
    loadCache: loadLinkCache,
    saveCache: saveLinkCache,
    clearCache: clearLinkCache,
  };
}
