import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderChunk } from '../../src/core/render/renderBody';
import { planSection } from '../../src/core/render/renderFast';
import { renderWeek } from '../../src/core/render/render';

// The fast path must give the very tree the full pipeline gives, positions included; these compare the two.
const HEADER = '| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';
const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus-dev');

function same(text: string): boolean {
  // The root's own position is never read (sections keep their children only).
  assert.deepEqual(renderChunk(text, true).children, renderChunk(text, false).children, JSON.stringify(text));
  return (planSection(text) ?? []).some((p) => p.kind === 'fast');
}

const CELLS = [
  'Get acquainted with FCJ members',
  'Học cách viết worklog<br>&emsp; + Tạo tài khoản AWS<br>&emsp; + Cài đặt AWS CLI',
  '- Read the rules<br> - Ask for help<br/>- Write the report<br />',
  '<https://000038.awsstudygroup.com/>',
  '<https://000002.awsstudygroup.com/vi/> <br> <https://cloudjourney.awsstudygroup.com/?a=1&b=2>',
  '**Tìm hiểu về EC2**<br>&emsp; + Launch an instance',
  'Set up **IAM** users and **MFA**, then <br>**review**.',
  'a < b, c > d &amp; e &copy; f &unknown g & h',
  'pipe \\| inside \\\\ and \\* star',
  '08/09/2025',
  '  spaced   out  ',
  '',
  // Not plain: each of these must go to the full pipeline and still give the same tree.
  '[Lab 1](https://000001.awsstudygroup.com/)',
  'see https://000003.awsstudygroup.com/ and www.example.com',
  'mail intern@example.com',
  '`aws s3 ls`',
  '*one star* and _under_ and ~~strike~~',
  'a**b**c',
  '** not bold **',
  '**unclosed',
  '<b>bold</b> <div>block</div>',
  '&#8195; numeric &notin; rare',
  '<span class="x">styled</span>',
  'tab\there',
];

describe('render fast path', () => {
  it('gives the pipeline tree for table rows of every shape, and takes the fast path for the plain ones', () => {
    let fast = 0;
    for (const a of CELLS) {
      for (const b of CELLS.slice(0, 12)) {
        if (same(`${HEADER}| 2 | ${a} | 15/09/2025 | 15/09/2025 | ${b} |\n`)) fast++;
      }
    }
    assert.ok(fast >= 12 * 12, `plain rows took the fast path (${fast})`);
  });

  it('keeps alignment, missing and extra cells, trailing spaces and empty cells as the pipeline does', () => {
    const tables = [
      '| A | B | C |\n| :--- | :---: | ---: |\n| 1 | 2 |\n| 1 | 2 | 3 | 4 |\n||\n|   |   |   |   \n',
      '| A |\n|---|\n',
      '| A | B |\n|---|---|\n| x \\| y | z\\|\n',
      '| A | B |\n|---|\n| x | y |\n',
      '| A | B |\n|---|---|\n| x | y\nlazy line\n',
      '|A|B|\n|-|-|\n|x|y|',
    ];
    for (const t of tables) same(t);
    assert.ok(same(tables[0]) && same(tables[5]));
  });

  it('splits around headings, paragraphs, lists, quotes and HTML as the pipeline parses them', () => {
    const texts = [
      `### Week 3 Objectives:  \n* Connect with members\n* Learn **AWS**\n\n### Tasks to be carried out this week:\n${HEADER}| 2 | Task | 15/09/2025 | 15/09/2025 | <https://x.example/> |\n\n### Achievements:\nLearned a lot.\n\nMore&emsp;text <br> here\n`,
      `Intro line\n\n${HEADER}| 2 | Task | 1 | 2 | |\n\n- item\n\n  continued item\n\n> quote\n\nplain after quote\n`,
      `1. first\n\n2. second\n\n2025 was the year\n\n<div>\nraw block\n</div>\n\nafter html\n\n    indented code\n\ntext\n`,
      `para one\npara two\n\nsetext\n===\n\nsingle\n\n---\n\nline ending in backslash\\\n\nx\n`,
      `# Title # closed\n\ntext\n`,
      `## <br> heading with br\nright after heading\n\n${HEADER}`,
      `text with <b>open\n\nand closed</b> later\n\n${HEADER}| 2 | a | b | c | d |\n`,
      `[ref]: https://x.example/\n\n${HEADER}| 2 | [ref] | b | c | d |\n`,
      '```\n| A | B |\n|---|---|\n```\n\nplain\n',
      '||| a | b |||\n\n<<< not a tag\n\n< spaced\n\n<br>\n\n<br>   \n\n<br> then text\n\n<br/>x\n\n<b>bold</b> line\n\n1. list\n\n1) list\n\n12345678901 x\n',
      '\n\n   \n\ntext\n\n\n\nmore\n\n  \n',
    ];
    for (const t of texts) same(t);
    assert.ok(same(texts[0]) && same(texts[1]));
  });

  it('gives the pipeline tree for random pages made of plain and tricky lines', () => {
    const pool = [
      '### Week 3 Objectives:', '## <br> heading', '# Title # closed', 'plain line of text', 'Học **AWS** hôm nay<br>&emsp; + lab',
      '<br>', '<br> starts a line', '<b>bold</b> opens', 'closes</b> here', '<div>', '</div>', '- item', '  continued', '1. first',
      '> quote', '    indented', '---', '===', '| Day | Task |', '| --- | --- |', '|:-|-:|', '| 2 | Task<br>x |', '| 3 | [a](https://x.example/) |',
      '|||', '<<<', 'https://bare.example/', '* star', '\\| escaped', '', '', '',
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let fast = 0;
    for (let n = 0; n < 400; n++) {
      const lines = Array.from({ length: 2 + Math.floor(next() * 12) }, () => pool[Math.floor(next() * pool.length)]);
      if (same(lines.join('\n') + (next() < 0.5 ? '\n' : ''))) fast++;
    }
    assert.ok(fast > 40, `${fast} pages took the fast path in part`);
  });

  it('gives the pipeline tree for every table row and every page of the sample sites, when they are present', function () {
    if (!fs.existsSync(CORPUS)) this.skip();
    // Every row of 329 pages through both renderers: seconds when idle, much more on a loaded machine.
    this.timeout(180_000);
    const pages: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.md')) pages.push(fs.readFileSync(p, 'utf8'));
      }
    };
    walk(CORPUS);
    let rows = 0;
    let fast = 0;
    for (const page of pages) {
      const text = page.replace(/\r\n?/g, '\n');
      same(text);
      for (const line of text.split('\n')) {
        if (!line.startsWith('|') || /^\|[\s:|-]*$/.test(line)) continue;
        rows++;
        if (same(`${HEADER}${line}\n`)) fast++;
      }
      const a = renderWeek({ path: 'content/1-Worklog/1.1-Week1/_index.md', text });
      assert.ok(a.html.length > 0);
    }
    assert.ok(rows > 500 && fast > rows / 4, `${fast} of ${rows} rows took the fast path`);
  });
});
