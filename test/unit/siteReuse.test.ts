import * as assert from 'node:assert/strict';
import { LintCache, Page, lintPages, parsePage } from '../../src/core';

// A site-language of three weeks, month-first: weeks 2 and 4 prove it (a 15 can only be a day), week 3 cannot tell
// alone (one date, 09/10/2025, and a Day that names neither reading's weekday), so its site decides.
function week(n: number, rows: ReadonlyArray<readonly [string, string]>, task = 'Study the console'): Page {
  const body = rows.map(([day, date]) => `| ${day} | ${task} | ${date} | ${date} | <https://000001.awsstudygroup.com/> |`);
  const text = ['---', `title: "Week ${n}"`, `weight: ${n}`, '---', '', '| Day | Task | Start Date | Completion Date | Reference Material |', '| --- | --- | --- | --- | --- |', ...body, ''].join('\n');
  return parsePage(`content/1-Worklog/1.${n}-Week${n}/_index.md`, text);
}

const week2 = (task?: string) => week(2, [['Monday', '09/01/2025'], ['Monday', '09/15/2025']], task);
const week3 = () => week(3, [['Tuesday', '09/10/2025']]);
const week4 = () => week(4, [['Monday', '09/22/2025'], ['Tuesday', '09/23/2025']]);

function summary(findings: readonly { code: string; message: string }[]): string[] {
  return findings.map((f) => `${f.code}: ${f.message}`);
}

describe('a page whose date order its site decides, linted again after another page changed', () => {
  it('reads its dates in the site’s order on the first lint and on every lint after an edit elsewhere', () => {
    const cache = new LintCache();
    const third = week3();
    const first = lintPages([week2(), third, week4()], { cache }).get(third) ?? [];
    const mismatch = first.filter((f) => f.code === 'day.weekday-mismatch');
    assert.equal(mismatch.length, 1);
    assert.match(mismatch[0].message, /09\/10\/2025 is a Wednesday \(dates in this page are month-first, as 2 of 2 other weeks/, 'read month-first, as weeks 2 and 4 write');
    // Typing in week 2: a new page each time, week 3 and week 4 unchanged.
    for (const task of ['Study the console!', 'Study the console!!', 'Study VPC']) {
      const again = lintPages([week2(task), third, week4()], { cache }).get(third) ?? [];
      assert.deepEqual(summary(again), summary(first));
    }
    // The same as a lint of freshly read pages.
    const fresh = week3();
    assert.deepEqual(summary(lintPages([week2(), fresh, week4()]).get(fresh) ?? []), summary(first));
  });

  it('follows the site when the site changes its mind', () => {
    const cache = new LintCache();
    const third = week3();
    lintPages([week2(), third, week4()], { cache });
    // Both other weeks now prove day-first (a 15 in the first place): 09/10/2025 is 9 October.
    const dayFirst2 = week(2, [['Monday', '15/09/2025']]);
    const dayFirst4 = week(4, [['Monday', '22/09/2025']]);
    const after = lintPages([dayFirst2, third, dayFirst4], { cache }).get(third) ?? [];
    const mismatch = after.filter((f) => f.code === 'day.weekday-mismatch');
    assert.equal(mismatch.length, 1);
    assert.match(mismatch[0].message, /09\/10\/2025 is a Thursday \(dates in this page are day-first, as 2 of 2 other weeks/);
  });
});
