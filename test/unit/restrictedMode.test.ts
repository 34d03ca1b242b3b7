// Restricted Mode and remote content: remote images as placeholders, the export's embedded images, links that stay
// in the workspace folder, and remap rules held to the same ReDoS check as ignoreLinks.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main';
import { parseConfig, parseRemap, renderWeek } from '../../src/core';
import { isInsideFolder } from '../../src/core/links/hugoLinks';
import { WEEK3 } from './helpers';

const PAGE = 'content/1-Worklog/1.4-Week4/_index.md';
/** As in a webview: local images resolve to https URLs too, so remote is judged on the src as written. */
const WEBVIEW_BASE = { page: 'https://file+.vscode-resource.vscode-cdn.net/site/content/1-Worklog/1.4-Week4/', site: 'https://file+.vscode-resource.vscode-cdn.net/site/static/' };
const FILE_BASE = { page: 'file:///site/content/1-Worklog/1.4-Week4/', site: 'file:///site/static/' };
const TEXT = [
  '---',
  'title: "Week 4 Worklog"',
  '---',
  '',
  'Remote: ![arch](https://img.example/arch.png) and raw <img src="https://img.example/raw.png" alt="raw">',
  '',
  'Linked: [![badge](https://img.example/badge.svg)](https://ci.example/)',
  '',
  'Local: ![vpc](images/vpc.png) ![logo](/images/logo.png) ![dot](data:image/png;base64,iVBORw0KGgo=)',
  '',
].join('\n');
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUg==';

function imgSources(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*\bsrc="([^"]*)"/g)].map((m) => m[1]);
}

describe('Restricted Mode: remote images', () => {
  it('loads https images by default', () => {
    const html = renderWeek({ path: PAGE, text: TEXT, imageBase: WEBVIEW_BASE }).html;
    assert.ok(imgSources(html).includes('https://img.example/arch.png'));
    assert.doesNotMatch(html, /wl-image-placeholder/);
  });

  it('shows each https image as a placeholder link naming its URL and loads no remote image when off', () => {
    const html = renderWeek({ path: PAGE, text: TEXT, imageBase: WEBVIEW_BASE, remoteImages: false, labels: { remoteImage: 'Ảnh từ xa chưa được tải:' } }).html;
    assert.deepEqual(
      imgSources(html),
      [`${WEBVIEW_BASE.page}images/vpc.png`, `${WEBVIEW_BASE.site}images/logo.png`, 'data:image/png;base64,iVBORw0KGgo='],
      'only the local and data: images load',
    );
    assert.match(
      html,
      /<a href="https:\/\/img\.example\/arch\.png" data-link="external" class="wl-link wl-image-placeholder" title="arch"><span class="wl-image-placeholder-label">Ảnh từ xa chưa được tải:<\/span> https:\/\/img\.example\/arch\.png<\/a>/,
    );
    assert.match(html, /<a href="https:\/\/img\.example\/raw\.png" data-link="external" class="wl-link wl-image-placeholder" title="raw">/);
    // Inside a link the placeholder is plain text (no link in a link); the outer link still opens its target.
    assert.match(html, /<a href="https:\/\/ci\.example\/" class="wl-link" data-link="external"><span class="wl-image-placeholder" title="badge"><span class="wl-image-placeholder-label">[^<]+<\/span> https:\/\/img\.example\/badge\.svg<\/span><\/a>/);
  });

  it('a standalone page embeds the local images it is given as data: URLs and leaves out the rest, never naming a file: URL', () => {
    const first = renderWeek({ path: PAGE, text: TEXT, imageBase: FILE_BASE, embeddedImages: {} });
    assert.deepEqual(first.localImages, ['file:///site/content/1-Worklog/1.4-Week4/images/vpc.png', 'file:///site/static/images/logo.png']);
    assert.doesNotMatch(first.html, /file:/);
    assert.match(first.html, /<span class="wl-image-placeholder" title="vpc"><span class="wl-image-placeholder-label">Image left out:<\/span> images\/vpc\.png<\/span>/);
    // A value that is not a data:image URL of an allowed type is ignored: that image is left out too.
    const second = renderWeek({
      path: PAGE,
      text: TEXT,
      imageBase: FILE_BASE,
      embeddedImages: { 'file:///site/content/1-Worklog/1.4-Week4/images/vpc.png': PNG, 'file:///site/static/images/logo.png': 'file:///etc/passwd' },
    });
    assert.ok(imgSources(second.html).includes(PNG));
    assert.doesNotMatch(second.html, /file:/);
    assert.match(second.html, /Image left out:<\/span> \/images\/logo\.png/);
  });
});

describe('Restricted Mode: links stay in the workspace folder', () => {
  it('judges a path by where it lands after . and ..', () => {
    assert.equal(isInsideFolder('/work/site', '/work/site/content/a.md'), true);
    assert.equal(isInsideFolder('/work/site', '/work/site'), true);
    assert.equal(isInsideFolder('/work/site/', '/work/site/content/../static/x.png'), true);
    assert.equal(isInsideFolder('/work/site', '/work/site/content/../../secret.txt'), false);
    assert.equal(isInsideFolder('/work/site', '/work/site-other/a.md'), false, 'a sibling sharing the prefix');
    assert.equal(isInsideFolder('/work/site', '/etc/passwd'), false);
    assert.equal(isInsideFolder('/work/site', '/../../work/site/a.md'), false, 'climbing above the root');
    assert.equal(isInsideFolder('/work/site', 'work/site/a.md'), false, 'a relative path');
    assert.equal(isInsideFolder('/c:/Users/me/site', '/c:/Users/me/site/content/_index.md'), true);
  });
});

describe('Restricted Mode: .worklogrc.json', () => {
  it('skips every regex unread (ignoreLinks /regex/, remap) and counts them; plain patterns and other keys apply', () => {
    const text = JSON.stringify({ dateOrder: 'mdy', ignoreLinks: ['/^https:\\/\\/(a+)+$/', 'wiki.example.com', '/([/'], remap: ['^https://(.*)$ http://mirror.test/$1'] });
    const restricted = parseConfig(text, undefined, undefined, { regexes: false });
    assert.deepEqual(restricted.config.ignoreLinks, ['wiki.example.com']);
    assert.equal(restricted.config.remap, undefined);
    assert.equal(restricted.config.dateOrder, 'mdy');
    assert.equal(restricted.skippedRegexes, 3);
    assert.deepEqual(restricted.issues, [], 'a skipped regex is neither analysed nor reported');
    const trusted = parseConfig(text);
    assert.equal(trusted.skippedRegexes, 0);
    assert.deepEqual(trusted.config.ignoreLinks, ['wiki.example.com', '/([/']);
    assert.match(trusted.issues.map((i) => i.message).join('\n'), /ReDoS/);
  });
});

describe('remap rules and ReDoS', () => {
  const EVIL = '^https:\\/\\/(a+)+$';

  it('refuses a super-linear remap pattern and keeps a safe one', () => {
    assert.match(String(parseRemap(`${EVIL} http://mirror.test/`)), /^remap ".*": .* can take time that grows faster than the link \(ReDoS\); it is not used$/);
    assert.equal(typeof parseRemap('^https://(\\d{6})\\.awsstudygroup\\.com/(.*)$ http://127.0.0.1:8080/$1/$2'), 'object');
  });

  it('names the key and place in .worklogrc.json, and the rest of the file still applies', () => {
    const text = `{\n  "dateOrder": "dmy",\n  "remap": ["^https://(\\\\d{6})\\\\.awsstudygroup\\\\.com/(.*)$ http://mirror.test/$1/$2", "${EVIL.replace(/\\/g, '\\\\')} http://x.test/"]\n}\n`;
    const { config, issues } = parseConfig(text);
    assert.equal(config.dateOrder, 'dmy');
    assert.deepEqual(config.remap, ['^https://(\\d{6})\\.awsstudygroup\\.com/(.*)$ http://mirror.test/$1/$2']);
    assert.equal(issues.length, 1);
    assert.match(issues[0].message, /^remap ".*\(a\+\)\+\$ http:\/\/x\.test\/": .* \(ReDoS\); it is not used$/);
    assert.equal(text.slice(issues[0].offset, issues[0].offset + issues[0].length), `"${EVIL.replace(/\\/g, '\\\\')} http://x.test/"`);
  });

  it('the CLI refuses it: --remap is a usage error, in .worklogrc.json it is reported with file:line:column and the run goes on', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-remap-'));
    try {
      const page = `---\ntitle: "Week 3 Worklog"\nweight: 3\n---\n\n| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n| 2 | Read | 09/22/2025 | 09/22/2025 | <https://${'a'.repeat(32)}!> |\n`;
      fs.mkdirSync(path.join(root, path.dirname(WEEK3)), { recursive: true });
      fs.writeFileSync(path.join(root, WEEK3), page);
      fs.writeFileSync(path.join(root, '.worklogrc.json'), JSON.stringify({ remap: [`${EVIL} http://x.test/`] }));
      const cli = async (...argv: string[]) => {
        let stdout = '';
        let stderr = '';
        const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, cwd: root, env: {} });
        return { code, stdout, stderr };
      };
      const usage = await cli('--remap', `${EVIL} http://x.test/`, WEEK3);
      assert.equal(usage.code, 2);
      assert.match(usage.stderr, /ReDoS/);
      const found = await cli(WEEK3);
      assert.match(found.stderr, /^worklog-lint: \.worklogrc\.json:1:11: remap ".*": .*\(ReDoS\); it is not used$/m);
      assert.notEqual(found.code, 2, 'a refused rule is reported, the page is still checked');
      assert.match(found.stdout, /^1 file checked/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
