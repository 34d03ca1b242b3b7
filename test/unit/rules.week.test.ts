import * as assert from 'node:assert/strict';
import { applyEdits, lintPages, parsePage } from '../../src/core';
import type { Finding, Page } from '../../src/core';
import { WEEK3, WEEK7, codes, covered, fixAndRelint, fixture, lint, lines, only, range, single } from './helpers';

const TABLE = lines('| Day | Task |', '|---|---|', '| 2 | a |');

function weekPage(week: number, weight: string, suffix = '', date?: string): Page {
  const dated = date ? `date: ${date}\n` : '';
  return parsePage(`content/1-Worklog/1.${week}-Week${week}/_index${suffix}.md`, `---\ntitle: "Week ${week} Worklog"\n${dated}weight: ${weight}\n---\n${TABLE}`);
}

/** Week pages dated a week apart from 8 Sep 2025: equal weights then list newest first, as Hugo sorts them. */
function datedWeek(week: number, weight: string, suffix = ''): Page {
  const day = new Date(Date.UTC(2025, 8, 8 + 7 * (week - 1))).toISOString().slice(0, 10);
  return weekPage(week, weight, suffix, day);
}

function weightFindings(pages: readonly Page[]): Array<[number | undefined, string, string]> {
  const out: Array<[number | undefined, string, string]> = [];
  for (const [page, findings] of lintPages(pages)) {
    for (const f of only(findings, 'week.weight')) out.push([page.identity.week, f.severity, covered(page, f.span)]);
  }
  return out;
}

describe('rule week.number-mismatch', () => {
  it('flags the title when path and pre say another week, with a fix that rewrites only the digits', () => {
    const { page, findings } = lint(`---\ntitle: "Week 4 Worklog"\nweight: 3\npre: " <b> 1.3. </b> "\n---\n${TABLE}`);
    const finding = single(findings, 'week.number-mismatch');
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(range(page, finding.span), [1, 13, 1, 14]);
    assert.equal(finding.message, 'The title says week 4, but the folder or file name and `pre` say week 3.');
    assert.equal(finding.fixes[0].title, 'Change the title to week 3');
    const { text, findings: after } = fixAndRelint(page, finding);
    assert.equal(text, `---\ntitle: "Week 3 Worklog"\nweight: 3\npre: " <b> 1.3. </b> "\n---\n${TABLE}`);
    assert.deepEqual(codes(after), []);
  });

  it('flags pre against title and path (fixture), fixing `1.5.` to `1.4.`', () => {
    const { page, findings } = lint(fixture('number-mismatch.md'), 'content/1-Worklog/1.4-Week4/_index.md');
    const finding = single(findings, 'week.number-mismatch');
    assert.equal(finding.message, '`pre` says week 5, but the folder or file name and the title say week 4.');
    assert.equal(covered(page, finding.span), '5');
    const { text, findings: after } = fixAndRelint(page, finding);
    assert.match(text, /\npre: " <b> 1\.4\. <\/b> "\n/);
    assert.deepEqual(only(after, 'week.number-mismatch'), []);
  });

  it('lets the path win over a lone title', () => {
    const { page, findings } = lint(`---\ntitle: "Week 4 Worklog"\n---\n${TABLE}`);
    const finding = single(findings, 'week.number-mismatch');
    assert.equal(finding.message, 'The title says week 4, but the folder or file name says week 3.');
    assert.equal(fixAndRelint(page, finding).text, `---\ntitle: "Week 3 Worklog"\n---\n${TABLE}`);
  });

  it('has no fix when the path is the minority (a folder is not renamed), and points at the title', () => {
    const { page, findings } = lint(`---\ntitle: "Week 4 Worklog"\npre: " <b> 1.4. </b> "\n---\n${TABLE}`);
    const finding = single(findings, 'week.number-mismatch');
    assert.equal(finding.message, 'The folder or file name says week 3, but the title and `pre` say week 4.');
    assert.equal(covered(page, finding.span), '4');
    assert.deepEqual(finding.fixes, []);
  });

  it('works on an unquoted Vietnamese title', () => {
    const { page, findings } = lint(`---\ntitle: Worklog Tuần 12\n---\n${TABLE}`, 'content/1-Worklog/1.2-Week2/_index.vi.md');
    const finding = single(findings, 'week.number-mismatch');
    assert.equal(covered(page, finding.span), '12');
    assert.equal(fixAndRelint(page, finding).text, `---\ntitle: Worklog Tuần 2\n---\n${TABLE}`);
  });

  it('is not raised when all sources agree, or when only one source names a week', () => {
    assert.deepEqual(only(lint(`---\ntitle: "Week 3"\npre: " <b> 1.3. </b> "\n---\n${TABLE}`).findings, 'week.number-mismatch'), []);
    assert.deepEqual(only(lint(`---\ntitle: "Worklog"\n---\n${TABLE}`).findings, 'week.number-mismatch'), []);
  });
});

describe('rule week.number-mismatch: a name with two week numbers', () => {
  it('reports a folder 1.12-Week13 once, naming what the title and pre say', () => {
    const { page, findings } = lint(`---\ntitle: "Week 13 Worklog"\npre: " <b> 1.12. </b> "\n---\n${TABLE}`, 'content/1-Worklog/1.12-Week13/_index.md');
    const finding = single(findings, 'week.number-mismatch');
    assert.equal(finding.message, 'The folder or file name 1.12-Week13 names week 12 and week 13, and the title says week 13 and `pre` says week 12; make them name one week.');
    assert.equal(covered(page, finding.span), '12');
  });

  it('reports it with no front matter to point at, at the start of the page', () => {
    const { findings } = lint(`# Week 13\n\n${TABLE}`, 'content/1-Worklog/1.12-Week13.md');
    assert.equal(single(findings, 'week.number-mismatch').message, 'The folder or file name 1.12-Week13 names week 12 and week 13; make it name one week.');
  });

  it('is silent for 1.13-Week13 and 1.13-week-13', () => {
    assert.deepEqual(only(lint(`---\ntitle: "Week 13"\n---\n${TABLE}`, 'content/1-Worklog/1.13-Week13/_index.md').findings, 'week.number-mismatch'), []);
    assert.deepEqual(only(lint(`---\ntitle: "Week 13"\n---\n${TABLE}`, 'content/1-Worklog/1.13-week-13/_index.md').findings, 'week.number-mismatch'), []);
  });
});

describe('rule week.weight', () => {
  it('warns for a non-integer weight (Hugo truncates it), fixed to the week number', () => {
    const { page, findings } = lint(fixture('weight-not-integer.md'), 'content/1-Worklog/1.1-Week1/_index.md');
    const finding = single(findings, 'week.weight');
    assert.equal(finding.severity, 'warning');
    assert.equal(finding.message, 'weight 1.91 is not an integer; Hugo needs whole numbers to order the weeks (week 1 would be 1).');
    assert.deepEqual(range(page, finding.span), [3, 8, 3, 12]);
    const { text, findings: after } = fixAndRelint(page, finding);
    assert.match(text, /\nweight: 1\n/);
    assert.deepEqual(only(after, 'week.weight'), []);
  });

  it('informs about `weight: 1` on week 7 alone (the template default; the other weeks are not seen), fixed to 7', () => {
    const { page, findings } = lint(fixture('weight-template-default.md'), WEEK7);
    const finding = single(findings, 'week.weight');
    assert.equal(finding.severity, 'information');
    assert.equal(finding.message, 'weight 1 is lower than the week number 7: unless the other weeks share it, Hugo lists week 7 before earlier weeks.');
    assert.equal(finding.fixes[0].title, 'Set weight to 7');
    const { text, findings: after } = fixAndRelint(page, finding);
    assert.equal(text, fixture('weight-template-default.md').replace('\nweight: 1\n', '\nweight: 7\n'));
    assert.deepEqual(codes(after), []);
  });

  it('does not flag a lone page whose weight is at least its week (10 + N)', () => {
    assert.deepEqual(only(lint(`---\ntitle: "Week 7"\nweight: 17\n---\n${TABLE}`, WEEK7).findings, 'week.weight'), []);
    assert.deepEqual(only(lint(`---\ntitle: "Week 7"\nweight: 7\n---\n${TABLE}`, WEEK7).findings, 'week.weight'), []);
  });

  it('does not flag a site that uses 10 + N consistently', () => {
    assert.deepEqual(weightFindings([weekPage(1, '11'), weekPage(2, '12'), weekPage(3, '13'), weekPage(4, '14')]), []);
  });

  it('flags duplicate weights across a site-language with the related week', () => {
    const pages = [datedWeek(1, '1'), datedWeek(2, '2'), datedWeek(3, '2'), datedWeek(4, '4')];
    const results = lintPages(pages);
    assert.deepEqual(weightFindings(pages), [[3, 'warning', '2']]);
    const finding = single(results.get(pages[2]) as Finding[], 'week.weight');
    assert.equal(finding.message, 'weight 2 breaks the order of the weeks: this site gives week N the weight N, so week 3 should have 3 (week 2 also has 2).');
    assert.deepEqual(finding.related, [{ path: pages[1].path, span: { start: 53, end: 54 }, message: 'week 2 has the same weight' }]);
    const fixed = parsePage(pages[2].path, applyEdits(pages[2].text, finding.fixes[0].edits));
    assert.equal(fixed.identity.weight?.value, 3);
    assert.deepEqual(weightFindings([pages[0], pages[1], fixed, pages[3]]), []);
  });

  it('flags every later week carrying the template weight 1 when Hugo then lists them newest first', () => {
    const pages = [datedWeek(1, '1'), datedWeek(2, '1'), datedWeek(3, '1')];
    assert.deepEqual(weightFindings(pages), [
      [2, 'warning', '1'],
      [3, 'warning', '1'],
    ]);
    const week3 = single(lintPages(pages).get(pages[2]) as Finding[], 'week.weight');
    assert.equal(week3.message, 'weight 1 breaks the order of the weeks: this site gives week N the weight N, so week 3 should have 3 (weeks 1, 2 also have 1).');
  });

  it('only informs when equal weights still list the weeks in order (same dates, titles in order)', () => {
    const pages = [weekPage(1, '1'), weekPage(2, '1'), weekPage(3, '1'), weekPage(10, '2'), weekPage(11, '2')];
    assert.deepEqual(weightFindings(pages), [
      [2, 'information', '1'],
      [3, 'information', '1'],
      [10, 'information', '2'],
      [11, 'information', '2'],
    ]);
    const week2 = single(lintPages(pages).get(pages[1]) as Finding[], 'week.weight');
    assert.match(week2.message, /^weight 1 does not follow the weeks .*; Hugo still lists the weeks in order/);
  });

  it('warns when equal weights list week 10 before week 2 by title', () => {
    const pages = [weekPage(1, '1'), weekPage(2, '1'), weekPage(10, '1')];
    assert.deepEqual(weightFindings(pages), [
      [2, 'warning', '1'],
      [10, 'warning', '1'],
    ]);
  });

  it('fixes a duplicate in a 10 + N site to 10 + N', () => {
    const pages = [datedWeek(1, '11'), datedWeek(2, '12'), datedWeek(3, '12'), datedWeek(4, '14')];
    const finding = single(lintPages(pages).get(pages[2]) as Finding[], 'week.weight');
    assert.match(finding.message, /the weight N \+ 10, so week 3 should have 13/);
    assert.equal(finding.fixes[0].title, 'Set weight to 13');
  });

  it('checks each language of a site on its own', () => {
    const pages = [weekPage(1, '1'), weekPage(2, '2'), weekPage(1, '2', '.vi'), weekPage(2, '1', '.vi')];
    const flagged = [...lintPages(pages)].flatMap(([page, findings]) => only(findings, 'week.weight').map(() => page.path));
    assert.deepEqual(flagged, ['content/1-Worklog/1.1-Week1/_index.vi.md', 'content/1-Worklog/1.2-Week2/_index.vi.md']);
  });

  it('does not flag a missing or non-numeric weight', () => {
    assert.deepEqual(only(lint(`---\ntitle: "Week 3"\n---\n${TABLE}`, WEEK3).findings, 'week.weight'), []);
    assert.deepEqual(only(lint(`---\ntitle: "Week 3"\nweight: heavy\n---\n${TABLE}`, WEEK3).findings, 'week.weight'), []);
  });
});
