import * as assert from 'node:assert/strict';
import { isWorklogCandidate, parsePage } from '../../src/core';
import { isSectionPath, languageFromPath, splitPath, weekFromPath } from '../../src/core/page/identity';
import { covered, lines } from './helpers';

describe('week identity', () => {
  const cases: Array<[string, number | undefined, string | undefined]> = [
    ['content/1-Worklog/1.7-Week7/_index.md', 7, undefined],
    ['content/1-Worklog/1.7-Week7/_index.vi.md', 7, 'vi'],
    ['content/1-worklog/1.12-week12/_index.en.md', 12, 'en'],
    ['content/worklog/week-12.en.md', 12, 'en'],
    ['content/vi/worklog/week-01/index.md', 1, 'vi'],
    ['content/en/1-worklog/week_5/_index.en.md', 5, 'en'],
    ['content/1-Worklog/1.3-Week3.md', 3, undefined],
    ['C:\\site\\content\\1-Worklog\\1.4-Week4\\_index.md', 4, undefined],
  ];
  for (const [path, week, language] of cases) {
    it(`reads week ${week} and language ${language ?? 'default'} from ${path}`, () => {
      const page = parsePage(path, '');
      assert.equal(page.identity.kind, 'week');
      assert.equal(page.identity.week, week);
      assert.deepEqual(page.identity.fromPath, { value: week, span: undefined });
      assert.equal(page.identity.language, language);
    });
  }

  it('reads nothing from paths outside a worklog', () => {
    assert.equal(weekFromPath('content/2-Proposal/_index.md'), undefined);
    assert.equal(weekFromPath('content/3-Blog/3.2-Post/_index.md'), undefined);
    assert.equal(weekFromPath('README.md'), undefined);
    assert.equal(parsePage('content/2-Proposal/_index.md', '# Proposal\n').identity.kind, 'other');
  });

  it('reads worklog folders only inside `content`, not in the folders the site is cloned into', () => {
    const blog = lines('---', 'title: "Blog 1"', 'pre: " <b> 3.1. </b> "', '---');
    for (const root of ['/home/u/fcj-worklog', 'C:\\Users\\me\\AWS-Worklog', '/srv/nhat-ky-thuc-tap']) {
      const page = parsePage(`${root}/content/3-BlogsTranslated/3.1-Blog1/_index.md`, blog);
      assert.equal(page.identity.kind, 'other', root);
      assert.equal(page.identity.fromPath, undefined, root);
      assert.equal(isWorklogCandidate(`${root}/content/3-BlogsTranslated/3.1-Blog1/_index.md`), false, root);
      const week = parsePage(`${root}/content/1-Worklog/1.3-Week3/_index.md`, '');
      assert.equal(week.identity.kind, 'week', root);
      assert.equal(week.identity.week, 3, root);
      assert.equal(isWorklogCandidate(`${root}/content/1-Worklog/notes.md`), true, root);
    }
    assert.equal(parsePage('/home/u/fcj-worklog/content/1-Worklog/1.4/_index.md', '').identity.week, 4);
    assert.equal(parsePage('/home/u/fcj-worklog/content/2-Proposal/2.4/_index.md', '').identity.week, undefined);
  });

  it('does not read a language from a folder that is not directly under content', () => {
    assert.equal(languageFromPath('content/1-Worklog/vi/notes.md'), undefined);
    assert.equal(languageFromPath('content/vi/1-worklog/_index.md'), 'vi');
  });

  it('reads the week from a `Worklog Tuần 7` title and points at its digits', () => {
    const page = parsePage('notes/x.md', lines('---', 'title: Worklog Tuần 7', '---'));
    assert.equal(page.identity.kind, 'week');
    assert.equal(page.identity.week, 7);
    const span = page.identity.fromTitle?.span;
    assert.ok(span);
    assert.equal(covered(page, span), '7');
    assert.deepEqual(span, { start: 24, end: 25 });
    assert.equal(page.identity.title, 'Worklog Tuần 7');
  });

  it('reads week 7 (not 1) from the quoted title `1.7. Week 7 Worklog`', () => {
    const page = parsePage('notes/x.md', lines('---', 'title: "1.7. Week 7 Worklog"', '---'));
    assert.equal(page.identity.fromTitle?.value, 7);
    assert.deepEqual(page.identity.fromTitle?.span, { start: 22, end: 23 });
  });

  it('reads week 7 from `pre: " <b> 1.7. </b> "` and points at the 7', () => {
    const page = parsePage('content/1-Worklog/notes.md', lines('---', 'pre: " <b> 1.7. </b> "', '---'));
    assert.equal(page.identity.fromPre?.value, 7);
    const span = page.identity.fromPre?.span;
    assert.ok(span);
    assert.deepEqual(span, { start: 17, end: 18 });
    assert.equal(covered(page, span), '7');
    assert.equal(page.identity.kind, 'week');
  });

  it('does not make a page a week from `pre` alone outside a worklog folder', () => {
    const page = parsePage('content/2-Proposal/_index.md', lines('---', 'pre: " <b> 2.1. </b> "', '---'));
    assert.equal(page.identity.kind, 'other');
  });

  it('prefers the path, then the title, then pre for the agreed week', () => {
    const page = parsePage('content/1-Worklog/1.3-Week3/_index.md', lines('---', 'title: Week 4 Worklog', 'pre: " <b> 1.5. </b> "', '---'));
    assert.equal(page.identity.week, 3);
    assert.equal(parsePage('x/y.md', lines('---', 'title: Week 4 Worklog', 'pre: " <b> 1.5. </b> "', '---')).identity.week, 4);
  });

  it('reads integer and non-integer weights with the value span', () => {
    const page = parsePage('content/1-Worklog/1.3-Week3/_index.md', lines('---', 'weight: 1.91', '---'));
    assert.equal(page.identity.weight?.value, 1.91);
    assert.deepEqual(page.identity.weight?.span, { start: 12, end: 16 });
    assert.equal(parsePage('x/week-3.md', lines('---', 'weight: "12"', '---')).identity.weight?.value, 12);
    assert.equal(parsePage('x/week-3.md', lines('---', 'weight: heavy', '---')).identity.weight, undefined);
  });

  it('identifies a worklog section page, in both languages', () => {
    assert.equal(isSectionPath('content/1-Worklog/_index.md'), true);
    assert.equal(isSectionPath('content/1-Worklog/_index.vi.md'), true);
    assert.equal(isSectionPath('content/1-Worklog/1.1-Week1/_index.md'), false);
    assert.equal(isSectionPath('content/2-Proposal/_index.md'), false);
    assert.equal(isSectionPath('C:\\site\\content\\1-Worklog\\_INDEX.MD'), true);
    assert.equal(isSectionPath('/site/content/1-Worklog//_index.md'), true);
    assert.equal(isSectionPath('/site/content/1-Worklog/my_index.md'), false);
    assert.equal(isSectionPath('/site/content/1-Worklog/_index.md.bak'), false);
    const page = parsePage('content/1-Worklog/_index.vi.md', lines('---', 'title: "Nhật ký công việc"', '---'));
    assert.equal(page.identity.kind, 'section');
    assert.equal(page.identity.week, undefined);
    assert.equal(page.identity.language, 'vi');
  });

  it('splits a path into its folders and file, whatever the separator', () => {
    assert.deepEqual(splitPath('/site/content//1-Worklog/week-1.md'), ['site', 'content', '1-Worklog', 'week-1.md']);
    assert.deepEqual(splitPath('C:\\site\\content/week-1.md'), ['C:', 'site', 'content', 'week-1.md']);
    assert.deepEqual(splitPath('week-1.md'), ['week-1.md']);
    assert.deepEqual(splitPath('/'), []);
  });
});
