import * as assert from 'node:assert/strict';
import { WEEK7, codes, fixture, frontMatter, lint, lines, only } from './helpers';

const FM = frontMatter(3);
const HEAD = ['| Day | Task | Start Date |', '| --- | --- | --- |'];

/** Codes and 0-based lines of the findings of a week-3 page built from `body`. */
function found(body: string): Array<[string, number]> {
  const { page, findings } = lint(FM + body);
  return findings.map((f) => [f.code, page.lines.positionAt(f.span.start).line]);
}

describe('suppression comments', () => {
  it('baseline: the page below raises two row-cells findings', () => {
    assert.deepEqual(found(lines(...HEAD, '| 2 | a |', '| 3 | b |')), [
      ['table.row-cells', 8],
      ['table.row-cells', 9],
    ]);
  });

  it('`worklog-disable-next-line CODE` silences that code on the next line only', () => {
    assert.deepEqual(found(lines('<!-- worklog-disable-next-line table.row-cells -->', ...HEAD, '| 2 | a |', '| 3 | b |')), [
      ['table.row-cells', 9],
      ['table.row-cells', 10],
    ]);
    assert.deepEqual(found(lines(...HEAD, '| 2 | a |', '| 3 | b |').replace('| 2 | a |\n', '| 2 | a | <!-- x -->\n')), [['table.row-cells', 9]]);
  });

  it('`worklog-disable-next-line` placed right above a row silences it', () => {
    const body = lines(...HEAD, '| 2 | a |', '| 3 | b |');
    const { page, findings } = lint(FM + body.replace('| 3 | b |', '<!-- worklog-disable-next-line table.row-cells -->\n| 3 | b |'));
    // The comment line ends the table (an HTML block), so the suppressed row is a paragraph of pipes on the site.
    assert.deepEqual(
      findings.map((f) => [f.code, page.lines.positionAt(f.span.start).line]),
      [['table.row-cells', 8], ['table.not-rendered', 10]],
    );
  });

  it('`worklog-disable-next-line` with no codes silences every code on the next line', () => {
    const { findings } = lint(FM + lines('| Day | Task |', '|---|---|', '| 2 | a |', '| 2 | b |   <!-- worklog-disable-line -->'));
    assert.deepEqual(codes(findings), []);
    const next = lint(FM + lines('<!-- worklog-disable-next-line -->', '| Day | Task | Start |', '|---|---|'));
    assert.deepEqual(codes(next.findings), ['table.not-rendered']);
  });

  it('does not silence other codes', () => {
    const { findings } = lint(FM + lines('| Day | Task |', '|---|---|', '| 2 |  |', '| 2 | b | <!-- worklog-disable-line day.duplicate -->'));
    assert.deepEqual(codes(findings), ['table.empty-cell', 'table.row-cells']);
  });

  it('`worklog-disable CODE` … `worklog-enable CODE` silences the lines in between, inclusive', () => {
    const body = lines('<!-- worklog-disable table.empty-cell -->', '| Day | Task |', '|---|---|', '| 2 |  |', '', '<!-- worklog-enable table.empty-cell -->', '', '| Day | Task |', '|---|---|', '| 3 |  |');
    assert.deepEqual(found(body), [['table.empty-cell', 15]]);
  });

  it('a disable without an enable lasts to the end of the page', () => {
    assert.deepEqual(found(lines('<!-- worklog-disable table.empty-cell -->', '| Day | Task |', '|---|---|', '| 2 |  |', '', '| Day | Task |', '|---|---|', '| 3 |  |')), []);
  });

  it('`worklog-enable CODE` re-enables that code even when the disable named more codes', () => {
    const body = lines('<!-- worklog-disable table.empty-cell day.duplicate -->', '<!-- worklog-enable table.empty-cell -->', '| Day | Task |', '|---|---|', '| 2 |  |', '| 2 | b |');
    assert.deepEqual(found(body), [['table.empty-cell', 10]]);
  });

  it('a bare `worklog-enable` ends every open disable', () => {
    const body = lines('<!-- worklog-disable table.empty-cell -->', '<!-- worklog-disable day.duplicate -->', '<!-- worklog-enable -->', '| Day | Task |', '|---|---|', '| 2 |  |', '| 2 | b |');
    assert.deepEqual(found(body), [
      ['table.empty-cell', 11],
      ['day.duplicate', 12],
    ]);
  });

  it('accepts a prefix group (`table`, `table.*`) and comma-separated codes', () => {
    const rows = ['| Day | Task | Start Date |', '| --- | --- | --- |', '| 2 |  |', '| 2 | b | c |'];
    assert.deepEqual(found(lines('<!-- worklog-disable table -->', ...rows)), [['day.duplicate', 10]]);
    assert.deepEqual(found(lines('<!-- worklog-disable table.* -->', ...rows)), [['day.duplicate', 10]]);
    assert.deepEqual(found(lines('<!-- worklog-disable table.row-cells,day.duplicate -->', ...rows)), [['table.empty-cell', 9]]);
  });

  it('does not treat `tab` as a prefix of `table.row-cells`', () => {
    assert.deepEqual(found(lines('<!-- worklog-disable tab -->', '| Day | Task |', '|---|---|', '| 2 |')), [['table.row-cells', 9]]);
  });

  it('silences findings of the suppression fixture inside its disable/enable block', () => {
    const { findings } = lint(fixture('suppression.md'));
    assert.deepEqual(only(findings, 'table.empty-cell'), []);
    assert.deepEqual(only(findings, 'table.row-cells'), []);
  });

  it('a `# worklog-disable-next-line` YAML comment in the front matter silences the next key', () => {
    const text = lines('---', 'title: "Week 7 Worklog"', '# worklog-disable-next-line week.weight', 'weight: 1', '---', '| Day | Task |', '|---|---|', '| 2 | a |');
    assert.deepEqual(codes(lint(text, WEEK7).findings), []);
    assert.deepEqual(codes(lint(text.replace('# worklog-disable-next-line week.weight\n', ''), WEEK7).findings), ['week.weight']);
  });

  it('ignores a YAML-style comment outside the front matter and a misspelt directive', () => {
    assert.deepEqual(found(lines('# worklog-disable-next-line table.row-cells', '| Day | Task |', '|---|---|', '| 2 |')), [['table.row-cells', 9]]);
    assert.deepEqual(found(lines('<!-- worklog-disabled table.row-cells -->', '| Day | Task |', '|---|---|', '| 2 |')), [['table.row-cells', 9]]);
  });
});
