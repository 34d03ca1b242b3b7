import * as assert from 'node:assert/strict';
import { parsePage } from '../../src/core';
import { WEEK3, covered, fixture, lines } from './helpers';

describe('front matter parsing', () => {
  it('reads a BOM + CRLF block as front matter, with the body starting after the closing line', () => {
    const text = '\uFEFF---\r\ntitle: "Week 3 Worklog"\r\nweight: 3\r\n---\r\nBody\r\n';
    const page = parsePage(WEEK3, text);
    const fm = page.frontMatter;
    assert.ok(fm);
    assert.equal(fm.terminated, true);
    assert.deepEqual(fm.openSpan, { start: 1, end: 4 });
    assert.equal(covered(page, fm.closeSpan ?? { start: 0, end: 0 }), '---');
    assert.deepEqual(fm.data, { title: 'Week 3 Worklog', weight: 3 });
    assert.equal(page.hasBom, true);
    assert.equal(page.eol, '\r\n');
    assert.equal(page.bodyLine, 4);
    assert.equal(page.lines.lineText(page.bodyLine), 'Body');
  });

  it('reads the BOM + CRLF fixture with its title, weight and pre', () => {
    const page = parsePage(WEEK3, fixture('bom-crlf.md'));
    assert.ok(page.frontMatter?.terminated);
    assert.equal(page.frontMatter.data?.title, 'Week 3 Worklog');
    assert.equal(page.identity.week, 3);
    assert.equal(page.identity.fromPre?.value, 3);
    assert.equal(page.identity.weight?.value, 3);
  });

  it('parses a page with no final newline, closing line last', () => {
    const page = parsePage(WEEK3, '---\ntitle: Week 3\n---');
    assert.ok(page.frontMatter?.terminated);
    assert.deepEqual(page.frontMatter.data, { title: 'Week 3' });
    assert.equal(page.bodyLine, 3);
    assert.equal(page.lines.lineCount, 3);
  });

  it('reads the no-final-newline fixture and its last table row', () => {
    const page = parsePage(WEEK3, fixture('no-final-newline.md'));
    assert.ok(page.frontMatter?.terminated);
    assert.equal(page.tables.length, 1);
    assert.equal(page.tables[0].rows.length, 3);
    assert.equal(page.tables[0].rows[2].cells[0].text, '4');
  });

  it('has no front matter when the page does not start with ---', () => {
    const page = parsePage(WEEK3, '# Week 3\n\n---\ntitle: x\n---\n');
    assert.equal(page.frontMatter, undefined);
    assert.equal(page.bodyLine, 0);
  });

  it('does not take `----` or `--- x` on the first line as an opening', () => {
    assert.equal(parsePage(WEEK3, '----\ntitle: x\n---\n').frontMatter, undefined);
    assert.equal(parsePage(WEEK3, '--- x\ntitle: x\n---\n').frontMatter, undefined);
  });

  it('does not take the YAML `...` as the closing line, as Hugo does not', () => {
    const fm = parsePage(WEEK3, '---\ntitle: x\n...\nbody\n').frontMatter;
    assert.equal(fm?.terminated, false);
  });

  it('marks an opening --- that is never closed as unterminated, spanning the whole page', () => {
    const text = '---\ntitle: Week 3\n\n| Day | Task |\n';
    const page = parsePage(WEEK3, text);
    const fm = page.frontMatter;
    assert.ok(fm);
    assert.equal(fm.terminated, false);
    assert.equal(fm.closeSpan, undefined);
    assert.equal(fm.data, undefined);
    assert.deepEqual(fm.span, { start: 0, end: text.length });
    assert.equal(page.bodyLine, page.lines.lineCount);
    assert.equal(page.tables.length, 0);
  });

  it('reports a YAML error on the offending line, trimmed', () => {
    const text = lines('---', 'title: "Week 8 "Serverless" Worklog"', 'weight: 8', '---');
    const page = parsePage(WEEK3, text);
    const error = page.frontMatter?.error;
    assert.ok(error);
    assert.equal(page.frontMatter?.data, undefined);
    assert.equal(covered(page, error.span), 'title: "Week 8 "Serverless" Worklog"');
    assert.deepEqual(page.lines.rangeOf(error.span), { start: { line: 1, character: 0 }, end: { line: 1, character: 36 } });
    assert.match(error.message, /indentation|mapping/);
  });

  it('reports a YAML error in an indented line', () => {
    const page = parsePage(WEEK3, lines('---', 'title: x', 'tags:', '  - a', ' - b', '---'));
    const error = page.frontMatter?.error;
    assert.ok(error);
    assert.equal(page.lines.positionAt(error.span.start).line, 4);
    assert.equal(covered(page, error.span), '- b');
  });

  it('keeps `date: 2024-05-06` as the written string, not a Date', () => {
    const page = parsePage(WEEK3, lines('---', 'date: 2024-05-06', 'stamp: 2026-01-09T14:53:44+07:00', '---'));
    const data = page.frontMatter?.data;
    assert.ok(data);
    assert.equal(data.date, '2024-05-06');
    assert.equal(typeof data.date, 'string');
    assert.equal(data.stamp, '2026-01-09T14:53:44+07:00');
  });

  it('gives independent objects for the same text parsed twice (no cache leak)', () => {
    const text = lines('---', 'title: Week 3', 'date: 2024-05-06', 'tags:', '  - aws', '---');
    const first = parsePage(WEEK3, text).frontMatter?.data as Record<string, unknown>;
    const tags = first.tags as string[];
    first.title = 'changed';
    first.extra = true;
    tags.push('leak');
    const second = parsePage(WEEK3, text).frontMatter?.data;
    assert.deepEqual(second, { title: 'Week 3', date: '2024-05-06', tags: ['aws'] });
    assert.notEqual(second, first);
  });

  it('records each entry with key and value spans, quotes kept in raw and dropped in unquoted', () => {
    const text = lines('---', 'title: "Week 3 Worklog"', 'weight:   3   # order', "pre: ' <b> 1.3. </b> '", 'chapter:', '---');
    const page = parsePage(WEEK3, text);
    const entries = page.frontMatter?.entries ?? [];
    assert.deepEqual(
      entries.map((e) => [e.key, covered(page, e.keySpan), covered(page, e.valueSpan), e.raw, e.unquoted]),
      [
        ['title', 'title', '"Week 3 Worklog"', '"Week 3 Worklog"', 'Week 3 Worklog'],
        ['weight', 'weight', '3', '3', '3'],
        ['pre', 'pre', "' <b> 1.3. </b> '", "' <b> 1.3. </b> '", ' <b> 1.3. </b> '],
        ['chapter', 'chapter', '', '', ''],
      ],
    );
    const title = entries[0];
    assert.deepEqual(title.valueSpan, { start: 11, end: 27 });
  });

  it('keeps a `#` inside quotes as part of the value', () => {
    const page = parsePage(WEEK3, lines('---', 'title: "Week #3" # comment', '---'));
    assert.equal(page.frontMatter?.entries[0].raw, '"Week #3"');
  });

  it('gives entry spans for the unterminated block too', () => {
    const page = parsePage(WEEK3, '---\ntitle: Week 3\nweight: 3\n');
    assert.deepEqual(
      page.frontMatter?.entries.map((e) => e.raw),
      ['Week 3', '3'],
    );
  });

  it('closes the front matter at the first line that starts with `---`, as Hugo does', () => {
    const page = parsePage(WEEK3, lines('---', 'title: Week 3', '----', 'weight: 3', '---', 'Body'));
    assert.deepEqual(page.frontMatter?.data, { title: 'Week 3' });
    assert.equal(page.frontMatter?.terminated, true);
    assert.equal(page.lines.positionAt(page.frontMatter?.closeSpan?.start ?? 0).line, 2);
    assert.equal(page.bodyLine, 3);
  });

  it('reads a block of comments and blank lines as empty data, not as an error', () => {
    const page = parsePage(WEEK3, lines('---', '# draft', '  # weight: 3', '', '---'));
    assert.deepEqual(page.frontMatter?.data, {});
    assert.equal(page.frontMatter?.error, undefined);
  });

  it('reads a scalar or a list as front matter with no keys', () => {
    assert.deepEqual(parsePage(WEEK3, lines('---', 'just text', '---')).frontMatter?.data, {});
    assert.deepEqual(parsePage(WEEK3, lines('---', '- a', '- b', '---')).frontMatter?.data, {});
  });

  it('places an error on the first line of the block at that line', () => {
    const page = parsePage(WEEK3, lines('---', ': bad', 'title: x', '---'));
    const error = page.frontMatter?.error;
    assert.ok(error);
    assert.equal(page.lines.positionAt(error.span.start).line, 1);
  });
});
