import * as l10n from '@vscode/l10n';
import * as fs from 'node:fs';
import { Config, Page, VerdictCache, checkPagesOnline, decodePage, defaultConfig, parseConfig, parsePage } from '../core';
import { httpTransport } from '../node/httpTransport';
import { cliCacheDir } from '../node/cliCacheDir';
import { loadLinkCache, saveLinkCache } from '../node/linkCacheFile';
import type { CliOptions } from './args';
import type { Io } from './io';
import { type UnitJob, toDiagnostic } from './lintUnit';
import { type Locale, useLocale } from './locale';
import type { Diagnostic } from './results';

/**
 * `--online`: checks the lab links of every page over undici (proxies from HTTPS_PROXY / HTTP_PROXY / NO_PROXY), with
 * the cache under $XDG_CACHE_HOME/worklog-studio. Resolves to the diagnostics per file index, or undefined when Ctrl+C
 * stopped it. Pages are read here once more: the network, not the parse, sets the pace of this run. This file is
 * bundled apart (dist/cliOnline.js, with undici) and holds its own message catalogue, so the language is set again.
 */
export async function onlineDiagnostics(jobs: readonly UnitJob[], options: CliOptions, io: Io, locale: Locale): Promise<Map<number, Diagnostic[]> | undefined> {
  useLocale(locale);
  const pages = new Map<Page, { index: number; config: Config }>();
  for (const job of jobs) {
    const configs = new Map(job.configs.map(([id, text]) => [id, parseConfig(text).config]));
    for (const file of job.files) {
      let bytes: Uint8Array;
      try {
        bytes = fs.readFileSync(file.path);
      } catch {
        continue; // The offline check reports it.
      }
      const decoded = decodePage(bytes);
      if (!decoded.ok) continue;
      const page = parsePage(file.path, decoded.text);
      if (page.identity.kind === 'week' || page.identity.kind === 'section') pages.set(page, { index: file.index, config: configs.get(file.config) ?? defaultConfig });
    }
  }
  const env = io.env ?? {};
  const dir = cliCacheDir(env);
  const cache = options.noCache ? undefined : loadLinkCache(dir, options.cacheTtlMs);
  const transport = httpTransport({ env });
  const controller = new AbortController();
  const interrupt = () => controller.abort();
  process.once('SIGINT', interrupt);
  let shown = false;
  try {
    const result = await checkPagesOnline([...pages.keys()], (page) => pages.get(page)?.config ?? defaultConfig, {
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
    const byFile = new Map<number, Diagnostic[]>();
    for (const [page, findings] of result.findings) {
      if (findings.length > 0) byFile.set(pages.get(page)?.index ?? -1, findings.map((f) => toDiagnostic(page, f)));
    }
    return byFile;
  } finally {
    process.removeListener('SIGINT', interrupt);
    // After Ctrl+C nothing is waited for; otherwise idle keep-alive sockets are closed so the process can end.
    await (controller.signal.aborted ? transport.destroy() : transport.close());
  }
}

function save(dir: string, cache: VerdictCache, io: Io): void {
  try {
    saveLinkCache(dir, cache);
  } catch (e) {
    io.stderr(`worklog-lint: ${l10n.t('cannot write the link cache in {0}: {1}', dir, e instanceof Error ? e.message : String(e))}\n`);
  }
}
