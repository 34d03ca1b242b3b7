import * as l10n from '@vscode/l10n';
import { parseRemap } from './links/remap';
import type { Severity } from './rules/types';

export type SeveritySetting = Severity | 'off';
export type DateOrder = 'auto' | 'dmy' | 'mdy';

/** Site settings from `.worklogrc.json` at the site root, merged over editor or CLI settings. */
export interface Config {
  readonly severities: Readonly<Record<string, SeveritySetting>>;
  readonly labs: readonly string[];
  readonly dateOrder: DateOrder;
  readonly ignoreLinks: readonly string[];
  /** `PATTERN REPLACEMENT` rules for the online check (absent when the file names none). */
  readonly remap?: readonly string[];
}

export const CONFIG_FILE = '.worklogrc.json';

export const defaultConfig: Config = { severities: {}, labs: [], dateOrder: 'auto', ignoreLinks: [] };

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

export interface ConfigResult {
  readonly config: Config;
  /** Problems a person should read: the file still applies, minus the bad entries. */
  readonly problems: readonly string[];
}

/** Reads `.worklogrc.json` text; unknown keys and bad values are reported, never thrown. */
export function parseConfig(text: string, base: Config = defaultConfig): ConfigResult {
  const problems: string[] = [];
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { config: base, problems: [l10n.t('not valid JSON: {0}', e instanceof Error ? e.message : String(e))] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { config: base, problems: [l10n.t('expected a JSON object')] };
  const record = raw as Record<string, unknown>;
  const severities: Record<string, SeveritySetting> = { ...base.severities };
  let labs = [...base.labs];
  let dateOrder = base.dateOrder;
  let ignoreLinks = [...base.ignoreLinks];
  let remap = base.remap;
  for (const [key, value] of Object.entries(record)) {
    switch (key) {
      case 'severities':
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          for (const [code, severity] of Object.entries(value as Record<string, unknown>)) {
            if (typeof severity === 'string' && SEVERITIES.has(severity)) severities[code] = severity as SeveritySetting;
            else problems.push(l10n.t('{0}: expected one of error, warning, information, hint, off', `${key}.${code}`));
          }
        } else problems.push(l10n.t('{0}: expected an object of code → severity', key));
        break;
      case 'labs':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) labs = [...labs, ...(value as string[])];
        else problems.push(l10n.t('labs: expected an array of lab ids'));
        break;
      case 'dateOrder':
        if (value === 'auto' || value === 'dmy' || value === 'mdy') dateOrder = value;
        else problems.push(l10n.t('dateOrder: expected "auto", "dmy" or "mdy"'));
        break;
      case 'ignoreLinks':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) ignoreLinks = [...ignoreLinks, ...(value as string[])];
        else problems.push(l10n.t('ignoreLinks: expected an array of patterns'));
        break;
      case 'remap':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
          const bad = value.map((v: string) => parseRemap(v)).filter((r): r is string => typeof r === 'string');
          problems.push(...bad);
          remap = [...(remap ?? []), ...(value as string[]).filter((v) => typeof parseRemap(v) !== 'string')];
        } else problems.push(l10n.t('remap: expected an array of "PATTERN REPLACEMENT" strings'));
        break;
      case '$schema':
        break;
      default:
        problems.push(l10n.t('{0}: unknown setting', key));

    }
  }
  return { config: { severities, labs, dateOrder, ignoreLinks, ...(remap ? { remap } : {}) }, problems };
}
