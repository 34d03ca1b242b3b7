import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { RenderOutput, renderWeek } from '../../src/core/render/render';
import { applyBlockPatch, blockPatch, patchSize } from '../../src/webview/blockPatch';
import { parseWebviewMessage } from '../../src/webview/protocol';

const HEAD = '| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';

/** A long page as interns paste them: many weeks' headings and tables one after another (about `size` characters). */
function longPage(size: number): string {
  const parts = ['---\ntitle: "Week 3 Worklog"\nweight: 3\n---\n'];
  for (let week = 1; parts.join('').length < size; week++) {
    parts.push(`\n### Week ${week} tasks\n\n${HEAD}`);
    for (let d = 0; d < 5; d++) {
      parts.push(`| ${d + 2} | - **Topic ${week}.${d}** <br>&emsp; + Read the guide and take notes <br>&emsp; + Try it in the console | 09/${8 + d}/2025 | 09/${8 + d}/2025 | <https://000001.awsstudygroup.com/> |\n`);
    }
    parts.push(`\nNotes for week ${week}: what went well and what to try next.\n`);
  }
  return parts.join('');
}

/** Block-relative output with each block's origin added back, as the webview reads it: the page's own positions. */
function pagePositions(out: RenderOutput): string {
  assert.equal(out.origins.length, out.blocks.length * 2);
  return out.blocks
    .map((block, i) => block.replace(/ data-(line|offset)="(\d+)"/g, (_, which: string, value: string) => ` data-${which}="${Number(value) + out.origins[i * 2 + (which === 'line' ? 0 : 1)]}"`))
    .join('');
}

const RENDER_FIXTURES = path.join(__dirname, '..', 'fixtures', 'render');

describe('preview patches', () => {
  it('turns any list of blocks into any other by one patch, keeping equal ends', () => {
    const blocks = fc.array(fc.constantFrom('<p>a</p>', '<p>b</p>', '\n', '<table>x</table>', '<h3>h</h3>'), { maxLength: 12 });
    fc.assert(
      fc.property(blocks, blocks, (previous, next) => {
        const patch = blockPatch(previous, next);
        assert.deepEqual(applyBlockPatch(previous, patch), next);
        assert.ok(patch.blocks.length <= next.length);
      }),
    );
  });

  it('refuses a patch made against other content (the webview then asks for the whole page)', () => {
    const patch = blockPatch(['<p>a</p>', '\n', '<p>b</p>'], ['<p>a</p>', '\n', '<p>c</p>']);
    assert.equal(applyBlockPatch(['<p>a</p>', '\n'], patch), undefined);
    assert.deepEqual(parseWebviewMessage({ type: 'resync' }), { type: 'resync' });
  });

  it('renders the page as blocks that join to its HTML, text between elements in one piece', () => {
    const out = renderWeek({ path: '/site/content/1-Worklog/1.3-Week3/_index.md', text: longPage(20_000) });
    assert.equal(out.blocks.join(''), out.html);
    assert.ok(out.blocks.length > 20);
    for (let i = 1; i < out.blocks.length; i++) assert.ok(!(out.blocks[i - 1].startsWith('\n') && out.blocks[i].startsWith('\n')), 'no two text pieces in a row');
  });

  it('sends under 100 KB for a one-character edit on a 300 KB page, and the patched page is the new render', () => {
    const path = '/site/content/1-Worklog/1.3-Week3/_index.md';
    const text = longPage(300_000);
    assert.ok(text.length >= 300_000);
    const before = renderWeek({ path, text });
    const at = text.lastIndexOf('Read the guide');
    const after = renderWeek({ path, text: text.slice(0, at) + 'x' + text.slice(at) });
    const patch = blockPatch(before.blocks, after.blocks);
    assert.ok(before.html.length > 1_000_000 / 2, 'the whole page is large');
    assert.ok(patchSize(patch) < 100_000, `patch of ${patchSize(patch)} characters`);
    assert.ok(patch.blocks.join('').includes('xRead the guide'));
    assert.equal(applyBlockPatch(before.blocks, patch)?.join(''), after.html);
  });

  it('counts block positions from origins that add up to the page’s own lines and offsets', () => {
    const pages = fs.readdirSync(RENDER_FIXTURES).filter((f) => f.endsWith('.md')).map((f) => fs.readFileSync(path.join(RENDER_FIXTURES, f), 'utf8'));
    pages.push(longPage(20_000), '', 'just text', '---\ntitle: [oops\n---\n| a |\n| - |\n| 1 |\n');
    const file = '/site/content/1-Worklog/1.3-Week3/_index.md';
    for (const text of pages) {
      const page = renderWeek({ path: file, text });
      const block = renderWeek({ path: file, text, positions: 'block' });
      assert.ok(page.origins.every((n) => n === 0), 'page positions need no origin');
      assert.equal(pagePositions(block), page.html);
    }
  });

  it('after an edit in the middle of a 300 KB page, sends only the edited block and the moved origins', () => {
    const file = '/site/content/1-Worklog/1.3-Week3/_index.md';
    const text = longPage(300_000);
    const before = renderWeek({ path: file, text, positions: 'block' });
    const at = text.indexOf('Read the guide', text.length / 2);
    const edited = text.slice(0, at) + 'x' + text.slice(at);
    const after = renderWeek({ path: file, text: edited, positions: 'block' });
    const patch = blockPatch(before.blocks, after.blocks);
    assert.equal(patch.deleteCount, 1, 'one block replaced');
    assert.equal(patch.blocks.length, 1);
    assert.ok(patch.blocks[0].includes('xRead the guide'));
    assert.ok(patch.start > before.blocks.length / 3 && patch.start < (before.blocks.length * 2) / 3, `block ${patch.start} of ${before.blocks.length}`);
    const posted = patchSize(patch) + JSON.stringify(after.origins).length;
    assert.ok(posted < 100_000, `posted ${posted} characters of ${after.html.length}`);
    // The blocks below moved one character down the page, and the patched page is the edited page.
    const below = after.blocks.findIndex((b, i) => i > patch.start && b.startsWith('<table'));
    assert.equal(after.origins[below * 2 + 1], before.origins[below * 2 + 1] + 1);
    assert.equal(pagePositions({ ...after, blocks: applyBlockPatch(before.blocks, patch) ?? [] }), renderWeek({ path: file, text: edited }).html);
  });
});
