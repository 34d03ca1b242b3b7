// Page shapes where the checks once disagreed with Hugo 0.111; each expectation is what Hugo renders
// (npm run test:hugo checks the same shapes, in test/fixtures/hugo, against the real Hugo).
import * as assert from 'node:assert/strict';
import { Finding, lintPages, parsePage } from '../../src/core';
import { DELIMITER, HEADER, WEEK3, WEEK3_VI, WEEK7, codes, fixAndRelint, frontMatter, lines, lint, only, single } from './helpers';

const FM = frontMatter(3);
const DAY_ROW = '| 2 | - Budgets | 09/15/2025 | 09/15/2025 | |';

describe('tables as Hugo renders them', () => {
  it('a table indented by 4 spaces or a tab is shown as code: table.not-rendered, fixed by removing the indentation', () => {
    for (const indent of ['    ', '\t']) {
      const { page, findings } = lint(FM + lines(HEADER, DELIMITER, DAY_ROW, '', 'Services:', '', `${indent}| Service | Region |`, `${indent}| --- | --- |`, `${indent}| S3 | us-east-1 |`));
      const finding = single(findings, 'table.not-rendered');
      assert.match(finding.message, /shown as a code block/);
      assert.equal(page.tables.length, 1);
      const { text } = fixAndRelint(page, finding);
      assert.ok(text.endsWith(lines('| Service | Region |', '| --- | --- |', '| S3 | us-east-1 |')));
    }
  });

  it('a table right under <div> is inside the HTML block: table.not-rendered, fixed with a blank line', () => {
    const { page, findings } = lint(FM + lines(HEADER, DELIMITER, DAY_ROW, '', '<div>', '| Service | Tier |', '| --- | --- |', '| Lambda | free |', '</div>'));
    const finding = single(findings, 'table.not-rendered');
    assert.equal(finding.message, 'This table is shown as plain text with its pipes: it is inside the HTML block opened on line 11, which runs to the next blank line.');
    const { findings: after } = fixAndRelint(page, finding);
    assert.deepEqual(codes(after).filter((c) => c === 'table.not-rendered' || c === 'table.row-cells'), []);
    // Further down the same block (no blank line yet) too; the message names the line that opened it.
    const deeper = lint(FM + lines(HEADER, DELIMITER, DAY_ROW, '', '<details>', '<summary>Costs</summary>', '| Item | Cost |', '| --- | --- |', '| S3 | 0.02 |', '</details>'));
    assert.match(single(deeper.findings, 'table.not-rendered').message, /HTML block opened on line 11,/);
    // After a blank line the same table renders.
    assert.equal(parsePage(WEEK3, FM + lines('<div>', '', '| a | b |', '| --- | --- |', '| 1 | 2 |', '</div>')).tables.length, 1);
  });

  it('rows starting with a pipe and no delimiter row (after a fence, say) are shown as text: table.not-rendered', () => {
    const { findings } = lint(FM + lines(HEADER, DELIMITER, DAY_ROW, '', '```text', 'bill', '```', '| Storage | 1.25 |', '| Compute | 3.40 |'));
    const finding = single(findings, 'table.not-rendered');
    assert.match(finding.message, /needs a delimiter row/);
  });

  it('a delimiter row wider than the header still renders (Hugo adds an empty header cell); a narrower one does not', () => {
    const wider = lint(FM + lines('| Day | Task | Start Date | Completion Date |', DELIMITER, DAY_ROW, '| 3 | - Versioning | 09/16/2025 | 09/16/2025 |', '| 4 | - Lifecycle | 09/17/2025 | 09/17/2025 | | note |', '| 5 | - Review |'));
    assert.deepEqual(only(wider.findings, 'table.not-rendered'), []);
    assert.equal(wider.page.tables[0].columns, 5);
    // Rows of 4 or 5 cells fill the header's columns (the fifth shows under an empty header cell); 6 is too many, 2 too few.
    assert.deepEqual(only(wider.findings, 'table.row-cells').map((f) => f.message), [
      'This row has 6 cells but the table has 5 columns: the text of the last 1 will not show on the site.',
      'This row has 2 of 4 cells: "Start Date", "Completion Date" will show blank.',
    ]);
    const narrower = lint(FM + lines(HEADER, '| --- | --- | --- | --- |', DAY_ROW));
    single(narrower.findings, 'table.not-rendered');
  });

  it('a header split by a pipe inside a code span is shown as text', () => {
    const { findings } = lint(FM + lines(HEADER, DELIMITER, DAY_ROW, '', '| Flag | `a|b` | Meaning |', '| --- | --- | --- |', '| x | y | z |'));
    assert.match(single(findings, 'table.not-rendered').message, /header has 4 cells but the delimiter row under it has 3/);
  });

  it('a {{% notice %}} line right after a table ends it: no row-cells finding on the shortcode lines', () => {
    const { page, findings } = lint(FM + lines(HEADER, DELIMITER, DAY_ROW, '{{% notice info %}}', 'Keep the key safe.', '{{% /notice %}}'));
    assert.equal(page.tables[0].rows.length, 1);
    assert.deepEqual(only(findings, 'table.row-cells'), []);
    const inside = parsePage(WEEK3, FM + lines('{{% notice tip %}}', HEADER, DELIMITER, DAY_ROW, '{{% /notice %}}'));
    assert.equal(inside.tables[0].rows.length, 1);
  });

  it('a row with more cells than the table says their text will not show', () => {
    const { findings } = lint(FM + lines(HEADER, DELIMITER, '| 2 | - Budgets | 09/15/2025 | 09/15/2025 | | note |'));
    assert.equal(single(findings, 'table.row-cells').message, 'This row has 6 cells but the table has 5 columns: the text of the last 1 will not show on the site.');
  });

  it('a fence inside a list item ends with the item, and a table in a nested item renders', () => {
    const page = parsePage(WEEK3, FM + lines(HEADER, DELIMITER, DAY_ROW, '', '* **Diagram:**', '  ```', '  box', '* **Matrix:**', '  * **Roles:**', '    | Role | Read |', '    |------|------|', '    | Admin | yes |'));
    assert.deepEqual(page.tables.map((t) => t.header.cells.map((c) => c.text)), [
      ['Day', 'Task', 'Start Date', 'Completion Date', 'Reference Material'],
      ['Role', 'Read'],
    ]);
    assert.equal(page.brokenTables.length, 0);
  });
});

describe('front matter as Hugo reads it', () => {
  it('closes at a line that starts with --- (a long dash line); the rest of the page is the body', () => {
    const { page, findings } = lint(lines('---', 'title: "Week 3 Worklog"', 'weight: 3', '----------------------', '', HEADER, DELIMITER, DAY_ROW));
    assert.equal(page.frontMatter?.terminated, true);
    assert.deepEqual(page.frontMatter?.data, { title: 'Week 3 Worklog', weight: 3 });
    assert.equal(page.tables.length, 1);
    assert.deepEqual(only(findings, 'frontmatter.unterminated'), []);
  });

  it('never closed: the message says the Hugo build fails', () => {
    const { findings } = lint(lines('---', 'title: "Week 3 Worklog"', 'weight: 3', '', HEADER, DELIMITER, DAY_ROW));
    assert.match(single(findings, 'frontmatter.unterminated').message, /The site does not build.*EOF looking for end YAML front matter delimiter/);
  });
});

describe('day tables beyond one header vocabulary', () => {
  // Weeks 3 and 7 in both languages: the twin and the other week are there to go by.
  const twoWeeks = (en: string, vi: string): Map<string, Finding[]> => {
    const day = lines(HEADER, DELIMITER, DAY_ROW);
    const pages = [parsePage(WEEK3, FM + en), parsePage(WEEK3_VI, frontMatter(3) + vi), parsePage(WEEK7, frontMatter(7) + day), parsePage(WEEK7.replace('.md', '.vi.md'), frontMatter(7) + day)];
    const results = lintPages(pages);
    return new Map([...results].map(([p, f]) => [p.path, f]));
  };

  it('a column of dates and a column of days make `Date | Day | Topic | Detailed Activities` a table of days', () => {
    const { page, findings } = lint(FM + lines('| Date | Day | Topic | Detailed Activities |', '| --- | --- | --- | --- |', '| 15/09/2025 | Monday | IAM | - Users, groups and roles |', '| 16/09/2025 | Tuesday | VPC | - Subnets and route tables |'));
    assert.equal(page.tables[0].isDayTable, true);
    assert.deepEqual(only(findings, 'table.missing'), []);
  });

  it('`Work Content` and `Công việc đã hoàn thành` hold the task when the content says so', () => {
    const work = lint(FM + lines('| Day | Work Content | Start Date | Completion Date |', '| --- | --- | --- | --- |', '| 2 | - Lambda basics | 15/09/2025 | 15/09/2025 |'));
    assert.equal(work.page.tables[0].isDayTable, true);
    const done = lint(frontMatter(3) + lines('| Thứ | Công việc đã hoàn thành | Ngày bắt đầu | Ngày hoàn thành |', '| --- | --- | --- | --- |', '| 2 | - Bảng DynamoDB | 15/09/2025 | 15/09/2025 |'), WEEK3_VI);
    assert.equal(done.page.tables[0].isDayTable, true);
    assert.deepEqual(done.page.tables[0].roles, ['day', 'task', 'start', 'end']);
  });

  it('a table shaped like the twin\'s day table is the week\'s table of days, whatever its headers say', () => {
    const results = twoWeeks(
      lines('| When | What |', '| --- | --- |', '| Monday | Reading |', '| Tuesday | Labs |'),
      lines('| Thứ | Công việc |', '| --- | --- |', '| 2 | Đọc |', '| 3 | Lab |'),
    );
    assert.deepEqual(only(results.get(WEEK3) ?? [], 'table.missing'), []);
    // The site's other weeks count too: a header used for a table of days elsewhere is one here.
    const site = twoWeeks(lines('| Day | Task | Start Date | Completion Date | Reference Material |', DELIMITER, '| Mon | x | | | |'), lines('| Thứ | Công việc |', '| --- | --- |', '| 2 | Đọc |'));
    assert.deepEqual(only(site.get(WEEK3) ?? [], 'table.missing'), []);
    // Alone, the same page has nothing to go by: its table names neither a day nor a task.
    single(lint(FM + lines('| When | What |', '| --- | --- |', '| Monday | Reading |', '| Tuesday | Labs |')).findings, 'table.missing');
  });

  it('a table of numbered rows is still not a table of days', () => {
    single(lint(FM + lines('| No | Service | Notes |', '| --- | --- | --- |', '| 1 | S3 | storage for the static site |')).findings, 'table.missing');
  });
});
