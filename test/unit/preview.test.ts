import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EXPORT_COLOURS, contentSecurityPolicy, cssVariables, escapeHtml, previewShellHtml, standaloneHtml } from '../../src/editor/previewHtml';
import { parsePreviewState, parseWebviewMessage } from '../../src/webview/protocol';

const css = fs.readFileSync(path.resolve(__dirname, '..', '..', 'media', 'preview.css'), 'utf8');

describe('preview HTML', () => {
  it('allows only our nonce’d script, our stylesheet and images from our roots, https and data:', () => {
    assert.equal(
      contentSecurityPolicy('https://file+.vscode-resource.vscode-cdn.net', 'abc'),
      "default-src 'none'; img-src https://file+.vscode-resource.vscode-cdn.net https: data:; style-src https://file+.vscode-resource.vscode-cdn.net; script-src 'nonce-abc'",
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
  });

  it('themes the preview with --vscode-* variables only, each with a fallback colour for the export', () => {
    assert.doesNotMatch(css.replace(/var\([^)]*\)/g, ''), /#[0-9a-f]{3,8}\b|rgb\(|hsl\(/i, 'no fixed colours in media/preview.css');
    const used = cssVariables(css);
    assert.ok(used.length > 10);
    assert.deepEqual(used.filter((name) => !(name in EXPORT_COLOURS)), [], 'variables without an export fallback');
  });

  it('exports a page with inline styles, the fallback colours and no script', () => {
    const html = standaloneHtml({ title: 'Week 3 <Worklog>', language: 'en', summary: '3 errors, 1 warning', bodyHtml: '<table><tr data-line="3"><td>x</td></tr></table>', css });
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /<link\b/i, 'no external stylesheet');
    assert.match(html, /<style>\n:root \{\n {2}--vscode-editor-foreground: #1f1f1f;/);
    assert.match(html, /<title>Week 3 &lt;Worklog&gt;<\/title>/);
    assert.match(html, /<span class="wl-summary">3 errors, 1 warning<\/span>/);
    assert.match(html, /<td>x<\/td>/);
    assert.match(html, /Content-Security-Policy" content="default-src &#39;none&#39;;/);
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
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
