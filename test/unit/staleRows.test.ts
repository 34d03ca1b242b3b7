import * as assert from 'node:assert/strict';
import { Finding, Page, lintPages, parsePage } from '../../src/core';

// Weeks 2, 3 and 4 of one site (a week off between 2 and 3), month-first dates; week 3 is a copy with some rows updated.
const WEEK2 = ['09/01/2025', '09/02/2025', '09/03/2025', '09/04/2025', '09/05/2025'];
const WEEK3 = ['09/15/2025', '09/16/2025', '09/17/2025', '09/18/2025', '09/19/2025'];
const WEEK4 = ['09/22/2025', '09/23/2025', '09/24/2025', '09/25/2025', '09/26/2025'];

function week(n: number, dates: readonly string[]): Page {
  const rows = dates.map((d, i) => `| ${i + 2} | Study the console | ${d} | ${d} | <https://000001.awsstudygroup.com/> |`);
  const text = ['---', `title: "Week ${n}"`, `weight: ${n}`, '---', '', '| Day | Task | Start Date | Completion Date | Reference Material |', '| --- | --- | --- | --- | --- |', ...rows, ''].join('\n');
  return parsePage(`content/1-Worklog/1.${n}-Week${n}/_index.md`, text);
}

function blamed(pages: readonly Page[], page: Page): { dates: string[]; findings: Finding[] } {
  const findings = (lintPages(pages).get(page) ?? []).filter((f) => f.code === 'date.outside-week' || f.code === 'week.dates-sequence');
  return { dates: findings.map((f) => page.text.slice(f.span.start, f.span.end)), findings };
}

describe('date.outside-week blames the rows a partly updated copy left behind', () => {
  it('three rows still on the previous week’s days, two updated: the three stale rows are named', () => {
    const week3 = week(3, [WEEK3[0], WEEK3[1], WEEK2[2], WEEK2[3], WEEK2[4]]);
    const { dates, findings } = blamed([week(2, WEEK2), week3, week(4, WEEK4)], week3);
    assert.deepEqual(dates, [WEEK2[2], WEEK2[3], WEEK2[4]]);
    assert.ok(findings.every((f) => f.code === 'date.outside-week'), 'one finding per stale row, and no week.dates-sequence on top');
    assert.match(findings[0].message, /^09\/03\/2025 \(Wed 3 Sep 2025\) repeats week 2's days, 1–7 Sep 2025; this page's other 2 rows, between its neighbouring weeks, share 15–16 Sep 2025\.$/);
  });

  it('three rows updated, two still on the previous week’s days: the two stale rows are named', () => {
    const week3 = week(3, [WEEK3[0], WEEK3[1], WEEK3[2], WEEK2[3], WEEK2[4]]);
    const { dates } = blamed([week(2, WEEK2), week3, week(4, WEEK4)], week3);
    assert.deepEqual(dates, [WEEK2[3], WEEK2[4]]);
  });

  it('a copy of the next week, partly updated, is read the same way', () => {
    const week3 = week(3, [WEEK3[0], WEEK3[1], WEEK4[2], WEEK4[3], WEEK4[4]]);
    const { dates } = blamed([week(2, WEEK2), week3, week(4, WEEK4)], week3);
    assert.deepEqual(dates, [WEEK4[2], WEEK4[3], WEEK4[4]]);
  });

  it('when the minority does not fall between the neighbours, the majority stands', () => {
    // Two rows a month later: not the week between weeks 2 and 4, so they are the odd ones.
    const week3 = week(3, [WEEK3[0], WEEK3[1], WEEK3[2], '10/16/2025', '10/17/2025']);
    const { dates } = blamed([week(2, WEEK2), week3, week(4, WEEK4)], week3);
    assert.deepEqual(dates, ['10/16/2025', '10/17/2025']);
  });

  it('a page linted alone keeps the majority reading', () => {
    const week3 = week(3, [WEEK3[0], WEEK3[1], WEEK2[2], WEEK2[3], WEEK2[4]]);
    const { dates } = blamed([week3], week3);
    assert.deepEqual(dates, [WEEK3[0], WEEK3[1]]);
  });
});

describe('date.outside-week finds each week’s neighbours however the site lists its pages', () => {
  const WEEK5 = ['09/29/2025', '09/30/2025', '10/01/2025', '10/02/2025', '10/03/2025'];

  it('pages out of order, a week without dates and a week missing: the nearest dated weeks are the neighbours', () => {
    // Week 3 is a copy of week 5 (week 4 was never written) with two rows updated to its own days.
    const week3 = week(3, [WEEK3[0], WEEK3[1], WEEK5[2], WEEK5[3], WEEK5[4]]);
    const undated = week(1, ['', '', '']);
    const { dates } = blamed([week(5, WEEK5), week3, undated, week(2, WEEK2)], week3);
    assert.deepEqual(dates, [WEEK5[2], WEEK5[3], WEEK5[4]]);
  });

  it('the first and the last week have a neighbour on one side only', () => {
    const week2 = week(2, [WEEK2[0], WEEK2[1], WEEK3[2], WEEK3[3], WEEK3[4]]);
    const { dates } = blamed([week(3, WEEK3), week(4, WEEK4), week2], week2);
    // Week 2's updated rows (1–2 Sep) lie before week 3 with nothing before them: the rows copied from week 3 are blamed.
    assert.deepEqual(dates, [WEEK3[2], WEEK3[3], WEEK3[4]]);
  });
});
