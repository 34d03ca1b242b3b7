import * as assert from 'node:assert/strict';
import { parsePage } from '../../src/core';
import type { Page, Table } from '../../src/core';
import { normalizeLabel, roleFromHeader } from '../../src/core/page/columns';
import { DELIMITER, HEADER, WEEK3, covered, fixture, frontMatter, lines } from './helpers';

function tableOf(body: string): { page: Page; table: Table } {
  const page = parsePage(WEEK3, frontMatter(3) + body);
  assert.equal(page.tables.length, 1, `expected one table, got ${page.tables.length}`);
  return { page, table: page.tables[0] };
}

function texts(table: Table): string[][] {
  return table.rows.map((r) => r.cells.map((c) => c.text));
}

describe('day tables', () => {
  it('classifies the English template header', () => {
    const { table } = tableOf(lines(HEADER, DELIMITER, '| 2 | Read | 09/15/2025 | 09/15/2025 | |'));
    assert.deepEqual(table.roles, ['day', 'task', 'start', 'end', 'reference']);
    assert.equal(table.isDayTable, true);
    assert.equal(table.column('end'), 3);
    assert.equal(table.column('date'), -1);
  });

  it('classifies bold English headers', () => {
    const { table } = tableOf(lines('| **Day** | **Tasks** | **Start** | **End Date** | **Resources** |', '|:---:|---|---|---|---|', '| 2 | Read | 09/15/2025 | 09/15/2025 | |'));
    assert.deepEqual(table.roles, ['day', 'task', 'start', 'end', 'reference']);
  });

  it('classifies the Vietnamese template header', () => {
    const { table } = tableOf(lines('| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |', '| --- | --- | --- | --- | --- |', '| 2 | Đọc tài liệu | 15/09/2025 | 15/09/2025 | |'));
    assert.deepEqual(table.roles, ['day', 'task', 'start', 'end', 'reference']);
  });

  it('classifies other Vietnamese variants (STT, Nhiệm vụ, Bắt đầu, Kết thúc, Tài liệu tham khảo)', () => {
    const { table } = tableOf(lines('| STT | Nhiệm vụ | Bắt đầu | Ngày kết thúc | Tài liệu tham khảo |', '|---|---|---|---|---|', '| 1 | Đọc | 15/09/2025 | 15/09/2025 | |'));
    assert.deepEqual(table.roles, ['day', 'task', 'start', 'end', 'reference']);
  });

  it('reads a bold `Ngày` column holding dates as a date column (fixture)', () => {
    const page = parsePage(WEEK3, fixture('header-variants-vi.md'));
    assert.equal(page.tables.length, 1);
    assert.deepEqual(page.tables[0].roles, ['day', 'date', 'task', 'end', 'reference']);
    assert.equal(page.tables[0].isDayTable, true);
  });

  it('reads `Ngày` as the date when its cells are dates, and as the day when they are weekdays', () => {
    const dates = tableOf(lines('| Ngày | Nhiệm vụ |', '|---|---|', '| 15/09/2025 | Đọc |', '| 16/09/2025 | Viết |')).table;
    assert.deepEqual(dates.roles, ['date', 'task']);
    assert.equal(dates.isDayTable, true);
    const days = tableOf(lines('| Ngày | Nhiệm vụ |', '|---|---|', '| Thứ 2 | Đọc |', '| Thứ 3 | Viết |')).table;
    assert.deepEqual(days.roles, ['day', 'task']);
  });

  it('keeps a Day column of sub-days (6.1, 6.2) and ranges (2-3) a Day column', () => {
    const { table } = tableOf(lines('| Day | Task |', '|---|---|', '| 6.1 | a |', '| 6.2 | b |', '| 2-3 | c |'));
    assert.deepEqual(table.roles, ['day', 'task']);
  });

  it('reads a headerless first column of DD/MM, ISO or dashed dates as a date column', () => {
    for (const [a, b] of [['15/09', '16/09'], ['2025-09-15', '2025-09-16'], ['15-09-2025', '16-09-2025'], ['Sep 15, 2025', 'Sep 16, 2025']]) {
      const { table } = tableOf(lines('|  | Task |', '|---|---|', `| ${a} | x |`, `| ${b} | y |`));
      assert.deepEqual(table.roles, ['date', 'task'], a);
    }
  });

  it('normalises header labels: emphasis, HTML, punctuation, case and NFC', () => {
    assert.equal(normalizeLabel('**Task(s):**'), 'task s');
    assert.equal(normalizeLabel('<b>Ngày</b>'), 'ngày');
    assert.equal(roleFromHeader('Ngay\u0300 ba\u0306\u0301t đầu'), 'start');
    assert.equal(roleFromHeader(''), 'day');
    assert.equal(roleFromHeader('Remarks'), 'other');
  });

  it('a table without a Task column is not a day table', () => {
    const { table } = tableOf(lines('| Service | Price |', '|---|---|', '| S3 | 1 |'));
    assert.equal(table.isDayTable, false);
  });

  it('keeps rows with too few and too many cells as written', () => {
    const { table } = tableOf(lines(HEADER, DELIMITER, '| 2 | Read |', '| 3 | a | 09/16/2025 | 09/16/2025 | x | extra |'));
    assert.deepEqual(texts(table), [
      ['2', 'Read'],
      ['3', 'a', '09/16/2025', '09/16/2025', 'x', 'extra'],
    ]);
  });

  it('splits rows without outer pipes like rows with them', () => {
    const { page, table } = tableOf(lines('Day | Task | Start Date', '--- | --- | ---', '2 | Read | 09/15/2025', '| 3 | Write | 09/16/2025'));
    assert.deepEqual(texts(table), [
      ['2', 'Read', '09/15/2025'],
      ['3', 'Write', '09/16/2025'],
    ]);
    assert.equal(table.rows[0].leadingPipe, false);
    assert.equal(table.rows[0].trailingPipe, false);
    assert.equal(table.rows[1].leadingPipe, true);
    assert.equal(covered(page, table.rows[0].cells[2].span), '09/15/2025');
  });

  it('does not split on escaped pipes', () => {
    const { table } = tableOf(lines('| Day | Task |', '|---|---|', '| 2 | grep a \\| wc -l |'));
    assert.deepEqual(texts(table), [['2', 'grep a \\| wc -l']]);
  });

  it('gives each cell its trimmed span and its raw span between the pipes', () => {
    const { page, table } = tableOf(lines('| Day | Task |', '|---|---|', '|  2 |   |'));
    const [day, task] = table.rows[0].cells;
    assert.equal(covered(page, day.rawSpan), '  2 ');
    assert.equal(covered(page, day.span), '2');
    assert.equal(covered(page, task.rawSpan), '   ');
    assert.equal(task.span.start, task.span.end);
  });

  it('finds two tables separated by a heading, each with its own rows', () => {
    const page = parsePage(WEEK3, fixture('two-tables.md'));
    assert.equal(page.tables.length, 2);
    assert.deepEqual(
      page.tables.map((t) => t.rows.map((r) => r.cells[0].text)),
      [
        ['2', '3', '4'],
        ['3', '5'],
      ],
    );
    assert.deepEqual(
      page.tables.map((t) => t.header.line),
      [13, 20],
    );
  });

  it('ends a table at a blank line', () => {
    const page = parsePage(WEEK3, lines('| Day | Task |', '|---|---|', '| 2 | a |', '', '| 3 | b |'));
    assert.equal(page.tables.length, 1);
    assert.equal(page.tables[0].rows.length, 1);
  });

  it('ends a table at an HTML comment line, as GFM renderers do', () => {
    const page = parsePage(WEEK3, lines('| Day | Task |', '|---|---|', '| 2 | a |', '<!-- worklog-enable table.empty-cell -->', '| 3 | b |'));
    assert.equal(page.tables.length, 1);
    assert.deepEqual(texts(page.tables[0]), [['2', 'a']]);
  });

  it('keeps a row that starts with inline HTML in the table', () => {
    const page = parsePage(WEEK3, lines('| Day | Task |', '|---|---|', '<b>2</b> | a'));
    assert.deepEqual(texts(page.tables[0]), [['<b>2</b>', 'a']]);
  });

  it('ignores a table inside a fenced code block (backticks and tildes)', () => {
    for (const fence of ['```', '~~~~']) {
      const page = parsePage(WEEK3, lines(fence + 'markdown', HEADER, DELIMITER, '| 2 | a | b | c | d |', fence, '', '# After'));
      assert.equal(page.tables.length, 0, fence);
      assert.equal(page.brokenTables.length, 0, fence);
      assert.deepEqual(
        page.headings.map((h) => h.text),
        ['After'],
      );
    }
  });

  it('does not close a backtick fence with a shorter or different fence', () => {
    const page = parsePage(WEEK3, lines('````', '```', '~~~~', '| Day | Task |', '|---|---|', '````', '| Day | Task |', '|---|---|'));
    assert.equal(page.tables.length, 1);
    assert.equal(page.tables[0].header.line, 6);
  });

  it('puts a table whose delimiter row has a different cell count in brokenTables', () => {
    const page = parsePage(WEEK3, lines('| Day | Task | Start Date |', '| --- | --- |', '| 2 | a | 09/15/2025 |'));
    assert.equal(page.tables.length, 0);
    assert.equal(page.brokenTables.length, 1);
    const broken = page.brokenTables[0];
    assert.equal(broken.header.cells.length, 3);
    assert.equal(broken.delimiter.cells.length, 2);
  });

  it('does not take a thematic break or a one-cell line as a table', () => {
    const page = parsePage(WEEK3, lines('a | b', '---', '', 'text', '---'));
    assert.equal(page.tables.length, 0);
    assert.equal(page.brokenTables.length, 0);
  });

  it('opens a fenced code block on the first line after a BOM', () => {
    const page = parsePage(WEEK3, '\uFEFF```\n| Day | Task |\n|---|---|\n| 2 | a |\n```\n');
    assert.equal(page.tables.length, 0);
  });

  it('reads the header row of a table right after a BOM with no front matter', () => {
    const page = parsePage(WEEK3, '\uFEFF| Day | Task |\n|---|---|\n| 2 | a |\n');
    assert.equal(page.tables.length, 1);
    assert.deepEqual(page.tables[0].roles, ['day', 'task']);
  });
});
