// Large and malformed pages: the linter must finish, never throw, and keep every range inside the text.
// These are not timing tests; the sizes are those of real extremes, and each test has a generous time limit.
import * as assert from 'node:assert/strict';
import { Finding, Page, lintPage, parsePage } from '../../src/core';
import { DELIMITER, HEADER, WEEK3, frontMatter } from './helpers';

function checkSpans(page: Page, findings: readonly Finding[]): void {
  for (const f of findings) {
    assert.ok(0 <= f.span.start && f.span.start <= f.span.end && f.span.end <= page.text.length, `${f.code} span ${JSON.stringify(f.span)} outside 0..${page.text.length}`);
    for (const fix of f.fixes) for (const e of fix.edits) assert.ok(0 <= e.start && e.start <= e.end && e.end <= page.text.length, `${f.code} edit outside the text`);
    assert.notEqual(f.code, 'lint.internal', f.message);
  }
}

function lintChecked(text: string, path = WEEK3): { page: Page; findings: Finding[] } {
  const page = parsePage(path, text);
  const findings = lintPage(page);
  checkSpans(page, findings);
  return { page, findings };
}

const ROW = (i: number) => `| ${2 + (i % 5)} | - **Lab ${i}** <br>&emsp; + read <https://000001.awsstudygroup.com/> <br>&emsp; + [notes](https://example.com/${i}) | 09/15/2025 | 09/15/2025 | <https://000002.awsstudygroup.com/> |`;

describe('robustness on large pages', function () {
  this.timeout(30000);

  it('reads a 10,000-row table whole', () => {
    const rows = Array.from({ length: 10000 }, (_, i) => `| ${i + 1} | Task ${i} | 09/15/2025 |  | x |`);
    const { page, findings } = lintChecked(frontMatter(3) + [HEADER, DELIMITER, ...rows].join('\n') + '\n');
    assert.equal(page.tables.length, 1);
    assert.equal(page.tables[0].rows.length, 10000);
    assert.equal(page.tables[0].rows[9999].cells[1].text, 'Task 9999');
    assert.equal(findings.filter((f) => f.code === 'table.row-cells').length, 0);
    assert.equal(findings.filter((f) => f.code === 'table.empty-cell').length, 10000);
  });

  it('lints a 5 MB page (a day table, then long prose with links)', () => {
    const para = 'On Monday I read about VPC peering, notes at https://docs.aws.amazon.com/vpc/ and the lab <https://000003.awsstudygroup.com/>; tuần này tôi học về mạng.\n\n';
    const rows = Array.from({ length: 200 }, (_, i) => ROW(i));
    const head = frontMatter(3) + '### Tasks this week:\n' + [HEADER, DELIMITER, ...rows].join('\n') + '\n\n';
    const text = head + para.repeat(Math.ceil((5_000_000 - head.length) / para.length));
    assert.ok(text.length >= 5_000_000);
    const { page, findings } = lintChecked(text);
    assert.equal(page.tables.length, 1);
    assert.equal(page.tables[0].rows.length, 200);
    assert.ok(page.links.length > 2 * Math.floor(5_000_000 / para.length));
    assert.equal(findings.filter((f) => f.code.startsWith('table.')).length, 0);
  });

  it('reads 2,000 nested list levels and 2,000 nested quotes', () => {
    const list = Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item ${i} <https://example.com/${i}>`).join('\n');
    const quotes = Array.from({ length: 2000 }, (_, i) => `${'>'.repeat(i + 1)} quote ${i}`).join('\n');
    for (const body of [list, quotes]) {
      const { page, findings } = lintChecked(frontMatter(3) + body + '\n');
      assert.deepEqual(
        findings.map((f) => f.code),
        ['table.missing'],
      );
      assert.equal(page.tables.length, 0);
    }
  });

  it('reads 20,000 short lines of pipes and dashes', () => {
    lintChecked('|-|\n'.repeat(20000));
    lintChecked('| a | b |\n'.repeat(20000));
    lintChecked('---\n'.repeat(20000));
  });

  it('reads a table whose rows hold thousands of cells', () => {
    const wide = '|' + ' x |'.repeat(5000);
    const { findings } = lintChecked(frontMatter(3) + [HEADER, DELIMITER, wide, wide].join('\n'));
    assert.equal(findings.filter((f) => f.code === 'table.row-cells').length, 2);
  });
});

describe('robustness on unterminated constructs', function () {
  this.timeout(30000);

  const unterminated: Array<[string, string]> = [
    ['front matter', '---\ntitle: "Week 3\nweight: [1,\n'],
    ['front matter at the end of the page', '---'],
    ['front matter after a BOM, CRLF', '\uFEFF---\r\ntitle: x\r\n'],
    ['code fence', frontMatter(3) + '```js\n| Day | Task |\n|---|---|\n'],
    ['code fence of tildes, CR only', frontMatter(3) + '~~~\r| a |\r|---|\r'],
    ['autolink', frontMatter(3) + '<https://000001.awsstudygroup.com/ and more <https://'],
    ['inline link', frontMatter(3) + '[lab](https://000001.awsstudygroup.com/(part-1 and [x](<https://a'],
    ['image', frontMatter(3) + '![alt](https://example.com/a.png "title'],
    ['HTML comment', frontMatter(3) + '<!-- worklog-disable table.row-cells\n| Day | Task |\n|---|---|\n| 2 |\n'],
    ['HTML tag', frontMatter(3) + '<a href="https://example.com/ <img src=\'x <div\n'],
    ['reference definition', frontMatter(3) + '[lab]: <https://example.com\n[x][lab'],
    ['table header without rows', frontMatter(3) + HEADER + '\n' + DELIMITER],
    ['table header alone', frontMatter(3) + HEADER],
    ['delimiter row alone', frontMatter(3) + DELIMITER + '\n' + DELIMITER],
    ['escaped final pipe', frontMatter(3) + '| Day | Task |\n|---|---|\n| 2 | a \\|'],
    ['lone backslash', frontMatter(3) + '| Day | Task |\n|---|---|\n| 2 | a \\'],
    ['lone CR and BOMs', '\r\uFEFF\r\uFEFF|\r---\r|'],
    ['heading markers only', frontMatter(3) + '#\n##\n###### \n####### x'],
  ];
  for (const [name, text] of unterminated) {
    it(`survives an unterminated ${name}`, () => {
      lintChecked(text);
      lintChecked(text, 'content/1-Worklog/1.3-Week3/_index.vi.md');
      lintChecked(text, 'content/1-Worklog/_index.md');
    });
  }

  it('survives every prefix of a realistic page (what the editor sees while typing)', () => {
    const page = frontMatter(3) + '### Tasks this week:\n' + [HEADER, DELIMITER, ROW(1), ROW(2), '| 4 | x <!-- worklog-disable-line --> |'].join('\n') + '\n';
    for (let i = 0; i <= page.length; i++) lintChecked(page.slice(0, i));
  });

  it('survives repeated openers on a 2 KB line (a long table cell)', () => {
    for (const unit of ['[', '](', '[x][', '<', '<a ', '<!--', '`', '(', '![', 'https://', '<https://', '\\', '|', '*_', '&#']) {
      const text = frontMatter(3) + HEADER + '\n' + DELIMITER + '\n| 2 | ' + unit.repeat(Math.ceil(2000 / unit.length)) + ' | | | |\n';
      lintChecked(text);
    }
  });

  it('survives NUL and other control characters, lone surrogates and decomposed Vietnamese', () => {
    const text = frontMatter(3) + '| Day | Task |\n|---|---|\n| 2\u0000 | a\u0001\u0007\u001b[31m |\n| \ud800 | Tha\u0302\u0300nh \udc00 |\n';
    const { page } = lintChecked(text);
    assert.equal(page.tables[0].rows.length, 2);
  });
});
