import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import type { Element, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import { RenderInput, RenderOutput, RenderProblem, clearRenderCache, lintPage, parsePage, renderWeek } from '../../src/core';
import { OUTPUT_ALLOW_LIST } from '../../src/core/render/renderSchema';
import { WEEK3, frontMatter, lines } from './helpers';

const DIR = path.join(__dirname, '..', 'fixtures', 'render');
const UPDATE = process.env.WORKLOG_UPDATE_SNAPSHOTS === '1';
const IMAGE_BASE = { page: 'https://preview.example/site/content/1-Worklog/1.4-Week4/', site: 'https://preview.example/site/static/' };

/** The fixture pages, the path each is rendered as, and what it is for (the .html next to it is the reviewed output). */
const FIXTURES: { name: string; path: string; input?: Partial<RenderInput> }[] = [
  { name: 'en-mdy', path: 'content/1-Worklog/1.7-Week7/_index.md' },
  {
    name: 'vi-dmy',
    path: 'content/1-Worklog/1.7-Week7/_index.vi.md',
    input: {
      labels: {
        week: 'Tuần',
        dates: 'Ngày',
        weight: 'Trọng số',
        weekdays: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
        months: ['thg 1', 'thg 2', 'thg 3', 'thg 4', 'thg 5', 'thg 6', 'thg 7', 'thg 8', 'thg 9', 'thg 10', 'thg 11', 'thg 12'],
      },
    },
  },
  { name: 'notice', path: 'content/1-Worklog/1.2-Week2/_index.md' },
  { name: 'broken-table', path: 'content/1-Worklog/1.3-Week3/_index.md' },
  { name: 'images', path: 'content/1-Worklog/1.4-Week4/_index.md', input: { imageBase: IMAGE_BASE } },
  { name: 'problems', path: 'content/1-Worklog/1.5-Week5/_index.md' },
];

/** The page's own lint findings as the editor would hand them to the preview. */
function problemsOf(pagePath: string, text: string): RenderProblem[] {
  return lintPage(parsePage(pagePath, text)).map((f) => ({ start: f.span.start, end: f.span.end, severity: f.severity, code: f.code, message: f.message }));
}

function renderFixture(name: string): { text: string; output: RenderOutput; problems: RenderProblem[] } {
  const fixture = FIXTURES.find((f) => f.name === name);
  assert.ok(fixture);
  const text = fs.readFileSync(path.join(DIR, `${name}.md`), 'utf8');
  const problems = problemsOf(fixture.path, text);
  return { text, problems, output: renderWeek({ path: fixture.path, text, problems, ...fixture.input }) };
}

/** Parses output HTML as a browser would (parse5 through rehype-raw) into hast. */
function parseHtml(html: string): Root {
  const tree: Root = { type: 'root', children: [{ type: 'raw', value: html } as unknown as RootContent] };
  return unified().use(rehypeRaw).runSync(tree) as Root;
}

function elements(root: Root): Element[] {
  const found: Element[] = [];
  const walk = (node: Root | RootContent) => {
    if (node.type === 'element') found.push(node);
    if ('children' in node) for (const c of node.children) walk(c);
  };
  walk(root);
  return found;
}

function nodeTypes(node: Root | RootContent): string[] {
  return [node.type, ...('children' in node ? node.children.flatMap(nodeTypes) : [])];
}

/** hast property name → HTML attribute name (`className` → `class`, `dataLine` → `data-line`). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'dateTime') return 'datetime';
  if (property === 'htmlFor') return 'for';
  if (/^data[A-Z]/.test(property)) return `data-${property.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`).slice(1)}`;
  return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

function attr(node: Element, name: string): string | undefined {
  for (const [key, value] of Object.entries(node.properties)) {
    if (attributeName(key) === name) return Array.isArray(value) ? value.join(' ') : value === undefined || value === null ? undefined : String(value);
  }
  return undefined;
}

/**
 * Holds rendered HTML to the renderer's allow-list: only known elements and attributes, classes all `wl-`, links
 * and images only with safe URLs, `data-line` a line of the page. Returns the parsed elements for further checks.
 */
function assertSafe(html: string, text: string): Element[] {
  const tree = parseHtml(html);
  // Read as a browser reads it: `<!--` inside a quoted attribute value (`<a href="<!--">`) is no comment.
  assert.deepEqual(nodeTypes(tree).filter((t) => t === 'comment' || t === 'doctype'), [], 'no comment or doctype');
  const all = elements(tree).filter((e) => !['html', 'head', 'body'].includes(e.tagName) || e.position !== undefined);
  const lineCount = text.split('\n').length;
  for (const node of all) {
    const allowed = OUTPUT_ALLOW_LIST[node.tagName];
    assert.ok(allowed, `element <${node.tagName}> is not on the allow-list`);
    for (const key of Object.keys(node.properties)) {
      const name = attributeName(key);
      assert.ok(allowed.includes(name), `attribute ${name} on <${node.tagName}> is not on the allow-list`);
    }
    const classes = attr(node, 'class');
    if (classes) for (const c of classes.split(' ')) assert.match(c, /^wl-[a-z0-9-]+$/, `class ${c}`);
    const line = attr(node, 'data-line');
    if (line !== undefined) {
      assert.match(line, /^\d+$/);
      assert.ok(Number(line) < lineCount, `data-line ${line} beyond the page`);
    }
    const offset = attr(node, 'data-offset');
    if (offset !== undefined) assert.ok(/^\d+$/.test(offset) && Number(offset) <= text.length, `data-offset ${offset}`);
    if (node.tagName === 'a') {
      const href = attr(node, 'href') ?? '';
      const kind = attr(node, 'data-link');
      assert.ok(attr(node, 'class')?.split(' ').includes('wl-link'), 'every link is a wl-link');
      if (kind === 'anchor') assert.match(href, /^#/);
      else if (kind === 'external') assert.match(href, /^(https?|mailto):/i);
      else {
        assert.equal(kind, 'local', `link ${href} without a kind`);
        assert.doesNotMatch(href, /^[a-z][a-z0-9+.-]*:|^[/\\]{2}/i, `local link ${href} with a scheme`);
      }
    }
    if (node.tagName === 'img') {
      const src = attr(node, 'src') ?? '';
      assert.ok(/^https:/i.test(src) || /^data:image\/(png|jpe?g|gif|webp)[;,]/i.test(src) || !/^[a-z][a-z0-9+.-]*:|^[/\\]{2}/i.test(src), `image src ${src}`);
    }
    if (node.tagName === 'input') assert.equal(attr(node, 'type'), 'checkbox');
  }
  return all;
}

describe('renderWeek', () => {
  describe('fixture pages match their reviewed HTML', () => {
    for (const fixture of FIXTURES) {
      it(`${fixture.name}.md renders as ${fixture.name}.html`, () => {
        const { text, output } = renderFixture(fixture.name);
        const file = path.join(DIR, `${fixture.name}.html`);
        if (UPDATE) fs.writeFileSync(file, output.html + '\n');
        assert.equal(output.html + '\n', fs.readFileSync(file, 'utf8'));
        assertSafe(output.html, text);
      });
    }
  });

  describe('header card', () => {
    it('replaces the front matter with title, week, date range, weight and menu prefix', () => {
      const { output } = renderFixture('en-mdy');
      assert.equal(output.title, 'Week 7 Worklog');
      const card = elements(parseHtml(output.html))[0];
      assert.equal(card.tagName, 'header');
      assert.equal(attr(card, 'class'), 'wl-card');
      assert.equal(attr(card, 'data-line'), '0');
      assert.match(output.html, /<dd class="wl-card-week">7<\/dd>/);
      assert.match(output.html, /<dd class="wl-card-dates">20–24 Oct 2025<\/dd>/);
      assert.match(output.html, /<dd class="wl-card-weight">7<\/dd>/);
      assert.match(output.html, /<dd class="wl-card-pre">1\.7\.<\/dd>/);
      assert.doesNotMatch(output.html, /chapter: false|title: "/, 'no front matter text in the body');
    });

    it('says when the front matter is missing, never closed, or not YAML', () => {
      assert.match(renderWeek({ path: WEEK3, text: '# Notes\n' }).html, /wl-card-note">No front matter/);
      const unclosed = renderWeek({ path: WEEK3, text: '---\ntitle: "Week 3"\n\nBody\n' });
      assert.match(unclosed.html, /never closed/);
      assert.equal(unclosed.title, 'Week 3');
      assert.match(renderWeek({ path: WEEK3, text: '---\ntitle: [oops\n---\nBody\n' }).html, /not valid YAML/);
    });

    it('takes the title from the first heading without front matter, and a placeholder without either', () => {
      assert.equal(renderWeek({ path: WEEK3, text: 'Intro\n\n## Week 3 notes\n' }).title, 'Week 3 notes');
      assert.equal(renderWeek({ path: WEEK3, text: '' }).title, 'Untitled page');
      assert.equal(renderWeek({ path: WEEK3, text: '', labels: { untitled: 'Chưa có tiêu đề' } }).title, 'Chưa có tiêu đề');
    });

    it('shows the front matter date when the page has no dated rows', () => {
      const html = renderWeek({ path: WEEK3, text: '---\ntitle: "Week 3"\ndate: 2025-09-15\n---\n\nNo table yet.\n' }).html;
      assert.match(html, /<dt>Date<\/dt><dd class="wl-card-date">Mon 15 Sep 2025<\/dd>/);
    });
  });

  describe('source positions', () => {
    it('puts the 0-based source line on blocks, rows, items and cells, and the content offset on cells', () => {
      const { text, output } = renderFixture('en-mdy');
      const all = assertSafe(output.html, text);
      const sourceLines = text.split('\n');
      const h3 = all.filter((e) => e.tagName === 'h3');
      assert.deepEqual(
        h3.map((e) => sourceLines[Number(attr(e, 'data-line'))]),
        ['### Week 7 Objectives:', '### Tasks carried out this week:', '### Week 7 Achievements:'],
      );
      for (const tag of ['tr', 'li', 'td', 'th', 'p', 'ul', 'ol', 'table', 'blockquote']) {
        for (const e of all.filter((x) => x.tagName === tag)) assert.ok(attr(e, 'data-line') !== undefined, `<${tag}> has data-line`);
      }
      const cells = all.filter((e) => e.tagName === 'td');
      for (const cell of cells) {
        const offset = Number(attr(cell, 'data-offset'));
        const line = Number(attr(cell, 'data-line'));
        const lineStart = sourceLines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
        assert.ok(offset >= lineStart && offset <= lineStart + sourceLines[line].length, 'the offset lies on the cell line');
        assert.notEqual(text[offset], ' ', 'the offset is at the content, not the padding');
        assert.notEqual(text[offset], '|');
      }
      const dateCell = cells.find((c) => attr(c, 'data-offset') !== undefined && text.startsWith('Oct 23, 2025', Number(attr(c, 'data-offset'))));
      assert.ok(dateCell, 'a cell points at its own text');
    });

    it('puts text left over from an unwrapped HTML block into a paragraph with its line', () => {
      const text = lines('# T', '', '<div class="box">', 'Hello <b>there</b> <span>you</span>', '</div>', '', 'After.');
      const html = renderWeek({ path: WEEK3, text }).html;
      assert.match(html, /<p data-line="2">\s*Hello <b>there<\/b> you<\/p>\s*<p data-line="6">After.<\/p>/);
    });

    it('keeps lines and offsets with a BOM, CRLF line ends and no front matter', () => {
      const text = '\uFEFF# Title\r\n\r\n| Day | Task |\r\n| --- | --- |\r\n| 2 | Read |\r\n';
      const all = assertSafe(renderWeek({ path: WEEK3, text }).html, text);
      const td = all.filter((e) => e.tagName === 'td');
      assert.deepEqual(td.map((e) => [attr(e, 'data-line'), text.slice(Number(attr(e, 'data-offset')), Number(attr(e, 'data-offset')) + 4)]), [
        ['4', '2 | '],
        ['4', 'Read'],
      ]);
    });
  });

  describe('the day table as the site shows it', () => {
    it('keeps <br> breaks, &emsp; indents and + bullets as text', () => {
      const { output } = renderFixture('en-mdy');
      assert.match(output.html, /- <strong>Networking again<\/strong> <br>\u2003 \+ Draw the subnets on paper first <br>\u2003 \+ Rebuild the route tables/);
    });

    it('shows dates with their weekday in the page order, the written date as title', () => {
      const en = renderFixture('en-mdy').output.html;
      assert.match(en, /<time class="wl-date" datetime="2025-10-21" title="10\/21\/2025">Tue Oct 21, 2025<\/time>/);
      assert.match(en, /<time class="wl-date" datetime="2025-10-23" title="Oct 23, 2025">Thu Oct 23, 2025<\/time>/);
      const vi = renderFixture('vi-dmy').output.html;
      assert.match(vi, /<time class="wl-date" datetime="2025-10-21" title="21\/10\/2025">T3 21 thg 10 2025<\/time>/);
      assert.match(vi, /title="24 tháng 10 năm 2025">T6 24 thg 10 2025<\/time>/);
      assert.match(vi, /title="23\/10">T5 23 thg 10 2025<\/time>/, 'a date without a year takes the page year');
      assert.match(vi, /<time[^>]*>T6 24 thg 10 2025<\/time> - <time/, 'both ends of a range in one cell');
    });

    it('reads ambiguous dates in the order the setting forces', () => {
      const text = frontMatter(3) + lines('', '| Day | Task | Start Date |', '| --- | --- | --- |', '| 2 | x | 03/09/2025 |');
      assert.match(renderWeek({ path: WEEK3, text, dateOrder: 'dmy' }).html, /datetime="2025-09-03"[^>]*>Wed 3 Sep 2025</);
      assert.match(renderWeek({ path: WEEK3, text, dateOrder: 'mdy' }).html, /datetime="2025-03-09"[^>]*>Sun Mar 9, 2025</);
    });

    it('shows unreadable dates as written', () => {
      const html = renderFixture('broken-table').output.html;
      assert.match(html, /data-offset="\d+" class="wl-problem wl-problem-error"[^>]*>09\/31\/2025<\/td>/);
    });

    it('shows a table whose delimiter row does not match as the text the site shows', () => {
      const html = renderFixture('broken-table').output.html;
      assert.match(html, /<p data-line="6"[^>]*>\| Day \| Task \|/);
    });
  });

  describe('links and images', () => {
    it('classifies links and names lab links by their catalog title', () => {
      const all = elements(parseHtml(renderFixture('en-mdy').output.html)).filter((e) => e.tagName === 'a');
      const byHref = new Map(all.map((a) => [attr(a, 'href'), a]));
      assert.equal(attr(byHref.get('https://000004.awsstudygroup.com/') as Element, 'data-link'), 'external');
      assert.equal(attr(byHref.get('https://000004.awsstudygroup.com/') as Element, 'title'), 'Introduction to Amazon EC2');
      assert.equal(attr(byHref.get('../1.6-week6/') as Element, 'data-link'), 'local');
      assert.equal(attr(byHref.get('#week-7-achievements') as Element, 'data-link'), 'anchor');
      assert.equal(attr(byHref.get('mailto:intern@example.com') as Element, 'data-link'), 'external');
      assert.ok(byHref.has('https://000007.awsstudygroup.com/'), 'a bare URL is a link');
    });

    it('resolves relative and site-rooted image sources and drops unsafe ones', () => {
      const all = elements(parseHtml(renderFixture('images').output.html)).filter((e) => e.tagName === 'img');
      assert.deepEqual(
        all.map((e) => attr(e, 'src')),
        [
          'https://preview.example/site/content/1-Worklog/1.4-Week4/images/vpc.png',
          'https://preview.example/site/static/images/logo.png',
          'https://preview.example/site/content/1-Worklog/shared/arch.jpg',
          'https://example.com/a.png',
          'data:image/png;base64,iVBORw0KGgo=',
          'https://preview.example/site/content/1-Worklog/1.4-Week4/images/raw.png',
        ],
      );
      assert.equal(attr(all[0], 'title'), 'The VPC');
      assert.equal(attr(all[5], 'width'), undefined);
    });

    it('gives headings the fragment Hugo gives them, so #anchor links can find them', () => {
      const all = elements(parseHtml(renderFixture('en-mdy').output.html));
      assert.deepEqual(
        all.filter((e) => e.tagName === 'h3').map((e) => attr(e, 'data-anchor')),
        ['week-7-objectives', 'tasks-carried-out-this-week', 'week-7-achievements'],
      );
      const link = all.find((e) => e.tagName === 'a' && attr(e, 'data-link') === 'anchor');
      assert.equal(attr(link as Element, 'href'), '#week-7-achievements');
      const vi = renderWeek({ path: WEEK3, text: '## Mục tiêu tuần 3:\n\n## Mục tiêu tuần 3:\n' }).html;
      assert.match(vi, /data-anchor="mục-tiêu-tuần-3">[\s\S]*data-anchor="mục-tiêu-tuần-3-1">/);
    });

    it('keeps relative image sources as written without a base', () => {
      assert.match(renderWeek({ path: WEEK3, text: '![a](images/a.png)\n' }).html, /<img src="images\/a.png" alt="a">/);
    });
  });

  describe('Hugo shortcodes', () => {
    it('renders notices as asides with their type and title, other shortcodes as labelled blocks', () => {
      const { text, output } = renderFixture('notice');
      const all = assertSafe(output.html, text);
      const asides = all.filter((e) => e.tagName === 'aside');
      assert.deepEqual(
        asides.map((a) => [attr(a, 'class'), attr(a, 'data-line')]),
        [
          ['wl-notice wl-notice-warning', '5'],
          ['wl-notice wl-notice-info', '13'],
          ['wl-notice wl-notice-tip', '17'],
          ['wl-notice wl-notice-note', '23'],
        ],
      );
      assert.match(output.html, /<p class="wl-notice-title">Heads up<\/p><p data-line="14">A notice in the angle-bracket form, with a <strong>bold<\/strong> word.<\/p><\/aside>/);
      const blocks = all.filter((e) => e.tagName === 'div');
      assert.deepEqual(
        blocks.map((d) => attr(d, 'data-shortcode')),
        ['expand', 'youtube', 'children'],
      );
      assert.ok(elements({ type: 'root', children: [blocks[0]] }).some((e) => e.tagName === 'aside'), 'the note nested in expand stays inside it');
      assert.doesNotMatch(output.html.replace(/<pre[\s\S]*<\/pre>/, ''), /notice warning|\/notice %/, 'no shortcode tag left as text outside code');
      assert.match(output.html, /<p data-line="34">\{\{% \/tabs %\}\}<\/p>/);
      assert.match(output.html, /<pre data-line="36"><code>\{\{% notice info %\}\}/);
    });

    it('keeps two notices written in one list item inside it, each with its own text', () => {
      const item = '- Read the lab notes\n  {{% notice info %}}\n  Bring the account ID.\n  {{% /notice %}}\n  {{% notice warning %}}\n  Delete the NAT gateway.\n  {{% /notice %}}\n- Next item\n';
      const html = renderWeek({ path: WEEK3, text: frontMatter(3) + '\n' + item }).html;
      const list = /<ul[^>]*>([\s\S]*)<\/ul>/.exec(html)?.[1] ?? '';
      const items = list.split(/<li /).slice(1);
      assert.equal(items.length, 2);
      assert.match(items[0], /<aside class="wl-notice wl-notice-info"[^>]*><p class="wl-notice-title">Info<\/p><p[^>]*>Bring the account ID\.<\/p><\/aside>/);
      assert.match(items[0], /<aside class="wl-notice wl-notice-warning"[^>]*><p class="wl-notice-title">Warning<\/p><p[^>]*>Delete the NAT gateway\.<\/p><\/aside>/);
      assert.doesNotMatch(list.replace(/<li[\s\S]*?<\/li>/g, ''), /aside/, 'no notice between the items');
    });

    it('shows an unclosed notice as an empty notice and keeps the text after it', () => {
      const html = renderWeek({ path: WEEK3, text: frontMatter(3) + '\n{{% notice info %}}\nStill here.\n' }).html;
      assert.match(html, /<aside class="wl-notice wl-notice-info" data-line="7"><p class="wl-notice-title">Info<\/p><\/aside>/);
      assert.match(html, /Still here\./);
    });
  });

  describe('problems', () => {
    it('marks the link, cell, row or card covering each problem with its worst severity and messages', () => {
      const { output, problems } = renderFixture('problems');
      assert.deepEqual(output.counts, { errors: 2, warnings: 2, information: 1, hints: 0 });
      assert.equal(problems.length, 5);
      const all = elements(parseHtml(output.html));
      const marked = all.filter((e) => attr(e, 'class')?.includes('wl-problem '));
      assert.deepEqual(
        marked.map((e) => [e.tagName, attr(e, 'class')?.replace(/wl-problem |wl-link |wl-card /g, ''), attr(e, 'title')?.split(':')[0]]),
        [
          ['header', 'wl-problem-information', 'week.weight'],
          ['a', 'wl-problem-error', 'link.lab-malformed'],
          ['tr', 'wl-problem-warning wl-row-problem', 'table.row-cells'],
          ['td', 'wl-problem-error', 'date.range-order'],
          ['a', 'wl-problem-warning', 'link.lab-insecure'],
        ],
      );
      const rows = all.filter((e) => e.tagName === 'tr' && attr(e, 'class')?.includes('wl-row-problem'));
      assert.deepEqual(rows.map((r) => attr(r, 'data-line')), ['13', '14', '15']);
    });

    it('joins several problems on one element, one line each, under the worst severity', () => {
      const text = frontMatter(3) + lines('', 'Some text here.');
      const start = text.indexOf('Some');
      const problems: RenderProblem[] = [
        { start, end: start + 4, severity: 'hint', code: 'a.hint', message: 'First.' },
        { start: start + 5, end: start + 9, severity: 'error', code: 'b.error', message: 'Second.' },
      ];
      const out = renderWeek({ path: WEEK3, text, problems });
      assert.match(out.html, /<p data-line="7" class="wl-problem wl-problem-error" title="a.hint: First.\nb.error: Second.">/);
      assert.deepEqual(out.counts, { errors: 1, warnings: 0, information: 0, hints: 1 });
    });

    it('puts a problem on a blank line on the block above it, and ignores malformed problems', () => {
      const text = frontMatter(3) + lines('', 'Para one.', '', '', 'Para two.');
      const blankLine = text.indexOf('\n\n\nPara two') + 1;
      const problems: RenderProblem[] = [{ start: blankLine, end: blankLine, severity: 'warning', code: 'x.y', message: 'Here.' }, { start: 'x' } as unknown as RenderProblem];
      const out = renderWeek({ path: WEEK3, text, problems });
      assert.match(out.html, /<p data-line="7" class="wl-problem wl-problem-warning" title="x.y: Here.">Para one.<\/p>/);
      assert.deepEqual(out.counts, { errors: 0, warnings: 1, information: 0, hints: 0 });
    });
  });

  describe('sections parsed apart and cached', () => {
    it('renders an edited page exactly as a first render of the same text', () => {
      const base = fs.readFileSync(path.join(DIR, 'en-mdy.md'), 'utf8');
      const pagePath = 'content/1-Worklog/1.7-Week7/_index.md';
      renderWeek({ path: pagePath, text: base });
      fc.assert(
        fc.property(fc.nat(base.length), fc.nat(12), fc.constantFrom('', 'x', '\n', '\n\n', '|', '# ', '<!--', '-->', '[r]: https://a.example/\n', '```\n', '<br>'), (at, cut, insert) => {
          const text = base.slice(0, at) + insert + base.slice(Math.min(base.length, at + cut));
          const warm = renderWeek({ path: pagePath, text }).html;
          clearRenderCache();
          const cold = renderWeek({ path: pagePath, text }).html;
          assert.equal(warm, cold);
        }),
        { numRuns: 40 },
      );
    });

    it('renders each fixture page as one whole-page parse does', () => {
      for (const fixture of FIXTURES) {
        const text = fs.readFileSync(path.join(DIR, `${fixture.name}.md`), 'utf8');
        // An unused link reference definition makes the page one section: the whole page goes to the parser at once.
        const whole = renderWeek({ path: fixture.path, text: `${text}\n[unused-definition]: https://example.com/\n`, ...fixture.input }).html;
        const sections = renderWeek({ path: fixture.path, text, ...fixture.input }).html;
        assert.equal(sections.replace(/>\s+</g, '><').trim(), whole.replace(/>\s+</g, '><').trim(), fixture.name);
      }
    });

    it('keeps a link reference definition working in an earlier section', () => {
      const text = frontMatter(3) + lines('', '# One', '', 'See [the lab][lab].', '', '# Two', '', '[lab]: https://000003.awsstudygroup.com/');
      const html = renderWeek({ path: WEEK3, text }).html;
      assert.match(html, /<a href="https:\/\/000003.awsstudygroup.com\/" class="wl-link" data-link="external"[^>]*>the lab<\/a>/);
      assert.match(html, /<h1 data-line="11" data-anchor="two">Two<\/h1>/);
    });

    it('keeps a heading line inside a multi-line HTML comment hidden', () => {
      const text = frontMatter(3) + lines('', '# One', '', '<!-- a note', '# Hidden heading', '-->', '', '# Two');
      const html = renderWeek({ path: WEEK3, text }).html;
      assert.doesNotMatch(html, /Hidden heading/);
      assert.match(html, /<h1 data-line="7" data-anchor="one">One<\/h1>\n+<h1 data-line="13" data-anchor="two">Two<\/h1>/);
    });

    it('keeps a fenced block that holds a heading line in one piece', () => {
      const text = lines('# One', '', '```', '# not a heading', '```', '# Two');
      const html = renderWeek({ path: WEEK3, text }).html;
      assert.match(html, /<pre data-line="2"><code># not a heading\n<\/code><\/pre>\n<h1 data-line="5" data-anchor="two">Two<\/h1>/);
    });
  });

  describe('security: page HTML never reaches the preview beyond the allow-list', () => {
    const ATTACKS = [
      '<script>alert("SECRET")</script>',
      '<SCRIPT SRC=https://evil.example/x.js></SCRIPT>',
      '<img src=x onerror="alert(\'s2\')">',
      '<b onclick="alert(\'s3\')" onmouseover=alert(1)>bold</b>',
      '<a href="javascript:alert(\'s4\')">a1</a>',
      '<a href="JaVaScRiPt:alert(1)">a2</a>',
      '<a href="&#106;avascript:alert(1)">a3</a>',
      '<a href="jav&#x09;ascript:alert(1)">a4</a>',
      '<a href="javascript&colon;alert(1)">a5</a>',
      '<a href="  javascript:alert(1)">a6</a>',
      '<a href="vbscript:msgbox(1)">a7</a>',
      '<a href="VBScript:msgbox(1)">a8</a>',
      '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a9</a>',
      '<a href="DATA:text/html,<script>alert(1)</script>">a10</a>',
      '[m1](javascript:alert(1)) [m2](JAVASCRIPT:alert(1)) [m3](&#x6A;avascript:alert(1)) [m4](vbscript:x) [m5](data:text/html,x)',
      '<https://ok.example/> <javascript:alert(1)>',
      '![i1](javascript:alert(1)) ![i2](data:image/svg+xml;base64,PHN2Zz4=) ![i3](data:text/html,x)',
      '<iframe src="https://evil.example/"></iframe>',
      '<object data="x.swf"></object><embed src="x.swf">',
      '<style>body { background: red } /* SECRET */</style>',
      '<span style="background:url(javascript:alert(1))">styled</span>',
      '<div style="background-image: url(https://evil.example/track.png)">tracked</div>',
      '<svg onload="alert(1)"><script>SECRET</script><circle r="5"/><text>SECRET</text></svg>',
      '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
      '<math><mi xlink:href="javascript:alert(1)">m</mi></math>',
      '<form action="https://evil.example/"><input type="text" name="q"><button>go</button></form>',
      '<input type="checkbox" checked onclick="alert(1)">',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
      '<base href="https://evil.example/">',
      '<link rel="stylesheet" href="https://evil.example/x.css">',
      '<a href="https://ok.example/" data-link="local" class="wl-link" id="card" data-line="99" target="_blank">spoof</a>',
      '<a data-link="local" href="javascript:alert(1)">spoof2</a>',
      '<p class="wl-card wl-problem-error" data-line="99" id="top" title="t">user p</p>',
      '<b class="evil" data-offset="5" data-shortcode="x">b</b>',
      '<time datetime="2020-01-01" class="wl-date">not mine</time>',
      '<aside class="wl-notice">fake notice</aside>',
      '<details open ontoggle=alert(1)><summary>s</summary>d</details>',
      '<img src="https://ok.example/a.png" srcset="javascript:alert(1)" usemap="#m">',
      '<table><tr><td background="javascript:alert(1)">cell</td></tr></table>',
      '<!-- a comment --> <![CDATA[x]]> <?php echo 1 ?>',
      '<a href="<!--">c1</a> <a href="-->">c2</a>',
      '<noscript><img src=x onerror=alert(1)>SECRET</noscript>',
      '<template><script>alert(1)</script>SECRET</template>',
      '<textarea><img src=x onerror=alert(1)>SECRET</textarea>',
      '<iframe srcdoc="<script>alert(1)</script>">SECRET</iframe>',
    ];

    const page = frontMatter(3) + ATTACKS.map((a) => `${a}\n`).join('\n') + '\n| Day | Task |\n| --- | --- |\n| 2 | <img src=x onerror=alert(1)> <a href="javascript:alert(1)">c</a> <b style="color:red">x</b> |\n';

    it('renders the attack page with only allowed elements, attributes and URLs', () => {
      const html = renderWeek({ path: WEEK3, text: page }).html;
      const all = assertSafe(html, page);
      for (const e of all) {
        for (const [key, value] of Object.entries(e.properties)) {
          const name = attributeName(key);
          assert.doesNotMatch(name, /^on/i, `event handler ${name}`);
          assert.ok(!['style', 'id', 'srcset', 'background', 'target', 'action', 'content', 'http-equiv'].includes(name), `attribute ${name}`);
          assert.doesNotMatch(String(value), /javascript|vbscript|data:text|evil\.example/i, `${name}=${String(value)}`);
        }
      }
      const tags = new Set(all.map((e) => e.tagName));
      for (const bad of ['script', 'iframe', 'object', 'embed', 'style', 'svg', 'math', 'form', 'button', 'meta', 'base', 'link', 'details', 'noscript', 'template', 'textarea', 'span']) {
        assert.ok(!tags.has(bad), `<${bad}> reached the output`);
      }
      assert.equal(all.filter((e) => attr(e, 'class')?.split(' ').includes('wl-card')).length, 1, 'only the renderer makes the card');
      assert.ok(!all.some((e) => attr(e, 'data-line') === '99'), 'no user data-line');
      assert.ok(!all.some((e) => attr(e, 'class')?.includes('wl-problem')), 'no user problem marks');
      assert.ok(!all.some((e) => e.tagName === 'aside' || e.tagName === 'time'), 'no user notice or date element');
      assert.ok(!all.some((e) => attr(e, 'data-offset') !== undefined && e.tagName !== 'td' && e.tagName !== 'th'), 'no user data-offset');
      assert.doesNotMatch(html, /SECRET/, 'the content of scripts, styles, frames and SVG is dropped, not shown as text');
      assert.match(html, /spoof/, 'the text of a link stays');
      const spoof = all.find((e) => e.tagName === 'a' && attr(e, 'href') === 'https://ok.example/' && /spoof/.test(JSON.stringify(e.children)));
      assert.equal(attr(spoof as Element, 'data-link'), 'external', 'the link kind comes from the URL, not the page');
      assert.equal(attr(spoof as Element, 'class'), 'wl-link');
    });

    it('keeps each attack text-safe on its own too', () => {
      for (const attack of ATTACKS) {
        const text = frontMatter(3) + '\n' + attack + '\n';
        const html = renderWeek({ path: WEEK3, text }).html;
        for (const e of assertSafe(html, text)) {
          for (const [key, value] of Object.entries(e.properties)) assert.doesNotMatch(`${attributeName(key)}=${String(value)}`, /javascript|vbscript|data:text|^on|^style=/i, attack);
        }
        // Page text that is not valid HTML shows as text: escaped, so no tag can start in the output.
        assert.doesNotMatch(html, /<(script|style|iframe|svg|object|embed|form|meta|base)/i, attack);
      }
    });

    it('sees a comment that reaches the output, and none inside a quoted attribute value', () => {
      assert.throws(() => assertSafe('<p data-line="0">x</p><!-- c -->', 'x'), /no comment or doctype/);
      assertSafe('<a href="<!--" class="wl-link" data-link="local">c</a>', 'x');
    });

    it('shows text nested too deep for the Markdown parser as written, under the card, instead of throwing', () => {
      const text = frontMatter(3) + '<b>'.repeat(3000) + 'deep\n';
      const out = renderWeek({ path: WEEK3, text, problems: [{ start: 0, end: 3, severity: 'error', code: 'x.y', message: 'm' }] });
      assert.match(out.html, /^<header class="wl-card[^"]*" data-line="0"[^>]*><h1 class="wl-card-title">Week 3 Worklog<\/h1>/);
      assert.match(out.html, /<p class="wl-render-failed">This page could not be rendered as Markdown/);
      assert.match(out.html, /<pre data-line="0"><code>---\ntitle: "Week 3 Worklog"[\s\S]*(&#x3C;b>){3000}deep/);
      assert.deepEqual(out.counts, { errors: 1, warnings: 0, information: 0, hints: 0 });
      assertSafe(out.html, text);
    });

    it('renders any text without throwing, and the output always passes the allow-list', () => {
      const pieces = fc.constantFrom(
        '<br>', '&emsp;', ' + ', '| ', ' |', '\n', '\n\n', '---\n', '- ', '* ', '1. ', '> ', '# ', '```\n', '**', '_', '`', '~~',
        '{{% notice info %}}\n', '{{% /notice %}}\n', '{{< youtube x >}}\n', '<b>', '</b>', '<a href="', 'javascript:', '">', '</a>',
        '<img src=x onerror=', '<script>', '</script>', '<div class="wl-card" data-line="9">', '</div>', '<!--', '-->', '[x](', ')',
        '<https://000003.awsstudygroup.com/>', '09/15/2025', '15/09/2025', 'Oct 20, 2025', '| --- | --- |\n', '| Day | Task | Start Date |\n',
        '\r\n', '\uFEFF', '&#x6A;', '&colon;', '![i](', 'data:image/png;base64,AA', '<style>', '[^1]', '[^1]: note\n', '- [ ] ',
      );
      const text = fc.oneof(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((p) => p.join('')), fc.string({ maxLength: 200 }));
      const problem = fc.record({
        start: fc.integer({ min: -5, max: 400 }),
        end: fc.integer({ min: -5, max: 400 }),
        severity: fc.constantFrom('error', 'warning', 'information', 'hint') as fc.Arbitrary<RenderProblem['severity']>,
        code: fc.constantFrom('x.y', '<b>', '"q"'),
        message: fc.string({ maxLength: 20 }),
      });
      fc.assert(
        fc.property(text, fc.array(problem, { maxLength: 4 }), fc.constantFrom<RenderInput['dateOrder']>('auto', 'dmy', 'mdy'), (body, problems, dateOrder) => {
          const out = renderWeek({ path: WEEK3, text: body, problems, dateOrder, imageBase: IMAGE_BASE });
          assertSafe(out.html, body);
          assert.doesNotMatch(out.html, /<script|<style|<div [^>]*data-line="9"/i);
          const total = out.counts.errors + out.counts.warnings + out.counts.information + out.counts.hints;
          assert.equal(total, problems.length);
        }),
        { numRuns: 150 },
      );
    });
  });
});
