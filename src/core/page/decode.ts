import * as l10n from '@vscode/l10n';
import { BOM } from './text';

export type Decoded = { readonly ok: true; readonly text: string; readonly hasBom: boolean } | { readonly ok: false; readonly reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads bytes as UTF-8 the way an editor would, refusing binary and other encodings instead of guessing. */
export function decodePage(bytes: Uint8Array): Decoded {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: l10n.t('it looks binary (it contains NUL bytes)') };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: l10n.t('it is not valid UTF-8 (save it as UTF-8)') };

  }
  const hasBom = text.startsWith(BOM);
  return { ok: true, text: hasBom ? text.slice(1) : text, hasBom };
}
