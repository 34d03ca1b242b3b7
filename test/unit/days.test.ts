import * as assert from 'node:assert/strict';
import { parsePage } from '../../src/core';
import { DayStyle, DayValue, formatWeekday, readDay, readDayColumn } from '../../src/core/dates/days';

const SUN = 0;
const MON = 1;
const TUE = 2;
const WED = 3;
const THU = 4;
const FRI = 5;
const SAT = 6;

/** kind, weekdays, and the first token's style and rewritable text with its span. */
function view(value: DayValue): string {
  if (value.kind !== 'weekday') return value.kind;
  const t = value.tokens[0];
  return `${value.weekdays.join(',')} ${t.style.kind}/${t.style.letterCase} "${t.text}"@${t.span.start}-${t.span.end}${value.isRange ? ' range' : ''}`;
}

describe('days: reading a Day cell', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    // Vietnamese numbering: 2 = Monday … 7 = Saturday, CN = Sunday
    ['2', `${MON} number/title "2"@0-1`],
    ['6', `${FRI} number/title "6"@0-1`],
    ['7', `${SAT} number/title "7"@0-1`],
    ['CN', `${SUN} number/upper "CN"@0-2`],
    ['**3**', `${TUE} number/title "3"@2-3`],
    ['6.1', `${FRI} number/title "6"@0-1`],
    ['Thứ 2', `${MON} thu-number/title "Thứ 2"@0-5`],
    ['thứ 7', `${SAT} thu-number/lower "thứ 7"@0-5`],
    ['T3', `${TUE} t-number/title "T3"@0-2`],
    ['Thứ Hai', `${MON} vi-name/title "Thứ Hai"@0-7`],
    ['Thứ hai', `${MON} vi-name/sentence "Thứ hai"@0-7`],
    ['Thứ Tư', `${WED} vi-name/title "Thứ Tư"@0-6`],
    ['Thứ Bảy', `${SAT} vi-name/title "Thứ Bảy"@0-7`],
    ['Chủ Nhật', `${SUN} vi-name/title "Chủ Nhật"@0-8`],
    ['Hai', `${MON} vi-bare/title "Hai"@0-3`],
    ['Ba', `${TUE} vi-bare/title "Ba"@0-2`],
    ['Tư', `${WED} vi-bare/title "Tư"@0-2`],
    ['Năm', `${THU} vi-bare/title "Năm"@0-3`],
    ['Sáu', `${FRI} vi-bare/title "Sáu"@0-3`],
    ['Bảy', `${SAT} vi-bare/title "Bảy"@0-3`],
    // English
    ['Mon', `${MON} en-short/title "Mon"@0-3`],
    ['**Thu**', `${THU} en-short/title "Thu"@2-5`],
    ['Monday', `${MON} en-long/title "Monday"@0-6`],
    ['WEDNESDAY', `${WED} en-long/upper "WEDNESDAY"@0-9`],
    ['**Monday**<br>(Day 1)', `${MON} en-long/title "Monday"@2-8`],
    ['Day 3', `${TUE} day-n/title "Day 3"@0-5`],
    ['Ngày 4', `${WED} ngay-n/title "Ngày 4"@0-6`],
    // Ranges and lists: every day they cover
    ['2 - 3', `${MON},${TUE} number/title "2"@0-1 range`],
    ['2-3', `${MON},${TUE} number/title "2"@0-1 range`],
    ['7 - CN', `${SAT},${SUN} number/title "7"@0-1 range`],
    ['Mon - Tue', `${MON},${TUE} en-short/title "Mon"@0-3 range`],
    ['Monday-Friday', `${MON},${TUE},${WED},${THU},${FRI} en-long/title "Monday"@0-6 range`],
    ['Saturday/Sunday', `${SAT},${SUN} en-long/title "Saturday"@0-8 range`],
    ['Thứ 2 - Thứ 4', `${MON},${TUE},${WED} thu-number/title "Thứ 2"@0-5 range`],
    // Whole weeks, dates, nothing
    ['Full week', 'week'],
    ['Toàn tuần', 'week'],
    ['Cả tuần', 'week'],
    ['15/09/2025', 'date'],
    ['13/10', 'date'],
    ['', 'empty'],
    ['**', 'empty'],
    ['Review', 'unknown'],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected}`, () => assert.equal(view(readDay(text)), expected));
  }

  it('reads decomposed (NFD) Vietnamese and says so', () => {
    const value = readDay('Thứ Tư'.normalize('NFD'));
    assert.ok(value.kind === 'weekday');
    assert.deepEqual([value.weekdays, value.tokens[0].style.decomposed], [[WED], true]);
  });

  it('keeps a weekday written before a date', () => assert.equal(view(readDay('Thứ 2 (15/09)')), `${MON} thu-number/title "Thứ 2"@0-5`));
  it('numbers outside 2…7 name no weekday', () => {
    for (const text of ['1', '8', 'Day 1']) {
      const value = readDay(text);
      assert.ok(value.kind === 'weekday', text);
      assert.deepEqual(value.weekdays, [], text);
    }
  });
});

describe('days: the Day column of a table', () => {
  const column = (values: readonly string[], header = 'Day', dates = values.map(() => '2025-09-15')) => {
    const rows = values.map((v, i) => `| ${v} | Study | ${dates[i]} |`).join('\n');
    const page = parsePage('content/1-Worklog/1.3-Week3/_index.md', `| ${header} | Task | Start Date |\n| --- | --- | --- |\n${rows}\n`);
    return readDayColumn(page.tables[0]);
  };

  it('a 1..k numbering is an ordinal, not weekdays', () => assert.equal(column(['1', '2', '3', '4', '5'])?.ordinal, true));
  it('Day 1 … Day 5 is an ordinal too', () => assert.equal(column(['Day 1', 'Day 2', 'Day 3'])?.ordinal, true));
  it('numbers beyond 7 count days, not weekdays', () => assert.equal(column(['8', '9', '10'])?.ordinal, true));
  it('2..6 with CN is the Vietnamese weekday numbering', () => {
    const c = column(['2', '3', '4', '5', '6', 'CN']);
    assert.deepEqual([c?.ordinal, c?.style?.kind], [false, 'number']);
  });
  it('a column of mostly weekday names has their style, case included', () => {
    assert.deepEqual(column(['Thứ hai', 'Thứ ba', 'Chủ nhật'])?.style, { kind: 'vi-name', letterCase: 'sentence', decomposed: false });
    assert.deepEqual(column(['MON', 'TUE', 'WED'])?.style, { kind: 'en-short', letterCase: 'upper', decomposed: false });
  });
  it('notices a Day column that holds dates (with text, so the column stays a Day column)', () => {
    const c = column(['15/09 (Mon)', '16/09 (Tue)', '17/09 (Wed)']);
    assert.deepEqual([c?.holdsDates, c?.values.map((v) => v.kind)], [true, ['date', 'date', 'date']]);
  });
  it('is undefined for a table without a Day column', () => {
    const page = parsePage('x.md', '| Task | Start Date |\n| --- | --- |\n| a | 15/09/2025 |\n');
    assert.equal(readDayColumn(page.tables[0]), undefined);
  });
});

describe('days: writing a weekday in a table’s style', () => {
  const style = (kind: DayStyle['kind'], letterCase: DayStyle['letterCase'] = 'title', decomposed = false): DayStyle => ({ kind, letterCase, decomposed });
  const cases: ReadonlyArray<readonly [DayStyle, number, string]> = [
    [style('number'), WED, '4'],
    [style('number'), SUN, 'CN'],
    [style('thu-number'), WED, 'Thứ 4'],
    [style('thu-number', 'lower'), SAT, 'thứ 7'],
    [style('t-number'), WED, 'T4'],
    [style('vi-name'), WED, 'Thứ Tư'],
    [style('vi-name', 'sentence'), MON, 'Thứ hai'],
    [style('vi-name', 'sentence'), SUN, 'Chủ nhật'],
    [style('vi-name', 'upper'), FRI, 'THỨ SÁU'],
    [style('vi-bare'), SAT, 'Bảy'],
    [style('en-short'), WED, 'Wed'],
    [style('en-short', 'upper'), THU, 'THU'],
    [style('en-long'), WED, 'Wednesday'],
    [style('en-long', 'lower'), SUN, 'sunday'],
    [style('day-n'), TUE, 'Day 3'],
    [style('ngay-n'), TUE, 'Ngày 3'],
  ];
  for (const [s, weekday, expected] of cases) {
    it(`${s.kind}/${s.letterCase}: ${expected}`, () => assert.equal(formatWeekday(weekday, s), expected));
  }
  it('writes decomposed text for a decomposed table', () => assert.equal(formatWeekday(WED, style('vi-name', 'title', true)), 'Thứ Tư'.normalize('NFD')));
});
