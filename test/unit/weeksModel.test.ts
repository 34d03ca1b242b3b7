import * as assert from 'node:assert/strict';
import { FIRST_WEEK_PATH, WeeksIndex, buildWeeks, lintPages, newWorklogFiles, parsePage, sectionSummaries, weekPathLike, weekTextLike } from '../../src/core';
import type { Page } from '../../src/core';
import { DELIMITER, HEADER, lines } from './helpers';

const SITE = 'site/content/1-Worklog';

function week(n: number, suffix = '', rows: string[] = [`| 2 | Task of week ${n} | 0${n}/09/2025 | 0${n}/09/2025 | <https://000001.awsstudygroup.com/> |`]): Page {
  const title = suffix === '.vi' ? `Worklog Tuần ${n}` : `Week ${n} Worklog`;
  return parsePage(`${SITE}/1.${n}-Week${n}/_index${suffix}.md`, lines('---', `title: "${title}"`, `weight: ${n}`, '---', '', '### Tasks', '', HEADER, DELIMITER, ...rows));
}

function section(suffix: string, ...body: string[]): Page {
  return parsePage(`${SITE}/_index${suffix}.md`, lines('---', 'title: "Worklog"', '---', '', ...body));
}

describe('weeks model', () => {
  it('merges the languages of a site into one list of weeks, primary language first, with gaps as empty slots', () => {
    const [site] = buildWeeks([week(1, '.vi'), week(1), week(2), week(4), week(4, '.vi'), week(5, '.vi')]);
    assert.equal(site.site, SITE);
    assert.equal(site.primary, 'default');
    assert.deepEqual(site.languages, ['default', 'vi']);
    assert.deepEqual(
      site.weeks.map((w) => [w.week, w.pages.map((p) => p.identity.language ?? 'default')]),
      [
        [1, ['default', 'vi']],
        [2, ['default']],
        [3, []],
        [4, ['default', 'vi']],
        [5, ['vi']],
      ],
    );
  });

  it('takes English as primary when no page is in the default language, and keeps a copied week as a duplicate', () => {
    const en = (n: number, folder: string) => parsePage(`${SITE}/${folder}/_index.en.md`, lines('---', `title: "Week ${n}"`, '---', HEADER, DELIMITER, '| 2 | a | 01/09/2025 | 01/09/2025 | |'));
    const [site] = buildWeeks([week(1, '.vi'), en(1, '1.1-Week1'), en(1, '1.1-Week1-copy')]);
    assert.equal(site.primary, 'en');
    assert.deepEqual(site.weeks[0].pages.map((p) => p.identity.language), ['en', 'vi']);
    assert.deepEqual(site.weeks[0].duplicates.map((p) => p.path), [`${SITE}/1.1-Week1-copy/_index.en.md`]);
  });

  it('reads each week\'s one-line summary from the section index in its usual shapes', () => {
    const index = section(
      '',
      'One page per week.',
      '',
      '**Week 1:** [Accounts and IAM](1.1-week1/)  ',
      '**Week 2:** [Networking](1.2-week2/) - VPC, subnets and routing',
      '- Week 3: Storage on S3',
      '**Week 4:**  ',
      '[Databases and caching](1.4-week4/)',
      '**Week 5:** [Week 5](1.5-week5/)',
      '',
      '| Week | Topic |',
      '| --- | --- |',
      '| Week 6 | Containers |',
      '',
      '```',
      'Week 7: not a summary inside code',
      '```',
    );
    assert.deepEqual(
      [...sectionSummaries(index)],
      [
        [1, 'Accounts and IAM'],
        [2, 'Networking'],
        [3, 'Storage on S3'],
        [4, 'Databases and caching'],
        [6, 'Containers'],
      ],
    );
  });

  it('gives each slot the primary index\'s summary, else another language\'s', () => {
    const [site] = buildWeeks([week(1), week(2), section('', '**Week 1:** [Accounts](1.1-week1/)'), section('.vi', '**Tuần 1:** [Tài khoản](1.1-week1/)', '**Tuần 2:** [Mạng](1.2-week2/)')]);
    assert.deepEqual(site.weeks.map((w) => w.summary), ['Accounts', 'Mạng']);
  });

  it('outlines a page: its date range, day rows with their labs, and its Monday', () => {
    const index = new WeeksIndex();
    const page = week(1, '', ['| 2 | - **Setup** <br>&emsp; + Install the CLI | 09/22/2025 | 09/22/2025 | <https://000001.awsstudygroup.com/> <https://000002.awsstudygroup.com/> |', '| 3 | Read the handbook | 09/23/2025 | 09/23/2025 | |']);
    index.reset([page]);
    const outline = index.outline(page);
    assert.equal(outline.range, '22–23 Sep 2025');
    assert.deepEqual(outline.days.map((d) => [d.label, d.labs]), [
      ['Mon 22 Sep · Setup', ['000001', '000002']],
      ['Tue 23 Sep · Read the handbook', []],
    ]);
    assert.ok(outline.monday !== undefined);
    assert.equal(index.outline(page), outline, 'an unchanged page keeps its outline');
  });

  it('runs the range to the last Completion Date, even when it is later than every Start Date', () => {
    const index = new WeeksIndex();
    const page = week(1, '', ['| 2 | Setup | 09/22/2025 | 09/22/2025 | |', '| 5 | Lab | 09/25/2025 | 09/27/2025 | |']);
    index.reset([page]);
    assert.equal(index.outline(page).range, '22–27 Sep 2025');
  });

  it('rebuilds one site on update and says when a site appears or goes', () => {
    const index = new WeeksIndex();
    index.reset([week(1)]);
    const other = parsePage('other/content/worklog/week-1.md', lines('---', 'title: "Week 1"', '---'));
    assert.equal(index.update('other/content/worklog', [other]), true);
    assert.equal(index.update(SITE, [week(1), week(2)]), false);
    assert.equal(index.site(SITE)?.weeks.length, 2);
    assert.equal(index.update('other/content/worklog', []), true);
    assert.deepEqual(index.all().map((s) => s.site), [SITE]);
  });

  it('keeps the outlines of unchanged pages when one page of the site changes', () => {
    const index = new WeeksIndex();
    const pages = [week(1), week(2), week(3)];
    index.reset(pages);
    const before = pages.map((p) => index.outline(p));
    const edited = week(2, '', ['| 2 | Edited task | 08/09/2025 | 08/09/2025 | |']);
    index.update(SITE, [pages[0], edited, pages[2]]);
    assert.equal(index.outline(pages[0]), before[0]);
    assert.equal(index.outline(pages[2]), before[2]);
    assert.equal(index.site(SITE)?.weeks[1].pages[0], edited);
    assert.deepEqual(index.outline(edited).days.map((d) => d.label), ['Mon 8 Sep · Edited task']);
  });

  it('calls pages loose when no worklog section holds them: their folder is not named like one', () => {
    const page = (path: string, n: number) => parsePage(path, lines('---', `title: "Week ${n}"`, '---', '', HEADER, DELIMITER, `| 2 | Task | 0${n}/09/2025 | 0${n}/09/2025 | |`));
    const sites = buildWeeks([
      page('/home/intern/notes/week-07.md', 7),
      page('/home/intern/notes/week-09.md', 9),
      page('/home/intern/site/content/1-Worklog/1.7-Week7/_index.md', 7),
      page('/home/intern/blog/content/posts/week-2.md', 2),
      page('/home/intern/vi-site/content/nhat-ky/tuan-3.md', 3),
      week(2),
      section('', '**Week 2:** [VPC](1.2-week2/)'),
    ]);
    const loose = Object.fromEntries(sites.map((s) => [s.site, s.loose]));
    assert.deepEqual(loose, {
      'home/intern/blog/content/posts': true,
      'home/intern/notes': true,
      'home/intern/site/content/1-Worklog': false,
      'home/intern/vi-site/content/nhat-ky': false,
      [SITE]: false,
    });
    // Loose pages keep their week numbers; the weeks between them are empty slots the view leaves out.
    const notes = sites.find((s) => s.site === 'home/intern/notes');
    assert.deepEqual(notes?.weeks.filter((w) => w.pages.length > 0).map((w) => w.week), [7, 9]);
  });

  it('writes a week in another week\'s conventions and path', () => {
    const model = week(4, '.vi');
    assert.equal(weekPathLike('/w/site/content/1-Worklog/1.4-Week4/_index.vi.md', 4, 3), '/w/site/content/1-Worklog/1.3-Week3/_index.vi.md');
    const text = weekTextLike(model, 3, undefined, 'dmy');
    assert.match(text, /^title: "Worklog Tuần 3"$/m);
    assert.match(text, /^weight: 3$/m);
  });
});

describe('new worklog template', () => {
  it('makes a section index and a week-1 page in English and Vietnamese that read as such and have no errors', () => {
    const files = newWorklogFiles({ year: 2025, month: 9, day: 24 });
    assert.deepEqual(files.map((f) => f.path), ['content/1-Worklog/_index.md', 'content/1-Worklog/_index.vi.md', FIRST_WEEK_PATH, 'content/1-Worklog/1.1-Week1/_index.vi.md']);
    const pages = files.map((f) => parsePage(`site/${f.path}`, f.text));
    assert.deepEqual(pages.map((p) => [p.identity.kind, p.identity.week, p.identity.language]), [
      ['section', undefined, undefined],
      ['section', undefined, 'vi'],
      ['week', 1, undefined],
      ['week', 1, 'vi'],
    ]);
    assert.match(files[2].text, /^date: 2025-09-22$/m);
    assert.match(files[2].text, /^\| 2 \| \| 22\/09\/2025 \| 22\/09\/2025 \| \|$/m);
    assert.match(files[3].text, /^\| Thứ \| Công việc \|/m);
    const errors = [...lintPages(pages).values()].flat().filter((f) => f.severity === 'error');
    assert.deepEqual(errors.map((f) => f.code), []);
    const [site] = buildWeeks(pages);
    assert.equal(site.weeks[0].summary, 'Getting started');
  });
});
