// The row-writing aids (New day row, Insert Day Row, Weeks view Add Day Row) share nextRow: the row they write
// must pass the checks on full and partial weeks, DMY and MDY, English and Vietnamese pages, and keep blank lines.
import * as assert from 'node:assert/strict';
import { contextDates, dayTables, defaultConfig, lintPage, parsePage } from '../../src/core';
import { keptBlankLine, nextRow, rowSlotAt, rowText } from '../../src/editor/dayRows';

const EN = 'content/1-Worklog/1.4-Week4/_index.md';
const VI = 'content/1-Worklog/1.4-Week4/_index.vi.md';

interface Day {
  readonly day: string;
  readonly date: string;
}

/** A week-4 page with its table, then a blank line and the next heading. */
function page(header: string, days: readonly Day[]): string {
  const rows = days.map((d, i) => `| ${d.day} | - Task ${i + 1} | ${d.date} | ${d.date} | <https://000004.awsstudygroup.com/> |`);
  return [
    '---',
    'title: "Week 4 Worklog"',
    'weight: 4',
    'chapter: false',
    'pre: " <b> 1.4. </b> "',
    '---',
    '',
    '### Tasks this week:',
    header,
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '### Results:',
    '',
    '* Done.',
    '',
  ].join('\n');
}

const EN_HEADER = '| Day | Task | Start Date | Completion Date | Reference Material |';
const VI_HEADER = '| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |';

/** What a user gets by accepting "New day row" on the blank line below the table and filling its task and link. */
function acceptNewDayRow(path: string, text: string): { text: string; row: ReturnType<typeof nextRow> } {
  const parsed = parsePage(path, text);
  const table = dayTables(parsed)[0];
  const slotLine = table.rows[table.rows.length - 1].line + 1;
  const slot = rowSlotAt(parsed, slotLine, parsed.lines.lineText(slotLine));
  assert.ok(slot, 'the blank line below the table is a slot for a new row');
  const row = nextRow(contextDates(parsed, defaultConfig, undefined, []), slot.table, slotLine);
  const lines = text.split('\n');
  const filled = rowText(row, false).replace('| - ', '| - Typed task').replace(/\| {2}\|$/, '| <https://000004.awsstudygroup.com/> |');
  const written = filled + keptBlankLine(parsed, slotLine);
  lines.splice(slotLine, 1, ...written.split('\n'));
  return { text: lines.join('\n'), row };
}

function findings(path: string, text: string): string[] {
  return lintPage(parsePage(path, text)).map((f) => `${f.code}@${f.message}`);
}

const days = (labels: readonly string[], dates: readonly string[]): Day[] => labels.map((day, i) => ({ day, date: dates[i] }));
// 2025-09-22 is a Monday.
const DMY = ['22/09/2025', '23/09/2025', '24/09/2025', '25/09/2025', '26/09/2025', '27/09/2025', '28/09/2025'];
const MDY = ['09/22/2025', '09/23/2025', '09/24/2025', '09/25/2025', '09/26/2025', '09/27/2025', '09/28/2025'];
const EN_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const VI_DAYS = ['2', '3', '4', '5', '6', '7', 'CN'];

const cases = [
  { name: 'EN, MDY', path: EN, header: EN_HEADER, labels: EN_DAYS, dates: MDY, saturday: ['Saturday', '09/27/2025'] },
  { name: 'EN, DMY', path: EN, header: EN_HEADER, labels: EN_DAYS, dates: DMY, saturday: ['Saturday', '27/09/2025'] },
  { name: 'VI, DMY', path: VI, header: VI_HEADER, labels: VI_DAYS, dates: DMY, saturday: ['7', '27/09/2025'] },
  { name: 'VI, MDY', path: VI, header: VI_HEADER, labels: VI_DAYS, dates: MDY, saturday: ['7', '09/27/2025'] },
];

describe('New day row', () => {
  for (const c of cases) {
    describe(c.name, () => {
      it('on a week with Monday to Friday, writes Saturday of the same week and no new finding', () => {
        const before = page(c.header, days(c.labels.slice(0, 5), c.dates));
        const { text, row } = acceptNewDayRow(c.path, before);
        assert.equal(row.full, false);
        assert.deepEqual([row.day, row.date], c.saturday);
        assert.deepEqual(findings(c.path, text), findings(c.path, before));
      });

      it('on a partial week (Monday to Wednesday), writes Thursday and no new finding', () => {
        const before = page(c.header, days(c.labels.slice(0, 3), c.dates));
        const { text, row } = acceptNewDayRow(c.path, before);
        assert.deepEqual([row.day, row.date], [c.labels[3], c.dates[3]]);
        assert.deepEqual(findings(c.path, text), findings(c.path, before));
      });

      it('on a week that reaches Sunday, writes nothing: the week is full', () => {
        const before = page(c.header, days(c.labels, c.dates));
        assert.equal(acceptNewDayRow(c.path, before).row.full, true);
      });
    });
  }

  it('keeps the blank line between the table and the next heading', () => {
    const before = page(EN_HEADER, days(EN_DAYS.slice(0, 2), MDY));
    const { text } = acceptNewDayRow(EN, before);
    const lines = text.split('\n');
    const heading = lines.indexOf('### Results:');
    assert.equal(lines[heading - 1], '', 'a blank line stays above the next heading');
    assert.match(lines[heading - 2], /^\| Wednesday \| - Typed task \| 09\/24\/2025 \|/);
  });

  it('on a table with weekdays and no dates, continues after Friday with Saturday, and stops after Sunday', () => {
    const noDates = (labels: readonly string[]) => page(EN_HEADER, labels.map((day) => ({ day, date: '' })));
    const friday = acceptNewDayRow(EN, noDates(EN_DAYS.slice(0, 5)));
    assert.equal(friday.row.day, 'Saturday');
    assert.equal(acceptNewDayRow(EN, noDates(EN_DAYS)).row.full, true);
  });

  it('continues after a row whose Completion Date is later than its Start Date', () => {
    const text = page(EN_HEADER, days(EN_DAYS.slice(0, 1), MDY)).replace('| 09/22/2025 | 09/22/2025 |', '| 09/22/2025 | 09/24/2025 |');
    const { row } = acceptNewDayRow(EN, text);
    assert.deepEqual([row.day, row.date], ['Thursday', '09/25/2025']);
  });
});
