import * as l10n from '@vscode/l10n';

export class UsageError extends Error {}

/** One option as the command line gives it. */
export interface Arg {
  /** The option's name (`--format` of `--format=json` too). */
  readonly flag: string;
  /** Its value: after `=`, else the next argument, which must not look like an option. */
  value(): string;
  /** Steps over its value unread (an option the caller applied before). */
  skipValue(): void;
}

/**
 * Reads argv as every `worklog-lint` command does: `--flag=value` or `--flag value`, `--` ends the options, an
 * option `option` does not take (it returns false) is a usage error, anything else is a path. Returns the paths.
 */
export function readArgv(argv: readonly string[], option: (arg: Arg) => boolean): string[] {
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq >= 0 ? raw.slice(0, eq) : raw;
    const inline = eq >= 0 ? raw.slice(eq + 1) : undefined;
    if (flag === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    const arg: Arg = {
      flag,
      value: () => {
        const v = inline ?? argv[++i];
        if (v === undefined || (inline === undefined && v.startsWith('-'))) throw new UsageError(l10n.t('{0} needs a value', flag));
        return v;
      },
      skipValue: () => {
        if (inline === undefined) i++;
      },
    };
    if (option(arg)) continue;
    if (raw.startsWith('-') && raw !== '-') throw new UsageError(l10n.t('unknown option {0}', raw));
    paths.push(raw);
  }
  return paths;
}
