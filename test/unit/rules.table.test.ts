import * as assert from 'node:assert/strict';
import { DELIMITER, HEADER, WEEK3, WEEK3_VI, codes, covered, fixAndRelint, fixture, frontMatter, lint, lines, only, range, single } from './helpers';

const FM = frontMatter(3);
const EMPTY_TABLE_EN = lines(HEADER, DELIMITER, '| 2 |  |  |  |  |', '| 3 |  |  |  |  |', '| 4 |  |  |  |  |', '| 5 |  |  |  |  |', '| 6 |  |  |  |  |');

describe('rule table.missing', () => {
  it('is information on the Tasks heading of a prose week, with a fix that inserts a table under it', () => {
    const body = lines('### Week 3 Objectives:', '', '* a', '', '### Tasks this week:', '', 'I read.');
    const { page, findings } = lint(FM + body);
    const finding = single(findings, 'table.missing');
    assert.equal(finding.severity, 'information');
    assert.equal(covered(page, finding.span), 'Tasks this week:');
    assert.deepEqual(range(page, finding.span), [10, 4, 10, 20]);
    assert.equal(finding.message, 'This week has no day table; reviewers expect one row per day with its task, dates and references.');
    const { text, findings: after } = fixAndRelint(page, finding);
    assert.equal(text, FM + lines('### Week 3 Objectives:', '', '* a', '', '### Tasks this week:') + EMPTY_TABLE_EN + lines('', 'I read.'));
    assert.deepEqual(only(after, 'table.missing'), []);
  });

  it('inserts a Vietnamese table at the end of a page without a Tasks heading, after a blank line', () => {
    const { page, findings } = lint('---\ntitle: Tuần 3\n---\nTôi đọc.', WEEK3_VI);
    const finding = single(findings, 'table.missing');
    assert.equal(covered(page, finding.span), '---');
    const { text } = fixAndRelint(page, finding);
    assert.equal(
      text,
      '---\ntitle: Tuần 3\n---\nTôi đọc.\n\n' +
        lines('| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |', '| --- | --- | --- | --- | --- |', '| 2 |  |  |  |  |', '| 3 |  |  |  |  |', '| 4 |  |  |  |  |', '| 5 |  |  |  |  |', '| 6 |  |  |  |  |'),
    );
  });

  it('leaves the line after the Tasks heading out of the inserted table', () => {
    const { page, findings } = lint(FM + lines('### Tasks this week:', 'I read the docs.'));
    const { text, findings: after } = fixAndRelint(page, single(findings, 'table.missing'));
    assert.equal(text, FM + lines('### Tasks this week:') + EMPTY_TABLE_EN + lines('', 'I read the docs.'));
    assert.deepEqual(only(after, 'table.row-cells'), []);
  });

  it('inserts the table after a Tasks heading that ends the page', () => {
    const { page, findings } = lint(FM + '### Tasks this week:');
    const { text } = fixAndRelint(page, single(findings, 'table.missing'));
    assert.ok(text.startsWith(FM + '### Tasks this week:\n'), JSON.stringify(text));
    assert.ok(text.endsWith(EMPTY_TABLE_EN), JSON.stringify(text));
  });

  it('keeps CRLF line endings in the inserted table', () => {
    const { page, findings } = lint('---\r\ntitle: Week 3\r\n---\r\n### Tasks\r\n\r\n');
    const { text } = fixAndRelint(page, single(findings, 'table.missing'));
    assert.equal(text, '---\r\ntitle: Week 3\r\n---\r\n### Tasks\r\n' + EMPTY_TABLE_EN.replace(/\n/g, '\r\n') + '\r\n');
  });

  it('offers no fix that would land inside an unclosed code fence', () => {
    const { findings } = lint(FM + lines('### Notes', '```', 'code'));
    assert.deepEqual(single(findings, 'table.missing').fixes, []);
  });

  it('is not raised when the front matter is never closed (frontmatter.unterminated says why)', () => {
    assert.deepEqual(codes(lint(fixture("unterminated-frontmatter.md"), WEEK7_PATH).findings), ['frontmatter.unterminated']);
  });

  it('is not raised for a page with a day table, nor for one whose table is not rendered', () => {
    assert.deepEqual(only(lint(FM + lines('| Day | Task |', '|---|---|', '| 2 | a |')).findings, 'table.missing'), []);
    assert.deepEqual(codes(lint(FM + lines('| Day | Task | Start |', '|---|---|', '| 2 | a | b |')).findings), ['table.not-rendered']);
  });

  it('is raised when the only table is not a day table', () => {
    assert.deepEqual(codes(lint(FM + lines('| Service | Price |', '|---|---|', '| S3 | 1 |')).findings), ['table.missing']);
  });

  it('is raised for the prose-week fixture on its first heading', () => {
    const { page, findings } = lint(fixture('prose-week.md'), WEEK7_PATH);
    const finding = single(findings, 'table.missing');
    assert.equal(covered(page, finding.span), 'Week 7 Objectives:');
  });
});

const WEEK7_PATH = 'content/1-Worklog/1.7-Week7/_index.md';

describe('rule table.not-rendered', () => {
  it('is a warning on the delimiter row, fixed to the header width', () => {
    const { page, findings } = lint(FM + lines('| Day | Task | Start Date |', '| --- | --- |', '| 2 | a | 09/15/2025 |'));
    const finding = single(findings, 'table.not-rendered');
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(range(page, finding.span), [7, 0, 7, 13]);
    assert.equal(finding.message, 'This table is shown as plain text: the header has 3 cells but the delimiter row under it has 2.');
    assert.equal(finding.fixes[0].title, 'Make the delimiter row 3 cells wide');
    const { text, findings: after } = fixAndRelint(page, finding);
    assert.equal(text, FM + lines('| Day | Task | Start Date |', '| --- | --- | --- |', '| 2 | a | 09/15/2025 |'));
    assert.deepEqual(codes(after), []);
  });

  it('keeps the outer-pipe style of the delimiter row', () => {
    const { page, findings } = lint(FM + lines('Day | Task | Start Date', '--- | ---', '2 | a | 09/15/2025'));
    const { text } = fixAndRelint(page, single(findings, 'table.not-rendered'));
    assert.equal(text, FM + lines('Day | Task | Start Date', '--- | --- | ---', '2 | a | 09/15/2025'));
  });
});

describe('rule table.row-cells', () => {
  it('flags a row with too few cells over the whole row and pads it', () => {
    const { page, findings } = lint(fixture('row-cells.md'));
    const few = only(findings, 'table.row-cells')[0];
    assert.equal(few.severity, 'warning');
    assert.equal(few.message, 'This row has 4 of 5 cells: "Reference Material" will show blank.');
    assert.deepEqual(range(page, few.span), [16, 0, 16, 71]);
    assert.equal(few.fixes[0].title, 'Add 1 empty cell');
    const { text } = fixAndRelint(page, few);
    assert.equal(text.split('\n')[16], '| 3 | Host a static website from the bucket | 09/23/2025 | 09/23/2025 |  |');
  });

  it('flags the extra cells of a row with too many and moves their text into the last cell', () => {
    const { page, findings } = lint(fixture('row-cells.md'));
    const many = only(findings, 'table.row-cells')[1];
    assert.equal(many.message, 'This row has 6 cells but the table has 5 columns: the text of the last 1 will not show on the site.');
    assert.equal(covered(page, many.span), ' asked the mentor which metric to use |');
    assert.equal(many.fixes[0].title, 'Move the extra text into the last cell');
    const { text } = fixAndRelint(page, many);
    assert.equal(
      text.split('\n')[17],
      '| 4 | Add a CloudWatch alarm on bucket size | 09/24/2025 | 09/24/2025 | <https://000008.awsstudygroup.com/> <br> asked the mentor which metric to use |',
    );
  });

  it('does not flag rows without an outer pipe that have the right cell count (fixture)', () => {
    assert.equal(only(lint(fixture('row-cells.md')).findings, 'table.row-cells').length, 2);
  });

  it('pads a row without a trailing pipe by closing its last cell first', () => {
    const { page, findings } = lint(FM + lines('| Day | Task | Start Date |', '| --- | --- | --- |', '| 3 | b'));
    const finding = single(findings, 'table.row-cells');
    assert.equal(finding.message, 'This row has 2 of 3 cells: "Start Date" will show blank.');
    const { text, findings: after } = fixAndRelint(page, finding);
    assert.equal(text, FM + lines('| Day | Task | Start Date |', '| --- | --- | --- |', '| 3 | b |  |'));
    assert.deepEqual(only(after, 'table.row-cells'), []);
  });

  it('pads two missing cells and names both columns', () => {
    const { page, findings } = lint(FM + lines('| Day | Task | Start Date |', '| --- | --- | --- |', '| 2 |'));
    const finding = single(findings, 'table.row-cells');
    assert.equal(finding.message, 'This row has 1 of 3 cells: "Task", "Start Date" will show blank.');
    assert.equal(finding.fixes[0].title, 'Add 2 empty cells');
    assert.equal(fixAndRelint(page, finding).text, FM + lines('| Day | Task | Start Date |', '| --- | --- | --- |', '| 2 |  |  |'));
  });

  it('removes extra empty cells', () => {
    const { page, findings } = lint(FM + lines('| Day | Task |', '| --- | --- |', '| 5 | d | | |'));
    const finding = single(findings, 'table.row-cells');
    assert.equal(finding.fixes[0].title, 'Remove the extra empty cells');
    assert.equal(fixAndRelint(page, finding).text, FM + lines('| Day | Task |', '| --- | --- |', '| 5 | d |'));
  });

  it('merges extra cells of a row with no outer pipes', () => {
    const { page, findings } = lint(FM + lines('Day | Task', '--- | ---', '4 | c | extra | more'));
    const finding = single(findings, 'table.row-cells');
    assert.equal(finding.message, 'This row has 4 cells but the table has 2 columns: the text of the last 2 will not show on the site.');
    assert.equal(fixAndRelint(page, finding).text, FM + lines('Day | Task', '--- | ---', '4 | c <br> extra <br> more'));
  });

  it('counts an escaped pipe as text, not a cell boundary', () => {
    assert.deepEqual(only(lint(FM + lines('| Day | Task |', '| --- | --- |', '| 2 | a \\| b |')).findings, 'table.row-cells'), []);
  });
});

describe('rule table.empty-cell', () => {
  it('warns for empty Task, Start and Completion cells and leaves an empty Reference cell alone (fixture)', () => {
    const { page, findings } = lint(fixture('empty-cells.md'), 'content/1-Worklog/1.4-Week4/_index.md');
    assert.deepEqual(
      only(findings, 'table.empty-cell').map((f) => [f.severity, f.message, ...range(page, f.span)]),
      [
        ['warning', 'The "Task" cell of this row is empty.', 15, 5, 15, 7],
        ['warning', 'The "Start Date" cell of this row is empty.', 16, 34, 16, 36],
        ['warning', 'The "Completion Date" cell of this row is empty.', 17, 43, 17, 45],
      ],
    );
  });

  it('treats &nbsp; and <br> as empty, and has no fix', () => {
    const { findings } = lint(FM + lines(HEADER, DELIMITER, '| 2 | &nbsp; | <br> | &emsp; |  |'));
    assert.deepEqual(
      only(findings, 'table.empty-cell').map((f) => [f.severity, f.message, f.fixes.length]),
      [
        ['warning', 'The "Task" cell of this row is empty.', 0],
        ['warning', 'The "Start Date" cell of this row is empty.', 0],
        ['warning', 'The "Completion Date" cell of this row is empty.', 0],
      ],
    );
  });

  for (const none of ['-', '–', '—', 'N/A', 'n/a', 'None', 'Không', 'x']) {
    it(`counts a written "none" (${none}) as content, not an empty cell`, () => {
      const { findings } = lint(FM + lines('| Day | Task | Reference Material |', '|---|---|---|', `| 2 | ${none} | ${none} |`));
      assert.deepEqual(only(findings, 'table.empty-cell'), []);
    });
  }

  it('uses the header text as written, Vietnamese included', () => {
    const { findings } = lint(FM + lines('| Thứ | **Công việc** |', '|---|---|', '| 2 |  |'));
    assert.equal(single(findings, 'table.empty-cell').message, 'The "**Công việc**" cell of this row is empty.');
  });

  it('does not check a missing cell (that is table.row-cells) nor the Day column', () => {
    const { findings } = lint(FM + lines(HEADER, DELIMITER, '|  | a | 09/15/2025 | 09/15/2025 |'));
    assert.deepEqual(codes(findings), ['table.row-cells']);
  });

  it('does not check tables that are not day tables', () => {
    const { findings } = lint(FM + lines('| Day | Task |', '|---|---|', '| 2 | a |', '', '| Service | Price |', '|---|---|', '| S3 |  |'));
    assert.deepEqual(codes(findings), []);
  });
});

describe('rule day.duplicate', () => {
  it('does not flag rows that share one Day and one date: sub-rows of that day (fixture)', () => {
    const { findings } = lint(fixture('duplicate-day.md'), 'content/1-Worklog/1.4-Week4/_index.md');
    assert.deepEqual(only(findings, 'day.duplicate'), []);
  });

  it('flags a repeated Day on another date, pointing back at the first', () => {
    const { page, findings } = lint(FM + lines(HEADER, DELIMITER, '| 1 | a | 09/29/2025 | 09/29/2025 | x |', '| 2 | b | 09/30/2025 | 09/30/2025 | x |', '| 2 | c | 10/01/2025 | 10/01/2025 | x |'));
    const finding = single(findings, 'day.duplicate');
    assert.equal(finding.severity, 'warning');
    assert.equal(covered(page, finding.span), '2');
    assert.equal(page.lines.lineText(page.lines.positionAt(finding.span.start).line).includes('| c |'), true);
    assert.match(finding.message, /^Day "2" already appears on line \d+ of this table/);
    assert.equal(finding.related.length, 1);
    assert.deepEqual(finding.fixes, []);
  });

  it('leaves a weekday Day on two dates to day.weekday-mismatch: one finding for one wrong Day', () => {
    const { findings } = lint(FM + lines(HEADER, DELIMITER, '| 2 | a | 09/29/2025 | 09/29/2025 | x |', '| 2 | b | 09/30/2025 | 09/30/2025 | x |'));
    assert.deepEqual(codes(findings), ['day.weekday-mismatch']);
  });

  it('does not flag sub-days 6.1 / 6.2 or empty Day cells', () => {
    const { findings } = lint(FM + lines('| Day | Task |', '|---|---|', '| 6.1 | a |', '| 6.2 | b |', '|  | c |', '|  | d |'));
    assert.deepEqual(codes(findings), []);
  });

  it('compares Day values without emphasis, case or spacing differences', () => {
    const { page, findings } = lint(FM + lines('| Day | Task |', '|---|---|', '| Thứ 2 | a |', '| **thứ  2** | b |'));
    assert.equal(covered(page, single(findings, 'day.duplicate').span), '**thứ  2**');
  });

  it('checks each table on its own', () => {
    assert.deepEqual(only(lint(fixture('two-tables.md'), 'content/1-Worklog/1.6-Week6/_index.md').findings, 'day.duplicate'), []);
  });

  it('flags every repeat after the first', () => {
    const { findings } = lint(FM + lines('| Day | Task |', '|---|---|', '| 2 | a |', '| 2 | b |', '| 2 | c |'));
    assert.equal(only(findings, 'day.duplicate').length, 2);
  });
});

// The codes this file covers; rules added later (dates, links) have their own expectations.
const COVERED = /^(frontmatter\.(missing|unterminated|yaml)|week\.(number-mismatch|weight)|table\.(missing|not-rendered|row-cells|empty-cell)|day\.duplicate)$/;

describe('fixtures the rules must leave alone', () => {
  for (const name of ['valid-en-mdy.md', 'valid-vi-dmy.md', 'bom-crlf.md', 'two-tables.md', 'header-variants-vi.md', 'no-final-newline.md']) {
    it(`${name} has no frontmatter, week, table or day.duplicate findings`, () => {
      const week = /title: "[^"\d]*(\d+)/.exec(fixture(name))?.[1] ?? '3';
      const suffix = name.includes('-vi') ? '.vi' : '';
      const { findings } = lint(fixture(name), `content/1-Worklog/1.${week}-Week${week}/_index${suffix}.md`);
      assert.deepEqual(codes(findings).filter((c) => COVERED.test(c)), []);
    });
  }
  it('uses the path of a Vietnamese twin for the twin fixture', () => {
    assert.equal(lint('', WEEK3_VI).page.identity.language, 'vi');
    assert.equal(lint('', WEEK3).page.identity.language, undefined);
  });
});
