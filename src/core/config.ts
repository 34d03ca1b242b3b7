import * as l10n from '@vscode/l10n';
import { closest } from 'fastest-levenshtein';
// The ESM build: the default UMD entry's dynamic requires defeat bundlers.
import { Node, ParseError, findNodeAtLocation, getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser/lib/esm/main.js';
import { patternProblem, regexParts } from './page/patterns';
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

/** One problem in a config file, where it is: `fatal` when the file cannot be read at all (not JSON, not an object). */
export interface ConfigIssue {
  readonly message: string;
  readonly offset: number;
  readonly length: number;
  readonly fatal: boolean;
}

export interface ConfigResult {
  readonly config: Config;
  /** Problems a person should read: the file still applies, minus the bad entries (unless one is fatal). */
  readonly problems: readonly string[];
  /** The same problems with their place in the text. */
  readonly issues: readonly ConfigIssue[];
  /** How many regexes (`/regex/` in ignoreLinks, remap rules) were skipped unread because `regexes` was false. */
  readonly skippedRegexes: number;
}

export interface ParseOptions {
  /** false (an untrusted folder): regexes are skipped without being compiled or analysed. Default true. */
  readonly regexes?: boolean;
}

/** Reads `.worklogrc.json` text; unknown keys, unknown codes, bad values and super-linear regexes are reported, never thrown. */
export function parseConfig(text: string, base: Config = defaultConfig, knownCodes?: readonly string[], options: ParseOptions = {}): ConfigResult {
  const issues: ConfigIssue[] = [];
  const regexes = options.regexes !== false;
  let skippedRegexes = 0;
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const at = (node: Node | undefined, message: string, fatal = false) => issues.push({ message, offset: (node?.offset ?? 0) + bom, length: node?.length ?? 0, fatal });
  const done = (config: Config): ConfigResult => ({ config, problems: issues.map((i) => i.message), issues, skippedRegexes });
  const errors: ParseError[] = [];
  const root = parseTree(text.slice(bom), errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    issues.push({ message: l10n.t('not valid JSON: {0}', first ? printParseErrorCode(first.error) : 'empty'), offset: (first?.offset ?? 0) + bom, length: first?.length ?? 0, fatal: true });
    return done(base);
  }
  if (root.type !== 'object') {
    at(root, l10n.t('expected a JSON object'), true);
    return done(base);
  }
  const severities: Record<string, SeveritySetting> = { ...base.severities };
  let labs = [...base.labs];
  let dateOrder = base.dateOrder;
  let ignoreLinks = [...base.ignoreLinks];
  let remap = base.remap;
  for (const property of root.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    const key = String(keyNode?.value);
    const value: unknown = valueNode ? getNodeValue(valueNode) : undefined;
    switch (key) {
      case 'severities':
        if (valueNode?.type === 'object') {
          for (const entry of valueNode.children ?? []) {
            const [codeNode, severityNode] = entry.children ?? [];
            const code = String(codeNode?.value);
            const severity: unknown = severityNode ? getNodeValue(severityNode) : undefined;
            const codes = knownCodes ?? ruleCodes();
            if (!codes.includes(code)) at(codeNode, l10n.t('{0}: unknown code "{1}"; did you mean "{2}"?', key, code, closest(code, codes as string[])));
            else if (typeof severity === 'string' && SEVERITIES.has(severity)) severities[code] = severity as SeveritySetting;
            else at(severityNode, l10n.t('{0}: expected one of error, warning, information, hint, off', `${key}.${code}`));
          }
        } else at(valueNode, l10n.t('{0}: expected an object of code → severity', key));
        break;
      case 'labs':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) labs = [...labs, ...(value as string[])];
        else at(valueNode, l10n.t('labs: expected an array of lab ids'));
        break;
      case 'dateOrder':
        if (value === 'auto' || value === 'dmy' || value === 'mdy') dateOrder = value;
        else at(valueNode, l10n.t('dateOrder: expected "auto", "dmy" or "mdy"'));
        break;
      case 'ignoreLinks':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
          (value as string[]).forEach((pattern, i) => {
            if (!regexes && regexParts(pattern)) {
              skippedRegexes++;
              return;
            }
            const problem = patternProblem(pattern);
            const where = findNodeAtLocation(valueNode as Node, [i]);
            if (problem === 'super-linear') at(where, l10n.t('ignoreLinks[{0}]: {1} can take time that grows faster than the link (ReDoS); it is not used', i, pattern));
            else ignoreLinks = [...ignoreLinks, pattern];
            if (problem === 'invalid') at(where, l10n.t('ignoreLinks[{0}]: {1} is not a valid regular expression; it is matched as plain text', i, pattern));
          });
        } else at(valueNode, l10n.t('ignoreLinks: expected an array of patterns'));
        break;
      case 'remap':
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
          (value as string[]).forEach((spec, i) => {
            if (!regexes) {
              skippedRegexes++;
              return;
            }
            const rule = parseRemap(spec);
            if (typeof rule === 'string') at(findNodeAtLocation(valueNode as Node, [i]), rule);
            else remap = [...(remap ?? []), spec];
          });
        } else at(valueNode, l10n.t('remap: expected an array of "PATTERN REPLACEMENT" strings'));
        break;
      case '$schema':
        break;
      default:
        at(keyNode, l10n.t('{0}: unknown setting', key));
    }
  }
  return done({ severities, labs, dateOrder, ignoreLinks, ...(remap ? { remap } : {}) });
}

let codesCache: readonly string[] | undefined;

/** Every diagnostic code, read on first use (the rules import this module's types). */
function ruleCodes(): readonly string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  codesCache ??= (require('./rules') as typeof import('./rules')).allCodes.map((c) => c.code);
  return codesCache;
}

/** Where an issue is, 1-based, for `file:line:column` messages. */
export function issuePosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
