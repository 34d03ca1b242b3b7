// Inputs that used to take time growing with the square of a line or a table: the results must stay what they were.
// (Their timings are in `npm run bench`, under "Slow-path pages".)
import * as assert from 'node:assert/strict';
import { findLinks, readDates } from '../../src/core';
import { NumericDate, possibleOrders } from '../../src/core/dates/dates';
import { DELIMITER, HEADER, frontMatter, lines, lint, only } from './helpers';

describe('paths that must stay linear', () => {
  it('pairs each [ with its ] on a line that opens many brackets first', () => {
    const text = `${'['.repeat(40)} [a](https://x.example/) \\[b] [d](e)`;
    const links = findLinks(text, 0, text.length);
    assert.deepEqual(
      links.map((l) => [l.kind, l.url, text.slice(l.fullSpan.start, l.fullSpan.end)]),
      [
        ['inline', 'https://x.example/', '[a](https://x.example/)'],
        ['inline', 'e', '[d](e)'],
      ],
    );
  });

  it('pairs brackets around code spans and nested brackets as before', () => {
    const text = '[a `]` b](u) [[c]](v) [x [y](w) z]';
    const links = findLinks(text, 0, text.length);
    assert.deepEqual(
      links.map((l) => text.slice(l.fullSpan.start, l.fullSpan.end)),
      ['[a `]` b](u)', '[[c]](v)', '[y](w)'],
    );
  });

  it('still reports a destination cut short after many unpaired ](', () => {
    const body = `[${'](x'.repeat(200)} [guide](https://docs.aws.amazon.com/a b)`;
    const { findings } = lint(frontMatter(3) + lines('', body));
    const syntax = only(findings, 'link.syntax');
    assert.equal(syntax.length, 1);
    assert.match(syntax[0].message, /https:\/\/docs\.aws\.amazon\.com\/a b/);
  });

  it('finds a lab host written without a scheme after a long word or a run of dotted numbers', () => {
    for (const before of ['x'.repeat(3000), '1.'.repeat(1500), 'a-b.c-'.repeat(500)]) {
      const text = frontMatter(3) + lines('', `${before} 000039.awsstudygroup.com/ done`);
      const { page, findings } = lint(text);
      const malformed = only(findings, 'link.lab-malformed');
      assert.equal(malformed.length, 1, before.slice(0, 10));
      assert.equal(page.text.slice(malformed[0].span.start, malformed[0].span.end), '000039.awsstudygroup.com/');
    }
  });

  it('reads every order a numeric date allows', () => {
    const date = (text: string) => readDates(text)[0] as NumericDate;
    assert.deepEqual(possibleOrders(date('03/04/2025')), ['dmy', 'mdy']);
    assert.deepEqual(possibleOrders(date('13/04/2025')), ['dmy']);
    assert.deepEqual(possibleOrders(date('04/13/2025')), ['mdy']);
    assert.deepEqual(possibleOrders(date('29/02/2025')), []);
    assert.deepEqual(possibleOrders(date('29/02/2024')), ['dmy']);
    assert.deepEqual(possibleOrders(date('29/02')), ['dmy']);
    assert.deepEqual(possibleOrders(date('003/04/2025')), []);
  });

  it('splits glued ranges and mixed separators into the same dates', () => {
    assert.deepEqual(
      readDates('15/09/2025-19/09/2025 and 2025-09-15, 15/09-2025, 15.09').map((d) => [d.shape, d.text, d.span.start]),
      [
        ['numeric', '15/09/2025', 0],
        ['numeric', '19/09/2025', 11],
        ['iso', '2025-09-15', 26],
        ['numeric', '15/09-2025', 38],
      ],
    );
  });

  it('marks the rows outside the week most of a long table shares', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| ${2 + (i % 5)} | Task ${i} | ${i % 100 === 7 ? '20/10/2025' : `${15 + (i % 5)}/09/2025`} | | |`);
    const { findings } = lint(frontMatter(3) + lines('', HEADER, DELIMITER, ...rows));
    const outside = only(findings, 'date.outside-week');
    assert.equal(outside.length, 3);
    assert.match(outside[0].message, /is outside the week the other 297 rows share, 15–21 Sep 2025/);
  });
});
