import * as l10n from '@vscode/l10n';
import { regexProblem } from '../page/patterns';

/** `PATTERN REPLACEMENT`: a URL matching the regex is checked at the replacement instead (a mirror, a local copy). */
export interface RemapRule {
  readonly pattern: RegExp;
  readonly replacement: string;
  readonly source: string;
}

/** Longer URLs are not remapped: a user's regex is only ever run on bounded input. */
const MAX_URL_LENGTH = 2048;

/** Reads one `PATTERN REPLACEMENT` entry; a string is the problem to show. */
export function parseRemap(spec: string): RemapRule | string {
  const m = /^\s*(\S+)\s+(\S+)\s*$/.exec(spec);
  if (!m) return l10n.t('remap "{0}": expected "PATTERN REPLACEMENT"', spec);
  let pattern: RegExp;
  try {
    pattern = new RegExp(m[1]);
  } catch (e) {
    return l10n.t('remap "{0}": {1}', spec, e instanceof Error ? e.message : String(e));
  }
  // Refused like an ignoreLinks regex: a rule runs on every link of every page.
  if (regexProblem(m[1], '')) return l10n.t('remap "{0}": {1} can take time that grows faster than the link (ReDoS); it is not used', spec, m[1]);
  return { pattern, replacement: m[2], source: spec };
}

/** Valid rules of a list, skipping the bad ones (the config reader has reported them). */
export function remapRules(specs: readonly string[] | undefined): RemapRule[] {
  return (specs ?? []).flatMap((s) => {
    const rule = parseRemap(s);
    return typeof rule === 'string' ? [] : [rule];
  });
}

/** The URL to request for a link: the first rule that matches rewrites it (`$1` refers to its groups). */
export function remapUrl(url: string, rules: readonly RemapRule[]): string {
  if (url.length > MAX_URL_LENGTH) return url;
  for (const rule of rules) {
    if (rule.pattern.test(url)) return url.replace(rule.pattern, rule.replacement);
  }
  return url;
}
