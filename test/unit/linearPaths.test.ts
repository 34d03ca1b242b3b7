// Inputs that used to take time growing with the square of a line or a table: the results must stay what they were.
// (Their timings are in `npm run bench`, under "Slow-path pages".)
import * as assert from 'node:assert/strict';
import { findLinks, lintPages, parsePage, readDates } from '../../src/core';
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

  it('week.dates-sequence on a site of 300 weeks names the week that repeats a calendar week and the one that goes back', () => {
    const day = (d: Date) => `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`;
    const monday = (n: number) => new Date(Date.UTC(2024, 0, 1 + 7 * n));
    const start = (n: number) => (n === 150 ? monday(149) : n === 200 ? monday(-60) : monday(n));
    const pages = Array.from({ length: 300 }, (_, i) => {
      const n = 300 - i;
      const rows = [0, 1, 2].map((k) => `| ${k + 2} | Week ${n} task ${k}: practise the console | ${day(new Date(start(n).getTime() + k * 86_400_000))} | ${day(new Date(start(n).getTime() + k * 86_400_000))} | |`);
      return parsePage(`content/1-Worklog/1.${n}-Week${n}/_index.md`, lines(frontMatter(n), '', HEADER, DELIMITER, ...rows));
    });
    const results = lintPages(pages);
    const found = pages.flatMap((p) => (results.get(p) ?? []).filter((f) => f.code === 'week.dates-sequence').map((f) => `${p.identity.week}: ${f.message}`));
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found[0], /^200: Week 200 starts on .*, before week 199/);
    assert.match(found[1], /^150: Week 150's rows .* fall in the same calendar week as week 149's/);
  });
});
