import type { Config } from './config';
import { CheckOptions, checkLinks } from './links/onlineCheck';
import { onlineLinks } from './links/onlineLinks';
import { remapRules } from './links/remap';
import type { Page } from './page/page';
import { onlineFindings } from './rules/linkOnline';
import type { Finding } from './rules/types';
import type { Verdict } from './links/onlineVerdict';

export interface OnlineResult {
  readonly findings: Map<Page, Finding[]>;
  /** The verdict of each link URL as written, for callers that re-place findings after an edit. */
  readonly verdicts: Map<string, Verdict>;
  /** Distinct URLs asked about, and how many of them the cache answered. */
  readonly checked: number;
  readonly cached: number;
  readonly cancelled: boolean;
}

/**
 * Checks the lab links of pages over the transport given (the core sends nothing itself) and returns
 * `link.unreachable` / `link.unverified` findings per page. `remap` comes from each page's config plus `extraRemap`.
 */
export async function checkPagesOnline(pages: readonly Page[], configOf: (page: Page) => Config, options: CheckOptions & { readonly extraRemap?: readonly string[] }): Promise<OnlineResult> {
  const byRemap = new Map<string, { remap: readonly string[]; pages: Page[] }>();
  for (const page of pages) {
    const remap = [...(options.extraRemap ?? []), ...(configOf(page).remap ?? [])];
    const key = remap.join('\n');
    const group = byRemap.get(key);
    if (group) group.pages.push(page);
    else byRemap.set(key, { remap, pages: [page] });
  }
  const findings = new Map<Page, Finding[]>();
  const all = new Map<string, Verdict>();
  let checked = 0;
  let cached = 0;
  let done = 0;
  const total = [...byRemap.values()].reduce((n, g) => n + new Set(g.pages.flatMap((p) => onlineLinks(p, configOf(p)).map((l) => l.url))).size, 0);
  // One run per remap list (usually one in all); progress adds them up.
  for (const { remap, pages: group } of byRemap.values()) {
    const urls = group.flatMap((p) => onlineLinks(p, configOf(p)).map((l) => l.url));
    const before = done;
    const verdicts = await checkLinks(urls, {
      ...options,
      remap: [...(options.remap ?? []), ...remapRules(remap)],
      onProgress: (n) => {
        done = before + n;
        options.onProgress?.(done, total);
      },
    });
    for (const v of new Map([...verdicts].map(([, verdict]) => [verdict.checked, verdict])).values()) {
      checked++;
      if (v.fromCache) cached++;
    }
    for (const [url, verdict] of verdicts) all.set(url, verdict);
    for (const page of group) findings.set(page, onlineFindings(page, configOf(page), verdicts));
    if (options.signal?.aborted) return { findings, verdicts: all, checked, cached, cancelled: true };
  }
  return { findings, verdicts: all, checked, cached, cancelled: options.signal?.aborted ?? false };
}
