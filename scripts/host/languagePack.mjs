// A minimal display-language pack for the test profile: VS Code switches its display language (and so
// vscode.env.language, which picks our l10n bundle) only to a language with an installed pack. Its
// translations are empty, so the workbench's own words stay English while the extension's switch.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const PUBLISHER = 'worklog-studio-test';

const LANGUAGE_NAMES = { vi: { languageName: 'Vietnamese', localizedLanguageName: 'Tiếng Việt' } };

/**
 * Installs the pack for `locale` into `extensionsDir` and registers it in `userDataDir/languagepacks.json`, the
 * file the server reads to resolve a display language (the same entry it writes when a pack is installed).
 */
export function installLanguagePack({ locale, extensionsDir, userDataDir }) {
  const names = LANGUAGE_NAMES[locale] ?? { languageName: locale, localizedLanguageName: locale };
  const name = `language-pack-${locale}`;
  const version = '0.0.1';
  const folder = path.join(extensionsDir, `${PUBLISHER}.${name}-${version}`);
  const translations = path.join(folder, 'translations', 'main.i18n.json');
  fs.mkdirSync(path.dirname(translations), { recursive: true });
  fs.writeFileSync(translations, `${JSON.stringify({ version: '1.0.0', contents: {} })}\n`);
  const manifest = {
    name,
    publisher: PUBLISHER,
    version,
    engines: { vscode: '*' },
    categories: ['Language Packs'],
    contributes: { localizations: [{ languageId: locale, ...names, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  };
  fs.writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const id = `${PUBLISHER}.${name}`;
  const hash = crypto.createHash('md5').update(id).update(version).digest('hex');
  const packs = { [locale]: { hash, extensions: [{ extensionIdentifier: { id }, version }], translations: { vscode: translations }, label: names.localizedLanguageName } };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), `${JSON.stringify(packs, null, 2)}\n`);
  return folder;
}
