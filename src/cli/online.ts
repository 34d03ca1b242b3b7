import * as l10n from '@vscode/l10n';
import { Config, Finding, Page, VerdictCache, checkPagesOnline } from '../core';
import type * as Http from '../node/httpTransport';
import { cliCacheDir, loadLinkCache, saveLinkCache } from '../node/linkCacheFile';
import type { CliOptions } from './args';

export interface OnlineIo {
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

/**
 * `--online`: checks the pages' lab links over undici (proxies from HTTPS_PROXY / HTTP_PROXY / NO_PROXY), with the
 * cache under $XDG_CACHE_HOME/worklog-studio. Resolves to the findings per page, or undefined when Ctrl+C stopped it.
 */
export async function checkOnline(pages: readonly Page[], configOf: (page: Page) => Config, options: CliOptions, io: OnlineIo): Promise<Map<Page, Finding[]> | undefined> {
  const env = io.env ?? {};
  const dir = cliCacheDir(env);
  const cache = options.noCache ? undefined : loadLinkCache(dir, options.cacheTtlMs);
  // Loaded here, not at start-up: undici is the biggest module of the bundle and only --online needs it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { httpTransport } = require('../node/httpTransport') as typeof Http;
  const transport = httpTransport({ env });
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once('SIGINT', interrupt);
  let shown = false;
  try {
    const result = await checkPagesOnline(pages, configOf, {
      transport,
      cache,
      extraRemap: options.remap,
      signal: controller.signal,
      onProgress: (done, total) => {
        if (!io.isTty || total === 0) return;
        shown = true;
        io.stderr(`\r\x1b[K${l10n.t('Checking lab links {0}/{1}…', done, total)}`);
      },
    });
    if (shown) io.stderr('\r\x1b[K');
    if (cache) save(dir, cache, io);
    if (result.cancelled) {
      io.stderr(`worklog-lint: ${l10n.t('link check stopped.')}\n`);
      return undefined;
    }
    return result.findings;
  } finally {
    process.removeListener('SIGINT', interrupt);
    // After Ctrl+C nothing is waited for; otherwise idle keep-alive sockets are closed so the process can end.
    await (controller.signal.aborted ? transport.destroy() : transport.close());
  }
}

function save(dir: string, cache: VerdictCache, io: OnlineIo): void {
  try {
    saveLinkCache(dir, cache);
  } catch (e) {
    io.stderr(`worklog-lint: ${l10n.t('cannot write the link cache in {0}: {1}', dir, e instanceof Error ? e.message : String(e))}\n`);
  }
}
