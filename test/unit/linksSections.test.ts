import * as assert from 'node:assert/strict';
import { parsePage } from '../../src/core';
import type { Page } from '../../src/core';
import { findLinks } from '../../src/core/page/links';
import { WEEK3, covered, fixture, frontMatter, lines } from './helpers';

function linksOf(body: string): { page: Page; found: Array<[string, string, string, string]> } {
  const page = parsePage(WEEK3, frontMatter(3) + body);
  return { page, found: page.links.map((l) => [l.kind, l.url, covered(page, l.span), covered(page, l.fullSpan)]) };
}

describe('links', () => {
  it('finds an autolink glued to <br> on both sides, the span covering the URL only', () => {
    const { found } = linksOf('| 2 | a | b | c | Lab:<br><https://000001.awsstudygroup.com/><br>more |\n');
    assert.deepEqual(found, [['autolink', 'https://000001.awsstudygroup.com/', 'https://000001.awsstudygroup.com/', '<https://000001.awsstudygroup.com/>']]);
  });

  it('finds an inline link with its destination span', () => {
    const { page, found } = linksOf('See [the S3 lab](https://000057.awsstudygroup.com/vi/) today.\n');
    assert.deepEqual(found, [['inline', 'https://000057.awsstudygroup.com/vi/', 'https://000057.awsstudygroup.com/vi/', '[the S3 lab](https://000057.awsstudygroup.com/vi/)']]);
    const span = page.links[0].span;
    assert.equal(page.lines.positionAt(span.start).character, 17);
  });

  it('finds an inline link with an angle-bracket destination and a title', () => {
    const { found } = linksOf('[lab](<https://000057.awsstudygroup.com/a b/> "The lab")\n');
    assert.deepEqual(found, [['inline', 'https://000057.awsstudygroup.com/a b/', 'https://000057.awsstudygroup.com/a b/', '[lab](<https://000057.awsstudygroup.com/a b/> "The lab")']]);
  });

  it('keeps balanced parentheses inside an inline destination', () => {
    const { found } = linksOf('[w](https://example.com/page_(part-1)/)\n');
    assert.deepEqual(
      found.map((f) => f[1]),
      ['https://example.com/page_(part-1)/'],
    );
  });

  it('leaves the trailing `.` of a sentence out of a bare URL', () => {
    const { found } = linksOf('I finished the lab at https://000057.awsstudygroup.com/.\n');
    assert.deepEqual(found, [['bare', 'https://000057.awsstudygroup.com/', 'https://000057.awsstudygroup.com/', 'https://000057.awsstudygroup.com/']]);
  });

  it('leaves an unbalanced closing parenthesis out of a bare URL', () => {
    const { found } = linksOf('(see https://example.com/a)\n');
    assert.deepEqual(
      found.map((f) => f[1]),
      ['https://example.com/a'],
    );
  });

  it('stops a bare URL at a table pipe and at <br>', () => {
    const { found } = linksOf('| 2 | https://000001.awsstudygroup.com/<br>https://000002.awsstudygroup.com/|\n');
    assert.deepEqual(
      found.map((f) => f[2]),
      ['https://000001.awsstudygroup.com/', 'https://000002.awsstudygroup.com/'],
    );
  });

  it('finds <a href> with double, single and no quotes', () => {
    const { found } = linksOf('<a href="https://a.example/x">a</a> <a class="c" href=\'https://b.example/\'>b</a> <a href=https://c.example/>c</a>\n');
    assert.deepEqual(
      found.map((f) => [f[0], f[2]]),
      [
        ['html', 'https://a.example/x'],
        ['html', 'https://b.example/'],
        ['html', 'https://c.example/'],
      ],
    );
  });

  it('finds reference definitions', () => {
    const { found } = linksOf('[lab]: https://000005.awsstudygroup.com/\n');
    assert.deepEqual(found, [['reference-definition', 'https://000005.awsstudygroup.com/', 'https://000005.awsstudygroup.com/', '[lab]: https://000005.awsstudygroup.com/']]);
  });

  it('does not report the URL of an autolink or an inline link a second time as bare', () => {
    const { found } = linksOf('<https://a.example/> [x](https://b.example/)\n');
    assert.deepEqual(
      found.map((f) => f[0]),
      ['autolink', 'inline'],
    );
  });

  it('ignores links in front matter and in fenced code', () => {
    const page = parsePage(WEEK3, lines('---', 'url: https://front.example/', '---', '```', 'https://code.example/', '```', 'https://body.example/'));
    assert.deepEqual(
      page.links.map((l) => l.url),
      ['https://body.example/'],
    );
  });

  it('returns links sorted by position, with absolute offsets', () => {
    const text = 'xx https://b.example/ <https://a.example/>';
    const links = findLinks(text, 3, text.length);
    assert.deepEqual(
      links.map((l) => [l.url, l.span.start]),
      [
        ['https://b.example/', 3],
        ['https://a.example/', 23],
      ],
    );
  });

  it('reads every link of the link-syntax fixture with exact spans', () => {
    const page = parsePage(WEEK3, fixture('link-syntax.md'));
    for (const link of page.links) assert.equal(covered(page, link.span), link.url);
    assert.ok(page.links.some((l) => l.kind === 'bare' && l.url === 'https://000057.awsstudygroup.com/'));
  });
});

describe('sections and headings', () => {
  it('reads Objectives, Tasks and Achievements headings in English', () => {
    const text = lines('---', 'title: Week 3', '---', '### Week 3 Objectives:', '', '* a', '', '### Tasks to be carried out this week:', 'table', '', '### Week 3 Achievements:', '* b');
    const page = parsePage(WEEK3, text);
    assert.deepEqual(
      page.sections.map((s) => [s.kind, s.heading.text, covered(page, s.body)]),
      [
        ['objectives', 'Week 3 Objectives:', '\n* a\n\n'],
        ['tasks', 'Tasks to be carried out this week:', 'table\n\n'],
        ['achievements', 'Week 3 Achievements:', '* b\n'],
      ],
    );
  });

  it('reads the Vietnamese headings', () => {
    const page = parsePage(WEEK3, lines('### Mục tiêu tuần 3:', 'a', '### Các công việc cần triển khai trong tuần này:', 'b', '### Kết quả đạt được tuần 3:', 'c'));
    assert.deepEqual(
      page.sections.map((s) => s.kind),
      ['objectives', 'tasks', 'achievements'],
    );
  });

  it('extends a section over its sub-headings', () => {
    const page = parsePage(WEEK3, lines('## Tasks', '### Monday', 'x', '## Notes', 'y'));
    const tasks = page.sections[0];
    assert.equal(covered(page, tasks.body), '### Monday\nx\n');
    assert.deepEqual(
      page.sections.map((s) => s.kind),
      ['tasks', 'other', 'other'],
    );
  });

  it('gives heading spans without the #s and closing #s', () => {
    const page = parsePage(WEEK3, '## Goals ##\n');
    assert.equal(covered(page, page.headings[0].span), 'Goals');
    assert.equal(page.headings[0].level, 2);
    assert.equal(page.sections[0].kind, 'objectives');
  });

  it('reads a heading on the first line after a BOM', () => {
    const page = parsePage(WEEK3, '\uFEFF# Week 3 Worklog\n\ntext\n');
    assert.deepEqual(
      page.headings.map((h) => [h.level, covered(page, h.span)]),
      [[1, 'Week 3 Worklog']],
    );
  });
});
