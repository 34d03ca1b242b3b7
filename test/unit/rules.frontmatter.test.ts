import * as assert from 'node:assert/strict';
import { WEEK3, WEEK3_VI, codes, covered, fixAndRelint, fixture, lint, lines, only, range, single } from './helpers';
import { lintPage, parsePage } from '../../src/core';

describe('rule frontmatter.missing', () => {
  it('is raised on the first line of a week page without front matter, with a fix that inserts one', () => {
    const { page, findings } = lint('# Week 3\n\n| Day | Task |\n|---|---|\n| 2 | a |\n');
    const finding = single(findings, 'frontmatter.missing');
    assert.equal(finding.severity, 'warning');
    assert.deepEqual(range(page, finding.span), [0, 0, 0, 8]);
    assert.equal(finding.message, 'This week page has no front matter (--- title, weight, pre ---); Hugo cannot place it in the menu.');
    assert.equal(finding.fixes[0].title, 'Insert front matter for week 3');
    const { text, findings: after } = fixAndRelint(page, finding);
    assert.equal(text, '---\ntitle: "Week 3 Worklog"\nweight: 3\nchapter: false\npre: " <b> 1.3. </b> "\n---\n# Week 3\n\n| Day | Task |\n|---|---|\n| 2 | a |\n');
    assert.deepEqual(codes(after), []);
  });

  it('inserts the Vietnamese title after the BOM, with the page CRLF line endings', () => {
    const { page, findings } = lint('\uFEFFNội dung\r\n', WEEK3_VI);
    const finding = single(findings, 'frontmatter.missing');
    assert.deepEqual(finding.span, { start: 1, end: 9 });
    const { text, findings: after } = fixAndRelint(page, finding);
    assert.equal(text, '\uFEFF---\r\ntitle: "Worklog Tuần 3"\r\nweight: 3\r\nchapter: false\r\npre: " <b> 1.3. </b> "\r\n---\r\nNội dung\r\n');
    assert.deepEqual(only(after, 'frontmatter.missing'), []);
  });

  it('is not raised for front matter after a BOM or with CRLF line endings', () => {
    assert.deepEqual(only(lint('\uFEFF---\r\ntitle: Week 3\r\n---\r\n').findings, 'frontmatter.missing'), []);
    assert.deepEqual(only(lint('---\r\ntitle: Week 3\r\n---\r\n').findings, 'frontmatter.missing'), []);
    assert.deepEqual(only(lint(fixture('bom-crlf.md')).findings, 'frontmatter.missing'), []);
  });

  it('is not raised for pages that are not week pages', () => {
    assert.deepEqual(lint('# Notes\n', 'content/2-Proposal/_index.md').findings, []);
    assert.deepEqual(lint('# Worklog\n', 'content/1-Worklog/_index.md').findings, []);
  });
});

describe('rule frontmatter.unterminated', () => {
  it('is an error on the opening --- when it is never closed', () => {
    const { page, findings } = lint(fixture('unterminated-frontmatter.md'));
    const finding = single(findings, 'frontmatter.unterminated');
    assert.equal(finding.severity, 'error');
    assert.deepEqual(range(page, finding.span), [0, 0, 0, 3]);
    assert.equal(finding.message, 'The site does not build: the front matter opened here is never closed by a line starting with `---`, and Hugo stops with "EOF looking for end YAML front matter delimiter".');
    assert.deepEqual(finding.fixes, []);
  });

  it('is the only finding: the rest of the page is front matter, its last line included', () => {
    for (const last of ['[t](https://x.com/a (b))', '<http://000013.awsstudygroup.com/>', 'see https://00003.awsstudygroup.com/.', '| 2 |  |']) {
      const { findings } = lint(['---', 'title: "Week 3 Worklog"', '', '| Day | Task |', '|---|---|', last].join('\n'));
      assert.deepEqual(codes(findings), ['frontmatter.unterminated'], last);
    }
  });

  it('points past the BOM', () => {
    const { findings } = lint('\uFEFF---\ntitle: Week 3\n');
    assert.deepEqual(single(findings, 'frontmatter.unterminated').span, { start: 1, end: 4 });
  });

  it('is not raised once the block is closed', () => {
    assert.deepEqual(only(lint('---\ntitle: Week 3\n---').findings, 'frontmatter.unterminated'), []);
  });
});

describe('rule frontmatter.yaml', () => {
  it('is an error on the line the YAML parser stops at', () => {
    const { page, findings } = lint(fixture('yaml-error.md'));
    const finding = single(findings, 'frontmatter.yaml');
    assert.equal(finding.severity, 'error');
    assert.equal(covered(page, finding.span), 'title: "Week 8 "Serverless" Worklog"');
    assert.deepEqual(range(page, finding.span), [1, 0, 1, 36]);
    assert.match(finding.message, /^The front matter is not valid YAML: .+\.$/);
  });

  it('puts an error found at the end of a line on that line, not the next', () => {
    const { page, findings } = lint(lines('---', 'title: Week 3', 'weight: !!int x', '---', 'body'));
    const finding = single(findings, 'frontmatter.yaml');
    assert.equal(covered(page, finding.span), 'weight: !!int x');
    const alias = lint(lines('---', 'a: &x 1', 'b: *y', '---'));
    assert.equal(covered(alias.page, single(alias.findings, 'frontmatter.yaml').span), 'b: *y');
  });

  it('puts an unclosed quote at the closing line, where the YAML stream ends', () => {
    const { page, findings } = lint(lines('---', 'weight: 3', 'title: "Week 3', '---', 'body'));
    const finding = single(findings, 'frontmatter.yaml');
    assert.deepEqual(range(page, finding.span), [3, 0, 3, 3]);
    assert.match(finding.message, /double quoted scalar/);
  });

  it('is not raised for valid YAML, nor for unterminated front matter', () => {
    assert.deepEqual(only(lint(lines('---', 'title: "Week 3"', 'tags: [a, b]', '---')).findings, 'frontmatter.yaml'), []);
    assert.deepEqual(only(lint('---\ntitle: "x\n').findings, 'frontmatter.yaml'), []);
  });

  it('does not stop the page rules that do not need the YAML', () => {
    const { findings } = lint(lines('---', 'title: "a" b', '---', '| Day | Task |', '|---|---|', '| 2 | a |', '| 2 | b |'));
    assert.deepEqual(codes(findings), ['frontmatter.yaml', 'day.duplicate']);
  });
});

describe('engine', () => {
  it('sorts findings by position, then code', () => {
    const { findings } = lint('# Week 3\n', WEEK3);
    assert.deepEqual(codes(findings), ['frontmatter.missing', 'table.missing']);
  });
});

describe('rule frontmatter.date-invalid on worklog section pages', () => {
  const SECTION = 'content/1-Worklog/_index.md';
  const section = (date: string) => parsePage(SECTION, `---\ntitle: "Worklog"\ndate: ${date}\nweight: 1\n---\n\n**Week 1:** [Getting started](1.1-week1/)\n`);

  for (const date of ['""', '"`r Sys.Date()`"']) {
    it(`is raised for date: ${date}, with no date to offer`, () => {
      const page = section(date);
      const found = only(lintPage(page), 'frontmatter.date-invalid');
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'error');
      assert.deepEqual(found[0].fixes, []);
    });
  }

  it('is not raised for an ISO date', () => {
    assert.deepEqual(only(lintPage(section('2025-09-08')), 'frontmatter.date-invalid'), []);
  });
});
