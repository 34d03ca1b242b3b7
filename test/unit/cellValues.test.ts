import * as assert from 'node:assert/strict';
import { decideDateOrder, parsePage, readPageDates } from '../../src/core';
import { cellAt, dateChoices, dayChoices } from '../../src/editor/cellValues';
import { DELIMITER, HEADER, WEEK3, WEEK3_VI, frontMatter, lines } from './helpers';

const VI_HEADER = '| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |';

/** The page with `@` removed, and what a Day or date cell offers at the `@`. */
function offered(text: string, path = WEEK3): { role: string | undefined; values: string[] | undefined; expected: string | undefined } {
  const offset = text.indexOf('@');
  const page = parsePage(path, text.replace('@', ''));
  const dates = readPageDates(page, decideDateOrder(page));
  const at = cellAt(page, offset);
  if (!at) return { role: undefined, values: undefined, expected: undefined };
  const choices = at.role === 'day' ? dayChoices(dates, at) : dateChoices(dates, at);
  return { role: at.role, values: choices?.map((c) => c.text), expected: choices?.find((c) => c.expected)?.text };
}

describe('cell completions: Day and date values', () => {
  it('a new row’s empty Day cell offers the next unused day first, in the table’s numbering', () => {
    const text = lines(frontMatter(3), HEADER, DELIMITER, '| 2 | - Bucket | 09/22/2025 | 09/22/2025 | |', '| 3 | - Policy | 09/23/2025 | 09/23/2025 | |', '| @');
    const { role, values, expected } = offered(text);
    assert.equal(role, 'day');
    assert.equal(expected, '4');
    assert.deepEqual(values, ['4', '5', '6', '7', 'CN', '2', '3']);
  });

  it('a Day cell of a dated row offers its date’s weekday first, in the table’s Vietnamese style', () => {
    const text = lines(frontMatter(3), VI_HEADER, DELIMITER, '| Thứ Hai | - Bucket | 22/09/2025 | 22/09/2025 | |', '|@  | - Website | 25/09/2025 | 25/09/2025 | |');
    const { values, expected } = offered(text, WEEK3_VI);
    assert.equal(expected, 'Thứ Năm');
    assert.equal(values?.[0], 'Thứ Năm');
    assert.equal(values?.at(-1), 'Thứ Hai', 'a day another row has comes last');
  });

  it('a Start Date cell offers the Day’s date in the week, written month-first like the page, then the other weekdays', () => {
    const text = lines(frontMatter(3), HEADER, DELIMITER, '| 2 | - Bucket | 09/22/2025 | 09/22/2025 | |', '| 4 | - Website | @');
    const { role, values } = offered(text);
    assert.equal(role, 'start');
    assert.deepEqual(values, ['09/24/2025', '09/22/2025', '09/23/2025', '09/25/2025', '09/26/2025']);
  });

  it('a Completion Date cell offers the row’s start date first, day-first on a Vietnamese page', () => {
    const text = lines(frontMatter(3), VI_HEADER, DELIMITER, '| 2 | - Bucket | 22/09/2025 | 22/09/2025 | |', '| 4 | - Website | 24/09/2025 | @ | |');
    const { role, values } = offered(text, WEEK3_VI);
    assert.equal(role, 'end');
    assert.deepEqual(values, ['24/09/2025', '22/09/2025', '23/09/2025', '25/09/2025', '26/09/2025']);
  });

  it('with no dates in the table, the week comes from the front matter date', () => {
    const text = lines('---', 'title: "Week 3 Worklog"', 'date: 2025-09-22', 'weight: 3', '---', HEADER, DELIMITER, '| 2 | - Bucket | @ | | |');
    const { values } = offered(text);
    assert.deepEqual(values, ['09/22/2025', '09/23/2025', '09/24/2025', '09/25/2025', '09/26/2025']);
  });

  it('offers nothing in Task or Reference cells, in ordinal Day columns, or outside a day table', () => {
    const rows = ['| 2 | - Bucket | 09/22/2025 | 09/22/2025 | |'];
    assert.equal(offered(lines(frontMatter(3), HEADER, DELIMITER, '| 2 | - Buck@et | 09/22/2025 | 09/22/2025 | |')).role, undefined);
    assert.equal(offered(lines(frontMatter(3), HEADER, DELIMITER, ...rows, '| 3 | - Policy | 09/23/2025 | 09/23/2025 | @ |')).role, undefined);
    assert.equal(offered(lines(frontMatter(3), 'Met on @ with the team.', '', HEADER, DELIMITER, ...rows)).role, undefined);
    const ordinal = offered(lines(frontMatter(3), HEADER, DELIMITER, '| 1 | - Bucket | 09/22/2025 | 09/22/2025 | |', '| @ | - Policy | 09/23/2025 | 09/23/2025 | |'));
    assert.equal(ordinal.role, 'day');
    assert.equal(ordinal.values, undefined);
  });
});
