// Pages built to be slow: paragraphs and rows whose emphasis or bracket runs would make the Markdown parser slow
// are shown as written, the rest renders as always; thousands of shortcodes pair and wrap as a few do.
// (Their timings are in `npm run bench:adversarial`.)
import * as assert from 'node:assert/strict';
import type { Element, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import { clearRenderCache, renderWeek } from '../../src/core';
import { tame } from '../../src/core/render/renderTame';
import { DELIMITER, HEADER, WEEK3, frontMatter, lines } from './helpers';

function render(text: string): Root {
  clearRenderCache();
  const { html } = renderWeek({ path: WEEK3, text });
  const tree: Root = { type: 'root', children: [{ type: 'raw', value: html } as unknown as RootContent] };
  return unified().use(rehypeRaw).runSync(tree) as Root;
}

function all(root: Root | Element, tag: string): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element' && node.tagName === tag) found.push(node);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(root as Root);
  return found;
}

function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

describe('renderer on pathological paragraphs', () => {
  it('shows a paragraph of 300 *_ pairs as written and still renders emphasis in the next paragraph', () => {
    const run = '*_'.repeat(300);
    const tree = render(frontMatter(3) + lines('', run, '', 'Set up **IAM** roles'));
    const paragraphs = all(tree, 'p');
    assert.equal(textOf(paragraphs[0]), run);
    assert.equal(all(paragraphs[0], 'em').length + all(paragraphs[0], 'strong').length, 0);
    assert.deepEqual(all(paragraphs[1], 'strong').map(textOf), ['IAM']);
  });

  it('keeps a link and its URL in a paragraph whose emphasis runs are shown as written', () => {
    const run = '_a'.repeat(300);
    const tree = render(frontMatter(3) + lines('', `${run} [the lab](https://x.example/a_b*c~d) end`));
    const links = all(tree, 'a');
    assert.equal(links.length, 1);
    assert.equal(links[0].properties.href, 'https://x.example/a_b*c~d');
    assert.equal(textOf(links[0]), 'the lab');
    assert.ok(textOf(all(tree, 'p')[0]).startsWith(run));
  });

  it('shows many unpaired ]( in a cell as written and keeps the real link of that row', () => {
    const cell = `${']('.repeat(100)} [guide](https://x.example/g)`;
    const tree = render(frontMatter(3) + lines('', HEADER, DELIMITER, `| 2 | ${cell} | 15/09/2025 | 15/09/2025 | |`));
    const cells = all(tree, 'td');
    assert.equal(textOf(cells[1]).trim(), `${']('.repeat(100)} guide`);
    assert.deepEqual(all(cells[1], 'a').map((a) => a.properties.href), ['https://x.example/g']);
  });

  it('shows links nested 300 deep as the brackets and URLs written', () => {
    const nested = '[a'.repeat(300) + '](https://x.example/)'.repeat(300);
    const tree = render(frontMatter(3) + lines('', nested));
    assert.equal(textOf(all(tree, 'p')[0]), nested);
  });

  it('puts bracket and backtick stand-ins back in an autolink URL as the parser writes them', () => {
    const tree = render(frontMatter(3) + lines('', `${'[x'.repeat(201)} <https://x.example/a[b]c\`d>`));
    const links = all(tree, 'a');
    assert.equal(links.length, 1);
    assert.equal(links[0].properties.href, 'https://x.example/a%5Bb%5Dc%60d');
  });

  it('leaves real-sized pages and far-apart units untouched', () => {
    const bold = Array.from({ length: 60 }, (_, i) => `| ${2 + (i % 5)} | **Task** _${i}_ [x](https://x.example/${i}) | 15/09/2025 | 15/09/2025 | |`);
    const text = frontMatter(3) + lines('', '*a* '.repeat(90), '', HEADER, DELIMITER, ...bold);
    assert.equal(tame(text).changed, false);
  });

  it('turns a page’s own private-use characters into U+FFFD only in a page it tames', () => {
    assert.equal(tame('a \ue02a b').text, 'a \ue02a b');
    const tree = render(frontMatter(3) + lines('', `\ue02a ${'*_'.repeat(300)}`));
    assert.equal(textOf(all(tree, 'p')[0]), `\ufffd ${'*_'.repeat(300)}`);
  });
});

describe('renderer on pages of many shortcodes', () => {
  const body = (text: string) => renderWeek({ path: WEEK3, text: frontMatter(3) + text }).html.replace(/^<header[\s\S]*?<\/header>/, '');

  it('lifts an unclosed opener out as an empty block inside the shortcode that closes around it', () => {
    assert.equal(
      body('\n{{% a %}}\n{{% b %}}\n{{% c %}}\nx\n{{% /a %}}\n{{% /c %}}\ny\n'),
      '<div class="wl-shortcode" data-shortcode="a" data-line="7"><span class="wl-shortcode-label">a</span><div class="wl-shortcode" data-shortcode="b" data-line="8"><span class="wl-shortcode-label">b</span></div><div class="wl-shortcode" data-shortcode="c" data-line="9"><span class="wl-shortcode-label">c</span></div><p data-line="10">x</p></div>\n<p data-line="12">{{% /c %}}\ny</p>',
    );
  });

  it('shows 2,000 unclosed notices as 2,000 empty notices in line order', () => {
    const tree = render(frontMatter(3) + '\n' + '{{% notice info %}}\n'.repeat(2000));
    const lines = all(tree, 'aside').map((a) => Number(a.properties.dataLine));
    assert.equal(lines.length, 2000);
    assert.deepEqual(lines, Array.from({ length: 2000 }, (_, i) => 7 + i));
  });

  it('pairs each of 1,000 nested notices with its own closer, innermost first', () => {
    const tree = render(frontMatter(3) + '\n' + '{{% notice info %}}\n'.repeat(1000) + 'deep\n' + '{{% /notice %}}\n'.repeat(1000) + '{{% /x %}}\n'.repeat(1000));
    let depth = 0;
    for (let node: Element | undefined = all(tree, 'aside')[0]; node; node = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'aside')) depth++;
    assert.equal(depth, 1000);
    assert.equal(all(tree, 'aside').length, 1000);
    assert.ok(textOf(tree).includes('deep'));
    assert.equal(textOf(tree).split('{{% /x %}}').length - 1, 1000, 'closers without an opener stay as written');
  });
});
