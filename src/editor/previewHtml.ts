// The preview's HTML documents: the webview shell and the standalone export. Pure string building, testable without VS Code.

/** A fresh nonce for each webview document, so only our own script tag may run. */
export function newNonce(): string {
  // Web Crypto: the same in Node 20 and in the web extension host.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes));
}

/** The webview's CSP: nothing by default, our stylesheet, our nonce'd script, images from our roots and data:, https only when remote images load. */
export function contentSecurityPolicy(cspSource: string, nonce: string, remoteImages: boolean): string {
  return `default-src 'none'; img-src ${cspSource}${remoteImages ? ' https:' : ''} data:; style-src ${cspSource}; script-src 'nonce-${nonce}'`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

export interface ShellOptions {
  readonly cspSource: string;
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
  readonly language: string;
  readonly resource: string;
  readonly locked: boolean;
  readonly title: string;
  /** Shown until the first render arrives. */
  readonly loading: string;
  /** Whether https images may load (the renderer shows them as placeholders otherwise). */
  readonly remoteImages: boolean;
}

/** The webview document: set once per panel; later renders arrive by postMessage and replace #wl-content only. */
export function previewShellHtml(options: ShellOptions): string {
  const attr = escapeHtml;
  return `<!DOCTYPE html>
<html lang="${attr(options.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(options.cspSource, options.nonce, options.remoteImages))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(options.styleUri)}">
<title>${attr(options.title)}</title>
</head>
<body data-resource="${attr(options.resource)}" data-locked="${options.locked ? 'true' : 'false'}">
<div class="wl-preview-bar"><button id="wl-summary" class="wl-summary" type="button">${attr(options.loading)}</button></div>
<div id="wl-error" class="wl-error" role="alert" hidden></div>
<main id="wl-content" class="wl-content"></main>
<script nonce="${attr(options.nonce)}" src="${attr(options.scriptUri)}"></script>
</body>
</html>
`;
}

/**
 * Light-theme values for every `--vscode-*` variable media/preview.css reads: outside VS Code the variables do not
 * exist, so the exported page defines them itself (a unit test checks the list is complete).
 */
export const EXPORT_COLOURS: Readonly<Record<string, string>> = {
  '--vscode-editor-foreground': '#1f1f1f',
  '--vscode-editor-background': '#ffffff',
  '--vscode-font-family': "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Ubuntu, sans-serif",
  '--vscode-editor-font-family': "Consolas, 'Courier New', monospace",
  '--vscode-textLink-foreground': '#005fb8',
  '--vscode-textLink-activeForeground': '#005fb8',
  '--vscode-focusBorder': '#005fb8',
  '--vscode-panel-border': '#d0d7de',
  '--vscode-descriptionForeground': '#59636e',
  '--vscode-errorForeground': '#c4314b',
  '--vscode-editorError-foreground': '#e51400',
  '--vscode-editorWarning-foreground': '#bf8803',
  '--vscode-editorInfo-foreground': '#1a85ff',
  '--vscode-textPreformat-foreground': '#a31515',
  '--vscode-textCodeBlock-background': '#f2f2f2',
  '--vscode-textBlockQuote-border': '#d0d7de',
  '--vscode-textBlockQuote-background': '#f6f8fa',
  '--vscode-editorWidget-background': '#f6f8fa',
  '--vscode-list-hoverBackground': '#f2f2f2',
  '--vscode-contrastActiveBorder': 'transparent',
};

/** Every `--vscode-*` variable a stylesheet reads. */
export function cssVariables(css: string): string[] {
  return [...new Set([...css.matchAll(/var\((--vscode-[\w-]+)/g)].map((m) => m[1]))].sort();
}

export interface StandaloneOptions {
  readonly title: string;
  readonly language: string;
  readonly summary: string;
  readonly bodyHtml: string;
  readonly css: string;
  /** Whether https images may load; local images are embedded as data: URLs, never referenced. */
  readonly remoteImages: boolean;
}

/** Largest local image a standalone page embeds; a bigger one is left out (its path shows instead). */
export const MAX_EMBEDDED_IMAGE_BYTES = 2 * 1024 * 1024;

/** A local image's bytes as a data: URL, when they are PNG, JPEG, GIF or WebP (read from the bytes, not the name) and small enough. */
export function imageDataUrl(bytes: Uint8Array): string | undefined {
  if (bytes.length > MAX_EMBEDDED_IMAGE_BYTES) return undefined;
  const starts = (...values: number[]) => values.every((v, i) => bytes[i] === v);
  const ascii = (at: number, text: string) => [...text].every((c, i) => bytes[at + i] === c.charCodeAt(0));
  const type = starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
    ? 'png'
    : starts(0xff, 0xd8, 0xff)
      ? 'jpeg'
      : ascii(0, 'GIF87a') || ascii(0, 'GIF89a')
        ? 'gif'
        : ascii(0, 'RIFF') && ascii(8, 'WEBP')
          ? 'webp'
          : undefined;
  if (!type) return undefined;
  // btoa takes a binary string; chunks keep String.fromCharCode's argument list short.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:image/${type};base64,${btoa(binary)}`;
}

/** The export's CSP: no script, inline styles, images from data: (and https when remote images load); never file:. */
export function standaloneSecurityPolicy(remoteImages: boolean): string {
  return `default-src 'none'; img-src${remoteImages ? ' https:' : ''} data:; style-src 'unsafe-inline'`;
}

/** A self-contained page: inline styles with fallback colours, no script, and a CSP that would refuse one anyway. */
export function standaloneHtml(options: StandaloneOptions): string {
  const colours = Object.entries(EXPORT_COLOURS)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n');
  const csp = standaloneSecurityPolicy(options.remoteImages);
  // Only the preview bar's interactive bits differ: the export shows the summary as plain text.
  return `<!DOCTYPE html>
<html lang="${escapeHtml(options.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(options.title)}</title>
<style>
:root {
${colours}
}
${options.css.replace(/<\/style/gi, '<\\/style')}
</style>
</head>
<body>
<div class="wl-preview-bar"><span class="wl-summary">${escapeHtml(options.summary)}</span></div>
<main class="wl-content">
${options.bodyHtml}
</main>
</body>
</html>
`;
}
