import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Config, Finding, Page, applyEdits, defaultConfig, lintPage, lintPages, parsePage } from '../../src/core';
import { dayNumber, formatIso, fromDayNumber, mondayOf, weekdayOf } from '../../src/core/dates/dates';
import { DayStyle, formatWeekday } from '../../src/core/dates/days';

// The codes this file is about; other rules' findings are other tests' business.
const DATE_CODES = new Set([
  'date.invalid',
  'date.mixed-order',
  'date.missing-year',
  'date.range-order',
  'date.outside-week',
  'date.row-order',
  'day.weekday-mismatch',
  'frontmatter.date-invalid',
  'frontmatter.date-mismatch',
  'week.dates-sequence',
  'twin.mismatch',
]);

const FIXTURES = path.join(__dirname, '..', 'fixtures');
const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, 'pages', name), 'utf8');

function dateFindings(page: Page, config?: Config): Finding[] {
  return lintPage(page, { config }).filter((f) => DATE_CODES.has(f.code));
}

/** `code@line:severity`, lines 1-based as in the fixture README. */
function summary(page: Page, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.code}@${page.lines.positionAt(f.span.start).line + 1}:${f.severity}`);
}

/** [line, character, endLine, endCharacter], zero-based, as the editor shows it. */
function range(page: Page, span: { start: number; end: number }): [number, number, number, number] {
  const r = page.lines.rangeOf(span);
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

/** The zero-based range of `text` on 1-based `line` of the page: where a finding on it must point. */
function rangeOf(page: Page, line: number, text: string, nth = 0): [number, number, number, number] {
  const content = page.lines.lineText(line - 1);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = content.indexOf(text, at + 1);
  assert.ok(at >= 0, `"${text}" not on line ${line}`);
  return [line - 1, at, line - 1, at + text.length];
}

/** The text a span covers. */
function covered(page: Page, span: { start: number; end: number }): string {
  return page.text.slice(span.start, span.end);
}

function fixed(page: Page, finding: Finding, which = 0): string {
  assert.ok(finding.fixes.length > which, `${finding.code} has no fix ${which}`);
  return applyEdits(page.text, finding.fixes[which].edits);
}

function lineOf(text: string, line: number): string {
  return text.split(/\r?\n/)[line - 1];
}

describe('date rules on the fixture pages', () => {
  const cases: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['valid-en-mdy.md', 'content/1-Worklog/1.2-Week2/_index.md', []],
    ['valid-vi-dmy.md', 'content/1-Worklog/1.2-Week2/_index.vi.md', []],
    ['ambiguous-order-dmy.md', 'content/1-Worklog/1.5-Week5/_index.md', []],
    ['bom-crlf.md', 'content/1-Worklog/1.3-Week3/_index.md', []],
    ['no-final-newline.md', 'content/1-Worklog/1.4-Week4/_index.md', []],
    ['no-frontmatter.md', 'content/1-Worklog/1.6-Week6/_index.md', []],
    ['yaml-error.md', 'content/1-Worklog/1.8-Week8/_index.md', []],
    ['weight-not-integer.md', 'content/1-Worklog/1.1-Week1/_index.md', []],
    ['row-cells.md', 'content/1-Worklog/1.3-Week3/_index.md', []],
    ['empty-cells.md', 'content/1-Worklog/1.4-Week4/_index.md', []],
    ['duplicate-day.md', 'content/1-Worklog/1.4-Week4/_index.md', []],
    ['prose-week.md', 'content/1-Worklog/1.7-Week7/_index.md', []],
    ['header-variants-vi.md', 'content/1-Worklog/1.6-Week6/_index.vi.md', []],
    ['inline-html.md', 'content/1-Worklog/1.2-Week2/_index.md', []],
    ['day-ordinal.md', 'content/1-Worklog/1.3-Week3/_index.md', []],
    ['date-offset.md', 'content/1-Worklog/1.6-Week6/_index.md', []],
    ['r-sys-date.md', 'content/1-Worklog/1.3-Week3/_index.md', ['frontmatter.date-invalid@3:error']],
    ['r-sys-date-no-backticks.md', 'content/1-Worklog/1.7-Week7/_index.md', ['frontmatter.date-invalid@3:error']],
    ['date-empty.md', 'content/1-Worklog/1.4-Week4/_index.md', ['frontmatter.date-invalid@3:error']],
    ['date-placeholder.md', 'content/1-Worklog/1.6-Week6/_index.md', ['frontmatter.date-mismatch@3:information']],
    ['date-far.md', 'content/1-Worklog/1.6-Week6/_index.md', ['frontmatter.date-mismatch@3:information']],
    ['two-tables.md', 'content/1-Worklog/1.6-Week6/_index.md', ['day.weekday-mismatch@24:warning']],
    ['suppression.md', 'content/1-Worklog/1.3-Week3/_index.md', ['day.weekday-mismatch@19:warning']],
    ['day-weekday-mismatch.md', 'content/1-Worklog/1.2-Week2/_index.md', ['day.weekday-mismatch@19:warning']],
    ['date-invalid.md', 'content/1-Worklog/1.8-Week8/_index.vi.md', ['date.invalid@17:error', 'date.invalid@18:error', 'date.invalid@20:error']],
    ['date-mixed-order.md', 'content/1-Worklog/1.2-Week2/_index.md', ['date.mixed-order@18:warning']],
    [
      'date-missing-year.md',
      'content/1-Worklog/1.6-Week6/_index.vi.md',
      ['date.missing-year@16:information'],
    ],
    ['date-range-order.md', 'content/1-Worklog/1.3-Week3/_index.md', ['date.range-order@18:error']],
    ['date-outside-week.md', 'content/1-Worklog/1.3-Week3/_index.md', ['date.outside-week@19:warning']],
    ['date-row-order.md', 'content/1-Worklog/1.3-Week3/_index.md', ['date.row-order@18:information']],
  ];
  for (const [file, lintAs, expected] of cases) {
    it(`${file}: ${expected.length === 0 ? 'nothing' : expected.join(', ')}`, () => {
      const page = parsePage(lintAs, fixture(file));
      assert.deepEqual(summary(page, dateFindings(page)), expected);
    });
  }
});

describe('date rules: ranges, messages and fixes on the fixtures', () => {
  const load = (file: string, lintAs: string) => {
    const page = parsePage(lintAs, fixture(file));
    return { page, findings: dateFindings(page) };
  };

  it('date.invalid points at each bad date and offers no guess', () => {
    const { page, findings } = load('date-invalid.md', 'content/1-Worklog/1.8-Week8/_index.vi.md');
    assert.deepEqual(
      findings.map((f) => range(page, f.span)),
      [rangeOf(page, 17, '28/10/20255'), rangeOf(page, 18, '029/10/2025'), rangeOf(page, 20, '31/02/2025')],
    );
    assert.deepEqual(
      findings.map((f) => f.message),
      [
        '28/10/20255 is not a date: the year 20255 has five digits.',
        '029/10/2025 is not a date: 029 has three digits (a day or a month has at most two).',
        '31/02/2025 is not a date: February 2025 has no day 31 (day-first), and there is no month 31 (month-first).',
      ],
    );
    assert.ok(findings.every((f) => f.fixes.length === 0));
  });

  it('day.weekday-mismatch names both sides and sets the Day in the table’s style', () => {
    const { page, findings } = load('day-weekday-mismatch.md', 'content/1-Worklog/1.2-Week2/_index.md');
    const [f] = findings;
    assert.deepEqual(range(page, f.span), rangeOf(page, 19, '5'));
    assert.equal(f.message, 'Day 5 is Thursday but 09/19/2025 is a Friday (dates in this page are month-first: 09/15/2025 has no month 15).');
    assert.equal(f.fixes[0].title, 'Set Day to 6 (Friday)');
    assert.equal(lineOf(fixed(page, f), 19), lineOf(page.text, 19).replace('| 5 |', '| 6 |'));
  });

  it('date.mixed-order reports the decision once, relates the other cells and rewrites them all into the page’s order', () => {
    const { page, findings } = load('date-mixed-order.md', 'content/1-Worklog/1.2-Week2/_index.md');
    assert.deepEqual(
      findings.map((f) => range(page, f.span)),
      [rangeOf(page, 18, '17/09/2025', 0)],
    );
    assert.deepEqual(findings[0].related.map((r) => range(page, r.span ?? { start: 0, end: 0 })), [rangeOf(page, 18, '17/09/2025', 1)]);
    assert.match(findings[0].message, /^17\/09\/2025 and one other date are written day-first, but this page writes its dates month-first: 09\/15\/2025 has no month 15; .*rewrite them month-first \(17\/09\/2025 is 09\/17\/2025\)\.$/);
    assert.equal(findings[0].fixes[0].title, 'Write the 2 dates month-first');
    const both = applyEdits(page.text, findings[0].fixes[0].edits);
    assert.equal(lineOf(both, 18), lineOf(page.text, 18).replaceAll('17/09/2025', '09/17/2025'));
    assert.deepEqual(dateFindings(parsePage(page.path, both)), []);
  });

  it('date.missing-year adds the year the page implies, in the cell’s own shape', () => {
    const { page, findings } = load('date-missing-year.md', 'content/1-Worklog/1.6-Week6/_index.vi.md');
    assert.deepEqual(range(page, findings[0].span), rangeOf(page, 16, '13/10'));
    assert.equal(findings.length, 1);
    assert.equal(findings[0].message, '13/10 and 3 other dates of this page have no year; the front matter date puts them in 2025.');
    assert.equal(findings[0].related.length, 3);
    assert.equal(findings[0].fixes[0].title, 'Add the year to the 4 dates without one');
    const all = applyEdits(page.text, findings[0].fixes[0].edits);
    assert.equal(lineOf(all, 16), lineOf(page.text, 16).replaceAll('13/10', '13/10/2025'));
    assert.equal(lineOf(all, 17), lineOf(page.text, 17).replaceAll('14/10', '14/10/2025'));
    assert.deepEqual(dateFindings(parsePage(page.path, all)), []);
  });

  it('date.range-order points at the completion date and relates the start', () => {
    const { page, findings } = load('date-range-order.md', 'content/1-Worklog/1.3-Week3/_index.md');
    assert.deepEqual(range(page, findings[0].span), rangeOf(page, 18, '09/24/2025'));
    assert.deepEqual(range(page, findings[0].related[0].span ?? { start: 0, end: 0 }), rangeOf(page, 18, '09/25/2025'));
    assert.equal(findings[0].message, 'Completion 09/24/2025 (Wed 24 Sep 2025) is before the start 09/25/2025 (Thu 25 Sep 2025).');
  });

  it('date.outside-week names the date and the week the others share', () => {
    const { page, findings } = load('date-outside-week.md', 'content/1-Worklog/1.3-Week3/_index.md');
    assert.deepEqual(range(page, findings[0].span), rangeOf(page, 19, '10/02/2025'));
    assert.equal(
      findings[0].message,
      '10/02/2025 (Thu 2 Oct 2025) is outside the week the other 3 rows share, 22–28 Sep 2025 (dates in this page are month-first: 09/22/2025 has no month 22).',
    );
  });

  it('date.row-order points at the first row that goes back in time', () => {
    const { page, findings } = load('date-row-order.md', 'content/1-Worklog/1.3-Week3/_index.md');
    assert.deepEqual(range(page, findings[0].span), rangeOf(page, 18, '09/23/2025'));
  });

  it('frontmatter.date-invalid sets the week’s first date inside the quotes', () => {
    for (const [file, lintAs, first] of [
      ['r-sys-date.md', 'content/1-Worklog/1.3-Week3/_index.md', '2025-09-22'],
      ['r-sys-date-no-backticks.md', 'content/1-Worklog/1.7-Week7/_index.md', '2025-10-20'],
      ['date-empty.md', 'content/1-Worklog/1.4-Week4/_index.md', '2025-09-29'],
    ]) {
      const { page, findings } = load(file, lintAs);
      assert.equal(page.text.slice(findings[0].span.start, findings[0].span.end), lineOf(page.text, 3).replace('date: ', ''), file);
      assert.equal(lineOf(fixed(page, findings[0]), 3), `date: "${first}"`, file);
    }
  });

  it('frontmatter.date-mismatch sets the week’s first date', () => {
    const { page, findings } = load('date-placeholder.md', 'content/1-Worklog/1.6-Week6/_index.md');
    assert.deepEqual(range(page, findings[0].span), rangeOf(page, 3, '2024-01-01'));
    assert.equal(findings[0].message, "date 2024-01-01 is the template's placeholder; this week's rows start on 2025-10-13.");
    assert.equal(lineOf(fixed(page, findings[0]), 3), 'date: 2025-10-13');
    const far = load('date-far.md', 'content/1-Worklog/1.6-Week6/_index.md');
    assert.equal(far.findings[0].message, "date 2025-08-25 is 49 days from this week's rows (2025-10-13 to 2025-10-14); the week starts on 2025-10-13.");
  });

  it('a fix keeps the BOM and CRLF of the page', () => {
    const text = fixture('bom-crlf.md').replace('date: "2025-09-22"', 'date: ""');
    const page = parsePage('content/1-Worklog/1.3-Week3/_index.md', text);
    const after = fixed(page, dateFindings(page)[0]);
    assert.equal(after, text.replace('date: ""', 'date: "2025-09-22"'));
    assert.ok(after.startsWith('\uFEFF---\r\n'));
  });
});

// Inline pages: a front matter, a heading, one table.
const EN_PATH = 'content/1-Worklog/1.3-Week3/_index.md';
const VI_PATH = 'content/1-Worklog/1.3-Week3/_index.vi.md';
const EN_HEADER = ['| Day | Task | Start Date | Completion Date | Reference Material |', '| --- | --- | --- | --- | --- |'];
const VI_HEADER = ['| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |', '| --- | --- | --- | --- | --- |'];
const LAB = '<https://000001.awsstudygroup.com/>';
const TABLE_LINE = 9;

function weekPage(rows: ReadonlyArray<readonly [string, string, string?]>, options: { vi?: boolean; date?: string; lintAs?: string; eol?: string } = {}): Page {
  const header = options.vi ? VI_HEADER : EN_HEADER;
  const front = ['---', `title: "${options.vi ? 'Tuần' : 'Week'} 3"`, ...(options.date !== undefined ? [`date: ${options.date}`] : []), 'weight: 3', '---', '', '### Tasks', ''];
  while (front.length < TABLE_LINE - 1) front.push('');
  const body = rows.map(([day, start, end]) => `| ${day} | Study | ${start} | ${end ?? start} | ${LAB} |`);
  return parsePage(options.lintAs ?? (options.vi ? VI_PATH : EN_PATH), [...front, ...header, ...body].join(options.eol ?? '\n') + (options.eol ?? '\n'));
}

/** 1-based line of body row `i` (0-based) in a `weekPage`. */
const rowLine = (page: Page, i: number) => page.text.split(/\r?\n/).findIndex((l) => l.startsWith('| ---')) + 2 + i;

describe('day.weekday-mismatch: every Day convention, EN and VI', () => {
  // Row 3 (index 2) says Wednesday's Day but is dated Thursday 18 Sep 2025; the fix writes Thursday the table's way.
  const cases: ReadonlyArray<readonly [string, readonly string[], boolean, string, string]> = [
    ['numbers 2…7', ['2', '3', '4'], false, '4', '5'],
    ['bold numbers', ['**2**', '**3**', '**4**'], false, '4', '5'],
    ['Thứ N', ['Thứ 2', 'Thứ 3', 'Thứ 4'], true, 'Thứ 4', 'Thứ 5'],
    ['T N', ['T2', 'T3', 'T4'], true, 'T4', 'T5'],
    ['Thứ Hai', ['Thứ Hai', 'Thứ Ba', 'Thứ Tư'], true, 'Thứ Tư', 'Thứ Năm'],
    ['Thứ hai (sentence case)', ['Thứ hai', 'Thứ ba', 'Thứ tư'], true, 'Thứ tư', 'Thứ năm'],
    ['bare Hai/Ba/Tư', ['Hai', 'Ba', 'Tư'], true, 'Tư', 'Năm'],
    ['Mon', ['Mon', 'Tue', 'Wed'], false, 'Wed', 'Thu'],
    ['MONDAY', ['MONDAY', 'TUESDAY', 'WEDNESDAY'], false, 'WEDNESDAY', 'THURSDAY'],
    ['Monday with extra text', ['**Monday**<br>(Day 1)', '**Tuesday**<br>(Day 2)', '**Wednesday**<br>(Day 3)'], false, 'Wednesday', 'Thursday'],
    ['Day N', ['Day 2', 'Day 3', 'Day 4'], false, 'Day 4', 'Day 5'],
    ['Ngày N', ['Ngày 2', 'Ngày 3', 'Ngày 4'], true, 'Ngày 4', 'Ngày 5'],
  ];
  for (const [name, days, vi, wrong, right] of cases) {
    it(`${name}: ${wrong} on a Thursday → ${right}`, () => {
      const dates = vi ? ['15/09/2025', '16/09/2025', '18/09/2025'] : ['09/15/2025', '09/16/2025', '09/18/2025'];
      const page = weekPage(days.map((d, i) => [d, dates[i]] as const), { vi });
      const findings = dateFindings(page);
      assert.deepEqual(summary(page, findings), [`day.weekday-mismatch@${rowLine(page, 2)}:warning`]);
      const line = rowLine(page, 2);
      assert.deepEqual(range(page, findings[0].span), rangeOf(page, line, days[2]));
      assert.ok(findings[0].message.includes(`but ${dates[2]} is a Thursday`), findings[0].message);
      assert.equal(lineOf(fixed(page, findings[0]), line), lineOf(page.text, line).replace(wrong, right));
    });
  }

  const silent: ReadonlyArray<readonly [string, ReadonlyArray<readonly [string, string, string?]>, boolean]> = [
    ['a range that contains the weekday', [['2', '09/15/2025'], ['7 - CN', '09/20/2025', '09/21/2025']], false],
    ['Mon - Tue over Tuesday', [['Mon - Tue', '09/16/2025']], false],
    ['Saturday/Sunday over Sunday', [['Saturday/Sunday', '09/21/2025']], false],
    ['a full week', [['Full week', '09/17/2025']], false],
    ['Toàn tuần', [['Toàn tuần', '17/09/2025']], true],
    ['an ordinal 1..k', [['1', '09/16/2025'], ['2', '09/17/2025'], ['3', '09/18/2025']], false],
    ['sub-days of Friday', [['6.1', '09/19/2025'], ['6.2', '09/19/2025']], false],
    ['CN on a Sunday', [['2', '15/09/2025'], ['CN', '21/09/2025']], true],
    ['Chủ nhật on a Sunday', [['Thứ Hai', '15/09/2025'], ['Chủ nhật', '21/09/2025']], true],
    ['ISO dates', [['2', '2025-09-15'], ['3', '2025-09-16']], false],
    ['text dates', [['Mon', 'Sep 15, 2025'], ['Tue', '16 Sep 2025']], false],
    ['dots and dashes', [['2', '15.09.2025'], ['3', '16-09-2025']], true],
    ['a date in the Day cell', [['15/09 (Mon)', '09/16/2025']], false],
  ];
  for (const [name, rows, vi] of silent) {
    it(`nothing for ${name}`, () => assert.deepEqual(summary(weekPage(rows, { vi }), dateFindings(weekPage(rows, { vi }))), []));
  }

  it('reads a date written in the other order as the author meant it when the Day and the other dates agree: one date.mixed-order', () => {
    // Month-first (09/13 has no month 13); the Wednesday row writes 10 Sep day-first, which reads month-first as Thu 9 Oct.
    const page = weekPage([
      ['7', '09/13/2025'],
      ['4', '10/09/2025'],
    ]);
    const findings = dateFindings(page);
    // No weekday mismatch: read day-first it is Wed 10 Sep, the Day's weekday; the Saturday row above it is row-order's.
    assert.deepEqual(summary(page, findings), [`date.mixed-order@${rowLine(page, 1)}:warning`, `date.row-order@${rowLine(page, 1)}:information`]);
    const [f] = findings;
    assert.equal(f.message, '10/09/2025 and one other date are written day-first, but this page writes its dates month-first: 09/13/2025 has no month 13; rewrite them month-first (10/09/2025 is 09/10/2025).');
    assert.equal(lineOf(fixed(page, f), rowLine(page, 1)), '| 4 | Study | 09/10/2025 | 09/10/2025 | <https://000001.awsstudygroup.com/> |');
  });

  it('reports a table that switches to month-first mid-week once, as date.mixed-order, not as its consequences', () => {
    // 29/09 and 30/09 are day-first; 10/01 … 10/03 then mean 1–3 October, written month-first.
    const rows: Array<[string, string]> = [['2', '29/09/2025'], ['3', '30/09/2025'], ['4', '10/01/2025'], ['5', '10/02/2025'], ['6', '10/03/2025']];
    const page = weekPage(rows, { vi: true });
    const findings = dateFindings(page);
    assert.deepEqual(summary(page, findings), [`date.mixed-order@${rowLine(page, 2)}:warning`]);
    assert.equal(findings[0].related.length, 5);
    assert.match(findings[0].related[0].message, /^10\/01\/2025 is written month-first, Thu 2 Oct 2025|^10\/01\/2025 is written month-first, Wed 1 Oct 2025/);
    const after = parsePage(page.path, fixed(page, findings[0]));
    assert.equal(lineOf(after.text, rowLine(page, 4)), '| 6 | Study | 03/10/2025 | 03/10/2025 | <https://000001.awsstudygroup.com/> |');
    assert.deepEqual(dateFindings(after), []);
  });

  it('a date outside the week is not also a weekday mismatch; the other order is offered when it fits the week', () => {
    // Month-first by its weekdays (6–8 Oct); the Thursday row writes 9 Oct day-first, which reads month-first as Wed 10 Sep.
    const page = weekPage([
      ['2', '10/06/2025'],
      ['3', '10/07/2025'],
      ['4', '10/08/2025'],
      ['5', '09/10/2025'],
    ]);
    const findings = dateFindings(page);
    assert.deepEqual(summary(page, findings), [`date.outside-week@${rowLine(page, 3)}:warning`]);
    assert.equal(
      findings[0].message,
      '09/10/2025 (Wed 10 Sep 2025) is outside the week the other 3 rows share, 6–12 Oct 2025 (dates in this page are month-first: the Day column names the weekday of 3 of 4 dates read month-first, but of 1 read day-first); read day-first it is Thu 9 Oct 2025, inside the week.',
    );
    const after = parsePage(page.path, fixed(page, findings[0]));
    assert.equal(lineOf(after.text, rowLine(page, 3)), '| 5 | Study | 10/09/2025 | 10/09/2025 | <https://000001.awsstudygroup.com/> |');
    assert.deepEqual(dateFindings(after), []);
  });
});

describe('date rules: inline pages', () => {
  it('date.invalid: free text with digits in a date column, not words or an empty cell', () => {
    const page = weekPage([
      ['2', '09/15/2025'],
      ['3', 'week 3'],
      ['4', 'Ongoing'],
      ['5', ''],
    ]);
    const findings = dateFindings(page).filter((f) => f.code === 'date.invalid');
    assert.deepEqual(
      findings.map((f) => range(page, f.span)),
      [rangeOf(page, rowLine(page, 1), 'week 3'), rangeOf(page, rowLine(page, 1), 'week 3', 1)],
    );
  });

  it('date.missing-year: Oct 20 gets ", 2025"; a Day column whose weekdays fit another year wins over the front matter', () => {
    const named = weekPage([['Mon', 'Oct 20'], ['Tue', 'Oct 21, 2025']]);
    const [f] = dateFindings(named);
    assert.equal(lineOf(fixed(named, f), rowLine(named, 0)), lineOf(named.text, rowLine(named, 0)).replaceAll('Oct 20 |', 'Oct 20, 2025 |'));
    // 05/01 … 07/01 are Mon–Wed in 2026; the front matter says 2025, where they would be Sun–Tue.
    const page = weekPage([['2', '05/01'], ['3', '06/01'], ['4', '07/01']], { vi: true, date: '2025-01-01' });
    const findings = dateFindings(page);
    assert.deepEqual(
      [...new Set(findings.map((x) => x.code))],
      ['frontmatter.date-mismatch', 'date.missing-year'],
    );
    const year = findings.find((x) => x.code === 'date.missing-year');
    assert.equal(year?.message, "05/01 and 5 other dates of this page have no year; the Day column's weekdays (not the front matter's year) put them in 2026.");
  });

  it('date.missing-year: the year nearest the other dates, across New Year; no fix with nothing to go by', () => {
    const page = weekPage([['3', '30/12'], ['4', '31/12/2025'], ['5', '01/01/2026']], { vi: true });
    const [f] = dateFindings(page);
    assert.equal(f.message, "30/12 and one other date of this page have no year; the page's other dates put them in 2025.");
    assert.equal(lineOf(fixed(page, f), rowLine(page, 0)), '| 3 | Study | 30/12/2025 | 30/12/2025 | <https://000001.awsstudygroup.com/> |');
    const alone = weekPage([['2', '15/09'], ['3', '16/09']], { vi: true });
    const findings = dateFindings(alone);
    assert.deepEqual(findings.map((x) => x.code), ['date.missing-year']);
    assert.equal(findings[0].message, '15/09 and 3 other dates have no year, and no other date on this page tells which year they are.');
    assert.ok(findings.every((x) => x.fixes.length === 0));
  });

  it('frontmatter dates Hugo reads are left alone: ISO, quoted, with Z or an offset, and a blank `date:`', () => {
    for (const date of ['2025-09-15', '"2025-09-15"', '2025-09-15T09:00:00Z', '"2025-09-15T09:00:00+07:00"', '']) {
      assert.deepEqual(dateFindings(weekPage([['2', '09/15/2025']], { date })), [], date);
    }
  });

  it('date.range-order and date.row-order stay quiet for a week-long row listed last', () => {
    const page = weekPage([['2', '09/15/2025'], ['3', '09/16/2025'], ['Full week', '09/15/2025', '09/19/2025']]);
    assert.deepEqual(dateFindings(page), []);
  });

  it('date.outside-week: a week running Wednesday to Tuesday is one week', () => {
    const page = weekPage([['4', '09/17/2025'], ['5', '09/18/2025'], ['6', '09/19/2025'], ['2', '09/22/2025'], ['3', '09/23/2025']]);
    assert.deepEqual(dateFindings(page), []);
  });

  it('frontmatter.date-mismatch keeps the time and offset of a datetime', () => {
    const page = weekPage([['2', '09/15/2025']], { date: '2025-08-25T10:00:00+07:00' });
    const [f] = dateFindings(page);
    assert.equal(lineOf(fixed(page, f), 3), 'date: 2025-09-15T10:00:00+07:00');
  });

  it('frontmatter.date-invalid: free text, and no fix when the table has no date', () => {
    const page = weekPage([['2', 'TBD']], { date: 'next week' });
    const [f] = dateFindings(page);
    assert.equal(f.message, 'date "next week" is not a date Hugo can read (it expects YYYY-MM-DD).');
    assert.deepEqual(f.fixes, []);
  });

  it('a forced dateOrder reports dates written the other way as mixed', () => {
    const page = weekPage([['2', '09/15/2025'], ['3', '09/16/2025'], ['4', '17/09/2025']]);
    const mixed = (row: number) => [`date.mixed-order@${rowLine(page, row)}:warning`];
    assert.deepEqual(summary(page, dateFindings(page)), mixed(2));
    assert.deepEqual(summary(page, dateFindings(page, { ...defaultConfig, dateOrder: 'dmy' })), mixed(0));
    assert.deepEqual(summary(page, dateFindings(page, { ...defaultConfig, dateOrder: 'mdy' })), mixed(2));
  });

  it('a page that writes as many dates each way decides nothing and reports nothing alone', () => {
    const page = weekPage([['2', '09/15/2025'], ['3', '16/09/2025']]);
    assert.deepEqual(dateFindings(page), []);
  });

  it('a page that cannot decide alone borrows its twin’s dates', () => {
    // One ambiguous date, no Day weekday to check: read alone nothing can be said; the twin writes 3 Nov.
    const en = weekPage([['Full week', '03/11/2025', '07/11/2025']], { date: '2025-03-11' });
    const vi = weekPage([['Toàn tuần', '2025-11-03', '2025-11-07']], { vi: true, date: '2025-11-03' });
    const sibling = weekPage([['2', '10/27/2025']], { lintAs: 'content/1-Worklog/1.2-Week2/_index.md', date: '2025-10-27' });
    const results = lintPages([en, vi, sibling]);
    const enFindings = (results.get(en) ?? []).filter((f) => DATE_CODES.has(f.code));
    // Read day-first like its twin, the dates are 3–7 Nov: the front matter (11 Mar) is far from them.
    assert.deepEqual(enFindings.map((f) => f.code), ['frontmatter.date-mismatch']);
    assert.equal(lineOf(fixed(en, enFindings[0]), 3), 'date: 2025-11-03');
  });
});

describe('date rules while typing in a Task cell', () => {
  // Row 2 gives Wednesday's Day to a Thursday; row 3 has no year. Typing goes into one row's Task cell: the rows
  // below it move, and the cells of its own row after the Task cell move within the row.
  const first = weekPage([['2', '09/15/2025'], ['3', '09/16/2025'], ['4', '09/18/2025'], ['5', 'Sep 18']]);
  const before = dateFindings(first);

  for (const row of [0, 2, 3]) {
    it(`findings and fixes stay on their own text while row ${row}'s Task cell is typed in`, () => {
      assert.deepEqual(before.map((f) => f.code), ['day.weekday-mismatch', 'date.missing-year']);
      const line = rowLine(first, row);
      const at = first.text.split('\n').slice(0, line - 1).join('\n').length + 1 + lineOf(first.text, line).indexOf('Study') + 'Study'.length;
      let text = first.text;
      let typed = '';
      for (const key of ['x', 'y', ' and more']) {
        typed += key;
        text = first.text.slice(0, at) + typed + first.text.slice(at);
        const page = parsePage(EN_PATH, text);
        const findings = dateFindings(page);
        assert.deepEqual(findings.map((f) => f.code), before.map((f) => f.code), typed);
        findings.forEach((f, i) => {
          const findingLine = page.lines.positionAt(f.span.start).line + 1;
          assert.equal(covered(page, f.span), covered(first, before[i].span), `${f.code} after typing "${typed}"`);
          assert.equal(lineOf(fixed(page, f), findingLine).replace(`Study${typed}`, 'Study'), lineOf(fixed(first, before[i]), findingLine), `${f.code} fix after typing "${typed}"`);
        });
      }
      assert.deepEqual(dateFindings(parsePage(EN_PATH, first.text)), before);
    });
  }
});

describe('date rules across a site (W)', () => {
  const root = path.join(FIXTURES, 'workspace');
  const walk = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.md') ? [path.join(dir, e.name)] : []));
  const pages = walk(root)
    .filter((f) => /site-[ab]|notes\.md/.test(path.relative(root, f)))
    .map((f) => parsePage(path.relative(root, f).replace(/\\/g, '/'), fs.readFileSync(f, 'utf8')));
  const results = lintPages(pages);
  const found = [...results].flatMap(([page, findings]) => findings.filter((f) => DATE_CODES.has(f.code)).map((f) => `${f.code} ${page.path}`));

  it('raises exactly the workspace README’s date findings', () => {
    assert.deepEqual(found.sort(), [
      // One disagreement, one finding: on the default-language page, the twin related.
      'twin.mismatch site-a/content/1-Worklog/1.2-Week2/_index.md',
      'week.dates-sequence site-b/content/worklog/week-2.en.md',
    ]);
  });

  it('names both sides', () => {
    const week2 = pages.find((p) => p.path === 'site-b/content/worklog/week-2.en.md') as Page;
    const [f] = (results.get(week2) ?? []).filter((x) => x.code === 'week.dates-sequence');
    assert.equal(f.message, "Week 2's rows (13–14 Oct 2025) fall in the same calendar week as week 1's (13–15 Oct 2025); each week should have its own dates.");
    assert.equal(f.related[0].path, 'site-b/content/worklog/week-1.en.md');
    const twin = pages.find((p) => p.path === 'site-a/content/1-Worklog/1.2-Week2/_index.md') as Page;
    const [t] = (results.get(twin) ?? []).filter((x) => x.code === 'twin.mismatch');
    assert.equal(t.message, "This week's Vietnamese twin 1.2-Week2/_index.vi.md disagrees: it has 2 rows, this page 3; dates only here: Wed 1 Oct 2025.");
  });

  it('week N starting before week N−1 is reported; a gap is not', () => {
    const week = (n: number, monday: string) => weekPage([['2', monday]], { lintAs: `content/1-Worklog/1.${n}-Week${n}/_index.md`, date: undefined });
    const site = [week(1, '09/15/2025'), week(2, '09/08/2025'), week(4, '10/06/2025')];
    const r = lintPages(site);
    assert.deepEqual(
      site.map((p) => (r.get(p) ?? []).filter((f) => f.code === 'week.dates-sequence').map((f) => f.message)),
      [[], ['Week 2 starts on 8 Sep 2025, before week 1 (which starts on 15 Sep 2025).'], []],
    );
  });

  it('twins that write the same dates in different orders agree', () => {
    const en = weekPage([['2', '09/15/2025'], ['3', '09/16/2025']]);
    const vi = weekPage([['2', '15/09/2025'], ['3', '2025-09-16']], { vi: true });
    const other = weekPage([['2', '09/22/2025']], { lintAs: 'content/1-Worklog/1.4-Week4/_index.md' });
    const r = lintPages([en, vi, other]);
    assert.deepEqual([...r.values()].flat().filter((f) => f.code === 'twin.mismatch'), []);
  });
});

describe('date rules: property — a valid week raises nothing; one shifted date raises exactly one finding', () => {
  const STYLES: readonly DayStyle[] = [
    { kind: 'number', letterCase: 'title', decomposed: false },
    { kind: 'thu-number', letterCase: 'title', decomposed: false },
    { kind: 't-number', letterCase: 'title', decomposed: false },
    { kind: 'vi-name', letterCase: 'title', decomposed: false },
    { kind: 'vi-name', letterCase: 'sentence', decomposed: false },
    { kind: 'vi-bare', letterCase: 'title', decomposed: false },
    { kind: 'en-short', letterCase: 'title', decomposed: false },
    { kind: 'en-long', letterCase: 'title', decomposed: false },
    { kind: 'en-long', letterCase: 'upper', decomposed: false },
    { kind: 'day-n', letterCase: 'title', decomposed: false },
  ];
  const FIRST_MONDAY = mondayOf(dayNumber({ year: 2024, month: 1, day: 1 }));

  const week = fc.record({
    monday: fc.integer({ min: 0, max: 200 }).map((w) => FIRST_MONDAY + 7 * w),
    order: fc.constantFrom('dmy' as const, 'mdy' as const),
    separator: fc.constantFrom('/', '-', '.'),
    padded: fc.boolean(),
    style: fc.constantFrom(...STYLES),
    vi: fc.boolean(),
    // Offsets from Monday (0 = Monday … 5 = Saturday), at least three distinct days, in order.
    days: fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 6 }).map((d) => [...d].sort((a, b) => a - b)),
    withDate: fc.boolean(),
  });
  type Week = typeof week extends fc.Arbitrary<infer T> ? T : never;

  function write(day: number, w: Week): string {
    const { year, month, day: d } = fromDayNumber(day);
    const pad = (n: number) => (w.padded ? String(n).padStart(2, '0') : String(n));
    const [a, b] = w.order === 'dmy' ? [d, month] : [month, d];
    return `${pad(a)}${w.separator}${pad(b)}${w.separator}${year}`;
  }

  function build(w: Week, shift?: { row: number; by: number }): Page {
    const rows = w.days.map((offset, i) => {
      const day = w.monday + offset + (shift && shift.row === i ? shift.by : 0);
      return [formatWeekday(weekdayOf(fromDayNumber(w.monday + offset)), w.style), write(day, w)] as const;
    });
    return weekPage(rows, { vi: w.vi, date: w.withDate ? formatIso(fromDayNumber(w.monday)) : undefined });
  }

  it('a valid week raises no date finding', () => {
    fc.assert(
      fc.property(week, (w) => {
        const page = build(w);
        assert.deepEqual(summary(page, dateFindings(page)), [], page.text);
      }),
      { numRuns: 300 },
    );
  });

  it('one row moved two weeks away raises exactly date.outside-week on it', () => {
    fc.assert(
      fc.property(week, fc.nat(), fc.constantFrom(14, -14), (w, pick, by) => {
        const row = pick % w.days.length;
        const page = build(w, { row, by });
        assert.deepEqual(summary(page, dateFindings(page)), [`date.outside-week@${rowLine(page, row)}:warning`], page.text);
      }),
      { numRuns: 300 },
    );
  });

  it('the last row moved a day later raises exactly day.weekday-mismatch on it', () => {
    fc.assert(
      fc.property(week, (w) => {
        const row = w.days.length - 1;
        const page = build(w, { row, by: 1 });
        assert.deepEqual(summary(page, dateFindings(page)), [`day.weekday-mismatch@${rowLine(page, row)}:warning`], page.text);
      }),
      { numRuns: 300 },
    );
  });
});
