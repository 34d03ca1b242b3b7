import * as l10n from '@vscode/l10n';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const LOCALES = ['en', 'vi'] as const;
export type Locale = (typeof LOCALES)[number];

/** `vi`, `vi-VN`, `vi_VN.UTF-8` → `vi`; undefined for a language the CLI has no messages in. */
export function parseLocale(value: string): Locale | undefined {
  const language = value.trim().toLowerCase().split(/[-_.@]/)[0];
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : undefined;
}

/** The locale the environment asks for (LC_ALL, then LC_MESSAGES, then LANG, as POSIX orders them); English otherwise. */
export function localeFromEnv(env: NodeJS.ProcessEnv): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return parseLocale(value) ?? 'en';
}

/**
 * The locale `--locale` names, read before the other options so that their errors are already localised.
 * Undefined when the option is absent; a string when it names a locale the CLI does not have.
 */
export function localeOption(argv: readonly string[]): Locale | string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--locale') found = argv[i + 1] ?? '';
    else if (arg.startsWith('--locale=')) found = arg.slice('--locale='.length);
  }
  return found === undefined ? undefined : (parseLocale(found) ?? found);
}

/** The folder of the translation bundles: beside dist/ when bundled, at the repository root when run from src/. */
function bundleDir(): string | undefined {
  return [path.resolve(__dirname, '..', 'l10n'), path.resolve(__dirname, '..', '..', 'l10n')].find((dir) => fs.existsSync(path.join(dir, 'bundle.l10n.vi.json')));
}

/** Points every `l10n.t` (CLI and core) at the bundle of `locale`; English needs none. Returns false when it cannot be read. */
export function useLocale(locale: Locale): boolean {
  if (locale === 'en') {
    l10n.config({ contents: {} });
    return true;
  }
  const dir = bundleDir();
  try {
    if (!dir) throw new Error('no bundle');
    l10n.config({ fsPath: path.join(dir, `bundle.l10n.${locale}.json`) });
    return true;
  } catch {
    l10n.config({ contents: {} });
    return false;
  }
}
