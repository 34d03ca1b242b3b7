import * as assert from 'node:assert/strict';
import { defaultConfig, parsePage } from '../../src/core';
import { decideDateOrder } from '../../src/core/dates/dateOrder';
import { WrittenDate, dateProblem, formatIso, mondayOf, dayNumber, possibleOrders, readDates, resolveDate, swapDayMonth, weekdayOf, yearInsertion } from '../../src/core/dates/dates';
import { describeDate } from '../../src/core/dates/dateWords';
import { frontMatterDate } from '../../src/core/dates/frontMatterDate';

/** A compact, comparable view of a written date: shape, text, and each part with its span. */
function view(d: WrittenDate): string {
  const part = (name: string, p: { text: string; value: number; span: { start: number; end: number } } | undefined) => (p ? `${name}=${p.text}@${p.span.start}` : `${name}=-`);
  const parts = d.shape === 'numeric' ? [part('a', d.first), part('b', d.second)] : [part('m', d.month), part('d', d.day)];
  return `${d.shape} "${d.text}" [${d.span.start},${d.span.end}) ${parts.join(' ')} ${part('y', d.year)}`;
}

describe('dates: reading every shape', () => {
  const cases: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['padded a/b/YYYY', '09/15/2025', ['numeric "09/15/2025" [0,10) a=09@0 b=15@3 y=2025@6']],
    ['unpadded a/b/YYYY', '9/5/2025', ['numeric "9/5/2025" [0,8) a=9@0 b=5@2 y=2025@4']],
    ['DD/MM without a year', '13/10', ['numeric "13/10" [0,5) a=13@0 b=10@3 y=-']],
    ['ISO', '2025-09-09', ['iso "2025-09-09" [0,10) m=09@5 d=09@8 y=2025@0']],
    ['dashes', '07-09-2025', ['numeric "07-09-2025" [0,10) a=07@0 b=09@3 y=2025@6']],
    ['dots', '07.09.2025', ['numeric "07.09.2025" [0,10) a=07@0 b=09@3 y=2025@6']],
    ['month name first', 'Oct 20, 2025', ['named "Oct 20, 2025" [0,12) m=Oct@0 d=20@4 y=2025@8']],
    ['day first with a month name', '20 Oct 2025', ['named "20 Oct 2025" [0,11) m=Oct@3 d=20@0 y=2025@7']],
    ['a long month name', 'September 8, 2025', ['named "September 8, 2025" [0,17) m=September@0 d=8@10 y=2025@13']],
    ['Vietnamese month words', '20 tháng 10 năm 2025', ['named "20 tháng 10 năm 2025" [0,20) m=10@9 d=20@0 y=2025@16']],
    ['a weekday before the date', 'Mon 15 Sep 2025', ['named "15 Sep 2025" [4,15) m=Sep@7 d=15@4 y=2025@11']],
    ['inside emphasis', '**15/09/2025**', ['numeric "15/09/2025" [2,12) a=15@2 b=09@5 y=2025@8']],
    ['a range with spaces', '01/09/2025 - 05/09/2025', ['numeric "01/09/2025" [0,10) a=01@0 b=09@3 y=2025@6', 'numeric "05/09/2025" [13,23) a=05@13 b=09@16 y=2025@19']],
    ['a range without spaces', '01/09/2025-05/09/2025', ['numeric "01/09/2025" [0,10) a=01@0 b=09@3 y=2025@6', 'numeric "05/09/2025" [11,21) a=05@11 b=09@14 y=2025@17']],
    ['two-digit year', '15/09/25', ['numeric "15/09/25" [0,8) a=15@0 b=09@3 y=25@6']],
    ['5-digit year (kept, to be reported)', '29/10/20255', ['numeric "29/10/20255" [0,11) a=29@0 b=10@3 y=20255@6']],
    ['3-digit day (kept, to be reported)', '011/09/2025', ['numeric "011/09/2025" [0,11) a=011@0 b=09@4 y=2025@7']],
    ['a month and year only', 'Sep 2025', []],
    ['a version number', 'v1.2.3', []],
    ['a Day range', '6-7', []],
    ['a sub-day', '6.1', []],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: ${text}`, () => assert.deepEqual(readDates(text).map(view), expected));
  }

  it('offsets every span by where the cell starts', () => {
    const [d] = readDates('22/09/2025', 100);
    assert.deepEqual([d.span, d.shape === 'numeric' && d.second.span], [{ start: 100, end: 110 }, { start: 103, end: 105 }]);
  });

  it('reads `15-09` and `15.09` as dates only in a column known to hold dates', () => {
    assert.deepEqual(readDates('15-09').length, 0);
    assert.deepEqual(readDates('15-09', 0, { shortWithAnySeparator: true }).map(view), ['numeric "15-09" [0,5) a=15@0 b=09@3 y=-']);
  });
});

describe('dates: what is a date, in which order', () => {
  const cases: ReadonlyArray<readonly [string, string, string | undefined]> = [
    ['both orders', '07/09/2025', 'dmy|mdy'],
    ['day-first only', '15/09/2025', 'dmy'],
    ['month-first only', '09/15/2025', 'mdy'],
    ['same both ways', '07/07/2025', 'dmy|mdy'],
    ['29 February in a leap year', '29/02/2024', 'dmy'],
    ['29 February without a year', '29/02', 'dmy'],
    ['no 31 February', '31/02/2025', ''],
    ['no 29 February in 2025', '29/02/2025', ''],
    ['3-digit day', '011/09/2025', ''],
  ];
  for (const [name, text, orders] of cases) {
    it(`${name}: ${text} → ${orders || 'none'}`, () => {
      const [d] = readDates(text);
      assert.ok(d.shape === 'numeric');
      assert.equal(possibleOrders(d).join('|'), orders);
    });
  }

  const problems: ReadonlyArray<readonly [string, string | undefined]> = [
    ['29/10/20255', 'the year 20255 has five digits'],
    ['011/09/2025', '011 has three digits (a day or a month has at most two)'],
    ['31/02/2025', 'February 2025 has no day 31 (day-first), and there is no month 31 (month-first)'],
    ['30/02/2025', 'February 2025 has no day 30 (day-first), and there is no month 30 (month-first)'],
    ['13/13/2025', 'there is no month 13'],
    ['2025-02-30', 'February 2025 has no day 30'],
    ['2025-13-01', 'there is no month 13'],
    ['Feb 30, 2025', 'February 2025 has no day 30'],
    ['15/09/2025', undefined],
    ['09/15/2025', undefined],
    ['2025-09-09', undefined],
    ['Oct 20, 2025', undefined],
  ];
  for (const [text, problem] of problems) {
    it(`${text}: ${problem ?? 'a date'}`, () => assert.equal(dateProblem(readDates(text)[0]), problem));
  }

  it('resolves in the given order only when both are possible', () => {
    const [ambiguous] = readDates('07/09/2025');
    const [provable] = readDates('15/09/2025');
    assert.deepEqual(resolveDate(ambiguous, 'dmy'), { year: 2025, month: 9, day: 7 });
    assert.deepEqual(resolveDate(ambiguous, 'mdy'), { year: 2025, month: 7, day: 9 });
    assert.equal(resolveDate(ambiguous, undefined), undefined);
    assert.deepEqual(resolveDate(provable, 'mdy'), { year: 2025, month: 9, day: 15 });
    assert.equal(resolveDate(readDates('13/10')[0], 'dmy'), undefined);
    assert.deepEqual(resolveDate(readDates('13/10')[0], 'dmy', 2025), { year: 2025, month: 10, day: 13 });
  });

  it('knows the weekday and the week of a day', () => {
    assert.equal(weekdayOf({ year: 2025, month: 9, day: 15 }), 1);
    assert.equal(weekdayOf({ year: 2026, month: 1, day: 5 }), 1);
    assert.equal(weekdayOf({ year: 2025, month: 9, day: 21 }), 0);
    assert.equal(mondayOf(dayNumber({ year: 2025, month: 9, day: 21 })), dayNumber({ year: 2025, month: 9, day: 15 }));
    assert.equal(describeDate({ year: 2025, month: 10, day: 22 }), 'Wed 22 Oct 2025');
    assert.equal(formatIso({ year: 2025, month: 9, day: 8 }), '2025-09-08');
  });

  it('swaps the day and month parts byte for byte, keeping their padding', () => {
    for (const [text, swapped] of [
      ['17/09/2025', '09/17'],
      ['9/17/2025', '17/9'],
      ['17-09-2025', '09-17'],
    ]) {
      const [d] = readDates(text);
      assert.ok(d.shape === 'numeric');
      const { span, newText } = swapDayMonth(d);
      assert.deepEqual([span, newText], [{ start: 0, end: 5 - (text.startsWith('9/') ? 1 : 0) }, swapped]);
    }
  });

  it('adds a year in the date’s own shape', () => {
    assert.deepEqual(yearInsertion(readDates('13/10')[0], 2025), { offset: 5, newText: '/2025' });
    assert.deepEqual(yearInsertion(readDates('13-10', 0, { shortWithAnySeparator: true })[0], 2025), { offset: 5, newText: '-2025' });
    assert.deepEqual(yearInsertion(readDates('Oct 13')[0], 2025), { offset: 6, newText: ', 2025' });
    assert.deepEqual(yearInsertion(readDates('13 Oct')[0], 2025), { offset: 6, newText: ' 2025' });
  });
});

describe('dates: the front matter date', () => {
  const page = (value: string) => parsePage('content/1-Worklog/1.2-Week2/_index.md', `---\ntitle: "Week 2"\ndate: ${value}\n---\n`);
  const cases: ReadonlyArray<readonly [string, string | undefined, string | undefined]> = [
    ['2025-09-09', '2025-09-09', undefined],
    ['"2025-09-09"', '2025-09-09', undefined],
    ['2026-01-09T14:53:44+07:00', '2026-01-09', undefined],
    ['2025-10-13T08:30:00Z', '2025-10-13', undefined],
    ['2025-10-13 08:30:00', '2025-10-13', undefined],
    ['"`r Sys.Date()`"', undefined, 'date "`r Sys.Date()`" is an R Markdown leftover that only R fills in'],
    ['"r Sys.Date()"', undefined, 'date "r Sys.Date()" is an R Markdown leftover that only R fills in'],
    ['""', undefined, 'date is empty ("")'],
    ['next monday', undefined, 'date "next monday" is not a date Hugo can read (it expects YYYY-MM-DD)'],
    ['2025-02-30', undefined, 'date 2025-02-30 is not a calendar date'],
  ];
  for (const [value, iso, problem] of cases) {
    it(`date: ${value}`, () => {
      const fm = frontMatterDate(page(value));
      assert.ok(fm);
      assert.deepEqual([fm.date ? formatIso(fm.date) : undefined, fm.problem], [iso, problem]);
    });
  }

  it('points a fix at the date part only, inside the quotes, keeping a time and offset', () => {
    const p = page('"2025-08-25T10:00:00+07:00"');
    const fm = frontMatterDate(p);
    assert.equal(p.text.slice(fm?.dateSpan.start, fm?.dateSpan.end), '2025-08-25');
    const r = page('"`r Sys.Date()`"');
    const leftover = frontMatterDate(r);
    assert.equal(r.text.slice(leftover?.dateSpan.start, leftover?.dateSpan.end), '`r Sys.Date()`');
  });

  it('knows the template placeholder', () => assert.equal(frontMatterDate(page('2024-01-01'))?.placeholder, true));
  it('has no date when the key is absent or blank', () => {
    assert.equal(frontMatterDate(parsePage('content/1-Worklog/1.2-Week2/_index.md', '---\ntitle: x\n---\n')), undefined);
    assert.equal(frontMatterDate(page('')), undefined);
  });
});

describe('dates: deciding a page’s order', () => {
  const EN = 'content/1-Worklog/1.3-Week3/_index.md';
  const VI = 'content/1-Worklog/1.3-Week3/_index.vi.md';
  const table = (rows: ReadonlyArray<readonly [string, string]>, front = '') =>
    `---\ntitle: "Week 3"\n${front}---\n\n| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n` +
    rows.map(([day, date]) => `| ${day} | Study | ${date} | ${date} | <https://000001.awsstudygroup.com/> |`).join('\n') +
    '\n';

  it('month-first from a date only month-first can read', () => {
    const d = decideDateOrder(parsePage(EN, table([['2', '10/20/2025'], ['3', '10/21/2025']])));
    assert.deepEqual([d.order, d.source, d.reason, d.mixed], ['mdy', 'written', 'month-first: 10/20/2025 has no month 20', false]);
  });

  it('day-first from a date only day-first can read', () => {
    const d = decideDateOrder(parsePage(VI, table([['2', '15/09/2025'], ['3', '16/09/2025']])));
    assert.deepEqual([d.order, d.source, d.reason], ['dmy', 'written', 'day-first: 15/09/2025 has no month 15']);
  });

  it('a provably mixed page goes with the majority and says so', () => {
    const d = decideDateOrder(parsePage(EN, table([['2', '09/15/2025'], ['3', '09/16/2025'], ['4', '17/09/2025']])));
    // Each row writes its date twice (start and completion): every cell counts.
    assert.deepEqual([d.order, d.mixed, d.provable], ['mdy', true, { dmy: 2, mdy: 4 }]);
    assert.equal(d.reason, 'month-first: 09/15/2025 has no month 15; 2 other dates are written day-first');
  });

  it('every part ≤ 12: the Day column’s weekdays decide', () => {
    const d = decideDateOrder(parsePage(EN, table([['2', '06/10/2025'], ['3', '07/10/2025'], ['4', '08/10/2025']])));
    assert.deepEqual([d.order, d.source], ['dmy', 'weekday']);
    assert.equal(d.reason, 'day-first: the Day column names the weekday of 3 of 3 dates read day-first, but of 0 read month-first');
  });

  it('no weekdays to compare (an ordinal Day column): the dates that fit one week decide', () => {
    const d = decideDateOrder(parsePage(EN, table([['1', '10/06/2025'], ['2', '10/07/2025'], ['3', '10/08/2025']])));
    assert.deepEqual([d.order, d.source], ['mdy', 'week']);
    assert.equal(d.reason, 'month-first: read month-first the dates fall within 6–8 Oct 2025, read day-first at most 1 within any 7 days');
  });

  it('one ambiguous date alone: the twin decides, then the site', () => {
    const page = parsePage(EN, table([['Full week', '03/11/2025']]));
    assert.deepEqual([decideDateOrder(page).order, decideDateOrder(page).source], [undefined, 'none']);
    const twin = parsePage(VI, table([['Full week', '2025-11-03']]));
    const byTwin = decideDateOrder(page, { twin });
    assert.deepEqual([byTwin.order, byTwin.source, byTwin.reason], ['dmy', 'twin', 'day-first: read day-first its dates are the ones its twin 1.3-Week3/_index.vi.md writes']);
    const siblings = [1, 2].map((n) => parsePage(`content/1-Worklog/1.${n}-Week${n}/_index.md`, table([['2', `09/${14 + n}/2025`]])));
    const bySite = decideDateOrder(page, { siblings });
    assert.deepEqual([bySite.order, bySite.source, bySite.reason], ['mdy', 'site', 'month-first, as 2 of 2 other weeks of this site write their dates']);
  });

  it('a forced dateOrder overrides what the page shows', () => {
    const d = decideDateOrder(parsePage(EN, table([['2', '09/15/2025']])), { config: { ...defaultConfig, dateOrder: 'dmy' } });
    assert.deepEqual([d.order, d.source, d.mixed, d.reason], ['dmy', 'config', true, 'day-first: set by "dateOrder": "dmy" in the settings']);
  });

  it('ISO dates need no order', () => {
    const d = decideDateOrder(parsePage(EN, table([['2', '2025-09-08']])));
    assert.deepEqual([d.order, d.needed], [undefined, false]);
  });
});
