export type Format = 'text' | 'json' | 'sarif';

export interface CliOptions {
  readonly format: Format;
  readonly config: string | undefined;
  readonly quiet: boolean;
  readonly online: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly paths: readonly string[];
}

export class UsageError extends Error {}

export const USAGE = `Usage: worklog-lint [--format text|json|sarif] [--config FILE] [--quiet] [paths...]

Checks FCJ worklog pages (Hugo week pages and worklog section pages).
Paths are files or folders (default: the current folder); folders are searched for worklog pages.

Options:
  -f, --format FORMAT  text (default), json or sarif
  -c, --config FILE    a .worklogrc.json to use instead of the one at each site root
  -q, --quiet          report errors only
      --online         check lab links over the network (not available yet)
  -h, --help           show this help
  -v, --version        show the version

Exit status: 0 no errors, 1 errors found, 2 usage error or unreadable path.`;

export function parseArgs(argv: readonly string[]): CliOptions {
  let format: Format = 'text';
  let config: string | undefined;
  let quiet = false;
  let online = false;
  let help = false;
  let version = false;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('-'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-f':
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json' && v !== 'sarif') throw new UsageError(`unknown format "${v}": use text, json or sarif`);
        format = v;
        break;
      }
      case '-c':
      case '--config':
        config = value();
        break;
      case '-q':
      case '--quiet':
        quiet = true;
        break;
      case '--online':
        online = true;
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      case '-v':
      case '--version':
        version = true;
        break;
      case '--':
        paths.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option ${arg}`);
        paths.push(arg);
    }
  }
  return { format, config, quiet, online, help, version, paths: paths.length > 0 ? paths : ['.'] };
}
