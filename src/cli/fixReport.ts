import * as l10n from '@vscode/l10n';

/** `path: fixed N problems` and one indented line per fix applied. */
export function formatFixed(display: string, applied: readonly string[]): string {
  const head = applied.length === 1 ? l10n.t('{0}: fixed 1 problem', display) : l10n.t('{0}: fixed {1} problems', display, applied.length);
  return [head, ...applied.map((a) => `  ${a}`)].join('\n') + '\n\n';
}
