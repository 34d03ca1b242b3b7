import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXPORT_COLOURS, MAX_EMBEDDED_IMAGE_BYTES, contentSecurityPolicy, cssVariables, escapeHtml, imageDataUrl, previewShellHtml, standaloneHtml, standaloneSecurityPolicy } from '../../src/editor/previewHtml';
import { parsePreviewState, parseWebviewMessage } from '../../src/webview/protocol';

const css = fs.readFileSync(path.resolve(__dirname, '..', '..', 'media', 'preview.css'), 'utf8');

describe('preview HTML', () => {
  it('allows only our nonce’d script, our stylesheet and images from our roots, data: and https only when remote images load', () => {
    assert.equal(
      contentSecurityPolicy('https://file+.vscode-resource.vscode-cdn.net', 'abc', true),
      "default-src 'none'; img-src https://file+.vscode-resource.vscode-cdn.net https: data:; style-src https://file+.vscode-resource.vscode-cdn.net; script-src 'nonce-abc'",
    );
    assert.equal(
      contentSecurityPolicy('https://file+.vscode-resource.vscode-cdn.net', 'abc', false),
      "default-src 'none'; img-src https://file+.vscode-resource.vscode-cdn.net data:; style-src https://file+.vscode-resource.vscode-cdn.net; script-src 'nonce-abc'",
    );
  });

  it('writes one script tag carrying the nonce, no inline script or handler, and escapes what it is given', () => {
    const html = previewShellHtml({
      cspSource: 'vscode-resource:',
      nonce: 'N0nce+/=',
      scriptUri: 'vscode-resource:/dist/webview/preview.js',
      styleUri: 'vscode-resource:/media/preview.css',
      language: 'vi',
      resource: 'file:///site/content/a"b<c>.md',
      locked: true,
      title: 'Preview <Week 1>',
      loading: 'Rendering…',
      remoteImages: false,
    });
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.deepEqual(scripts, ['<script nonce="N0nce+/=" src="vscode-resource:/dist/webview/preview.js">']);
    assert.match(html, /<\/script>\s*<\/body>/);
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    assert.doesNotMatch(html, /unsafe-inline/);
    assert.match(html, /data-resource="file:\/\/\/site\/content\/a&quot;b&lt;c&gt;\.md"/);
    assert.match(html, /data-locked="true"/);
    assert.match(html, /<title>Preview &lt;Week 1&gt;<\/title>/);
    assert.match(html, /<html lang="vi">/);
    assert.match(html, /img-src vscode-resource: data:;/, 'no https: in the CSP when remote images are off');
  });

  it('themes the preview with --vscode-* variables only, each with a fallback colour for the export', () => {
    assert.doesNotMatch(css.replace(/var\([^)]*\)/g, ''), /#[0-9a-f]{3,8}\b|rgb\(|hsl\(/i, 'no fixed colours in media/preview.css');
    const used = cssVariables(css);
    assert.ok(used.length > 10);
    assert.deepEqual(used.filter((name) => !(name in EXPORT_COLOURS)), [], 'variables without an export fallback');
  });

  it('exports a page with inline styles, the fallback colours and no script', () => {
    const html = standaloneHtml({ title: 'Week 3 <Worklog>', language: 'en', summary: '3 errors, 1 warning', bodyHtml: '<table><tr data-line="3"><td>x</td></tr></table>', css, remoteImages: true });
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<link\b/i, 'no external stylesheet');
    assert.match(html, /<style>\n:root \{\n {2}--vscode-editor-foreground: #1f1f1f;/);
    assert.match(html, /<title>Week 3 &lt;Worklog&gt;<\/title>/);
    assert.match(html, /<span class="wl-summary">3 errors, 1 warning<\/span>/);
    assert.match(html, /<td>x<\/td>/);
    assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;;/);
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('never lets the export load a file: image, and loads https images only when remote images are on', () => {
    assert.equal(standaloneSecurityPolicy(true), "default-src 'none'; img-src https: data:; style-src 'unsafe-inline'");
    assert.equal(standaloneSecurityPolicy(false), "default-src 'none'; img-src data:; style-src 'unsafe-inline'");
    const html = standaloneHtml({ title: 'W', language: 'en', summary: '', bodyHtml: '', css, remoteImages: false });
    assert.match(html, /img-src data:;/);
    assert.doesNotMatch(html, /file:/);
  });

  it('embeds PNG, JPEG, GIF and WebP bytes as data: URLs, and nothing else or nothing too big', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    assert.equal(imageDataUrl(png), `data:image/png;base64,${Buffer.from(png).toString('base64')}`);
    assert.match(imageDataUrl(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0])) ?? '', /^data:image\/jpeg;base64,/);
    assert.match(imageDataUrl(new TextEncoder().encode('GIF89a....')) ?? '', /^data:image\/gif;base64,/);
    assert.match(imageDataUrl(new TextEncoder().encode('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')) ?? '', /^data:image\/webp;base64,/);
    // An SVG (it may hold script) or any other file named .png is left out.
    assert.equal(imageDataUrl(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')), undefined);
    assert.equal(imageDataUrl(new TextEncoder().encode('#!/bin/sh')), undefined);
    const big = new Uint8Array(MAX_EMBEDDED_IMAGE_BYTES + 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(imageDataUrl(big), undefined);
    // A large image's base64 is built in chunks (no argument-list overflow) and decodes back to the same bytes.
    const large = new Uint8Array(MAX_EMBEDDED_IMAGE_BYTES);
    large.set([0xff, 0xd8, 0xff]);
    large[large.length - 1] = 0xd9;
    const url = imageDataUrl(large) ?? '';
    assert.deepEqual(Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'), Buffer.from(large));
  });
});

describe('preview webview messages', () => {
  it('accepts the four message shapes the webview sends', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'showProblems', extra: 1 }), { type: 'showProblems' });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', line: 17, offset: 420 }), { type: 'reveal', line: 17, offset: 420 });
    assert.deepEqual(parseWebviewMessage({ type: 'reveal', line: 0 }), { type: 'reveal', line: 0 });
    assert.deepEqual(parseWebviewMessage({ type: 'openLink', href: '../1.2-week2/', kind: 'local' }), { type: 'openLink', href: '../1.2-week2/', kind: 'local' });
  });

  it('refuses anything else', () => {
    const bad: unknown[] = [
      null,
      'ready',
      [],
      { type: 'reveal' },
      { type: 'reveal', line: -1 },
      { type: 'reveal', line: 1.5 },
      { type: 'reveal', line: '3' },
      { type: 'reveal', line: 3, offset: -2 },
      { type: 'reveal', line: Number.NaN },
      { type: 'openLink', href: '', kind: 'external' },
      { type: 'openLink', href: 'https://x', kind: 'command' },
      { type: 'openLink', href: 7, kind: 'external' },
      { type: 'openLink', href: 'x'.repeat(9000), kind: 'local' },
      { type: 'executeCommand', command: 'workbench.action.terminal.new' },
    ];
    for (const message of bad) assert.equal(parseWebviewMessage(message), undefined, JSON.stringify(message)?.slice(0, 80));
  });

  it('reads back the state a webview saved, and nothing that is not one', () => {
    assert.deepEqual(parsePreviewState({ resource: 'file:///a.md', locked: true, scrollY: 120 }), { resource: 'file:///a.md', locked: true, scrollY: 120 });
    assert.deepEqual(parsePreviewState({ resource: 'file:///a.md', scrollY: -4 }), { resource: 'file:///a.md', locked: false, scrollY: 0 });
    assert.equal(parsePreviewState({ locked: true }), undefined);
    assert.equal(parsePreviewState(undefined), undefined);
  });
});
