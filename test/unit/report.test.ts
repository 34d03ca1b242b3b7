import * as assert from 'node:assert/strict';
import { CohortReport, buildCohortReport, hugoTitle, lintPages, ownWords, parsePage, siteRootOf, wordsOf } from '../../src/core';
import { cohortOf, siteFiles, tasks, weeks } from './cohortFixture';

function site(report: CohortReport, root: string) {
  const found = report.sites.find((s) => s.root === root);
  assert.ok(found, `no site ${root} in ${report.sites.map((s) => s.root).join(', ')}`);
  return found;
}

describe('cohort report: sites and weeks', () => {
  it('names each site by its Hugo title, else its folder, and sorts them by name', () => {
    const report = cohortOf([
      { name: 'zoe-worklog', title: 'An Nguyen — FCJ worklog', seed: 1, weeks: weeks(2) },
      { name: 'binh-worklog', seed: 2, weeks: weeks(2) },
    ]);
    assert.deepEqual(
      report.sites.map((s) => [s.root, s.title]),
      [
        ['zoe-worklog', 'An Nguyen — FCJ worklog'],
        ['binh-worklog', 'binh-worklog'],
      ],
    );
  });

  it('lists each week with its pages, languages, dates and problems, and the weeks that are missing', () => {
    const report = cohortOf([{ name: 'an', seed: 3, weeks: [{ week: 1, twin: true }, { week: 2 }, { week: 4 }, { week: 6 }] }]);
    const an = site(report, 'an');
    assert.deepEqual(an.languages, ['en', 'vi']);
    assert.deepEqual(
      an.weeks.map((w) => w.number),
      [1, 2, 4, 6],
    );
    assert.deepEqual(an.missingWeeks, [3, 5]);
    assert.deepEqual(
      an.weeks[0].pages.map((p) => [p.path, p.language]),
      [
        ['content/1-Worklog/1.1-Week1/_index.md', 'en'],
        ['content/1-Worklog/1.1-Week1/_index.vi.md', 'vi'],
      ],
    );
    assert.equal(an.weeks[0].start, '2025-09-08');
    assert.equal(an.weeks[0].end, '2025-09-12');
    assert.equal(an.weeks[3].start, '2025-10-13');
    assert.equal(an.lastDay, '2025-10-17');
  });

  it('counts findings by code and by week, and points a week at its worst problem', () => {
    const files = siteFiles({ name: 'an', seed: 4, weeks: weeks(2) });
    const week2 = 'an/content/1-Worklog/1.2-Week2/_index.md';
    files[week2] = files[week2].replace('| 09/16/2025 |', '| 09/31/2025 |');
    const pages = Object.entries(files).filter(([f]) => f.endsWith('.md')).map(([f, text]) => parsePage(`/cohort/${f}`, text));
    const report = buildCohortReport([{ root: 'an', dir: '/cohort/an', title: undefined, pages, findings: lintPages(pages) }]);
    const an = site(report, 'an');
    assert.equal(an.counts['date.invalid'], 1);
    assert.equal(an.weeks[0].errors, 0);
    assert.notEqual(an.weeks[0].worst, 'error');
    assert.equal(an.weeks[1].errors, 1);
    assert.equal(an.weeks[1].worst, 'error');
    // The page opens at the impossible date's line.
    assert.equal(an.weeks[1].pages[0].line, files[week2].split('\n').findIndex((l) => l.includes('09/31/2025')) + 1);
    assert.equal(an.errors, 1);
  });

  it('marks weeks with no day table and weeks that are still the template', () => {
    const report = cohortOf([{ name: 'an', seed: 5, weeks: weeks(5, (w) => (w === 3 ? { noTable: true } : w >= 4 ? { template: true } : {})) }]);
    const an = site(report, 'an');
    assert.deepEqual(an.noTableWeeks, [3]);
    assert.deepEqual(an.templateWeeks, [4, 5]);
    // Progress is the last week written in the intern's own words.
    assert.equal(an.progress, 3);
  });

  it('does not call a week the template for a couple of its sentences among the intern’s own tasks', () => {
    const own = tasks(77, 5);
    const report = cohortOf([
      { name: 'an', seed: 6, weeks: [{ week: 1 }, { week: 2, tasks: [...own.slice(0, 3), 'Get acquainted with FCJ members', 'Read and take note of internship unit rules and regulations'] }] },
    ]);
    assert.deepEqual(site(report, 'an').templateWeeks, []);
  });

  it('lists the labs with their catalog title and the weeks that link them', () => {
    const report = cohortOf([{ name: 'an', seed: 7, weeks: [{ week: 1, labs: ['000001', '000002'] }, { week: 2, labs: ['000002'] }, { week: 3, labs: ['000999'] }] }]);
    assert.deepEqual(site(report, 'an').labs, [
      { id: '000001', title: 'AWS Account Setup', weeks: [1] },
      { id: '000002', title: 'AWS Identity and Access Management (IAM) Access Control', weeks: [1, 2] },
      { id: '000999', title: undefined, weeks: [3] },
    ]);
  });

  it('finds who is more than two weeks behind the cohort’s median', () => {
    const report = cohortOf([
      { name: 'a', seed: 10, weeks: weeks(10) },
      { name: 'b', seed: 11, weeks: weeks(10) },
      { name: 'c', seed: 12, weeks: weeks(10) },
      { name: 'd', seed: 13, weeks: weeks(8) },
      // Twelve weeks, but 6 to 12 are the template's: the last week written is 5.
      { name: 'e', seed: 14, weeks: weeks(12, (w) => (w > 5 ? { template: true } : {})) },
    ]);
    assert.equal(report.medianProgress, 10);
    assert.deepEqual(
      report.sites.filter((s) => s.behind).map((s) => s.root),
      ['e'],
    );
    assert.equal(report.weekCount, 12);
  });
});

describe('cohort report: similar weeks', () => {
  const copied = tasks(500, 5);
  const edited = copied.map((t, i) => (i === 4 ? 'Wrote a short note for the mentor' : t));

  it('pairs weeks of two sites written in mostly the same words, with a percentage and the shared passage', () => {
    const report = cohortOf([
      { name: 'an', seed: 20, weeks: [{ week: 1 }, { week: 2 }, { week: 3, tasks: copied, labs: ['000001'] }] },
      { name: 'binh', seed: 21, weeks: [{ week: 1 }, { week: 2 }, { week: 3, tasks: edited, labs: ['000004'] }] },
      { name: 'chi', seed: 22, weeks: weeks(3) },
    ]);
    assert.equal(report.similar.length, 1, JSON.stringify(report.similar));
    const [pair] = report.similar;
    assert.deepEqual([pair.a.root, pair.a.week, pair.b.root, pair.b.week], ['an', 3, 'binh', 3]);
    assert.ok(pair.percent >= 60 && pair.percent <= 100, `percent ${pair.percent}`);
    assert.ok(pair.passage.includes(copied[0].split(' ').slice(0, 4).join(' ')), pair.passage);
  });

  it('does not pair weeks that share less than most of their words', () => {
    const own = tasks(600, 5);
    const report = cohortOf([
      { name: 'an', seed: 50, weeks: [{ week: 1, tasks: copied }] },
      { name: 'binh', seed: 51, weeks: [{ week: 1, tasks: [copied[0], copied[1], ...own.slice(2)] }] },
    ]);
    assert.deepEqual(report.similar, []);
  });

  it('does not pair weeks that only share lab titles and dates', () => {
    const titles = ['AWS Account Setup', 'AWS Identity and Access Management (IAM) Access Control', 'Amazon VPC and AWS Site-to-Site VPN Workshop', 'Introduction to Amazon EC2', 'Amazon Relational Database Service (Amazon RDS)'];
    const labs = ['000001', '000002', '000003', '000004', '000005'];
    const report = cohortOf([
      { name: 'an', seed: 30, weeks: [{ week: 1, tasks: titles.map((t, i) => `${t} ${tasks(31, 5)[i]}`), labs, labTitles: titles }] },
      { name: 'binh', seed: 32, weeks: [{ week: 1, tasks: titles.map((t, i) => `${t} ${tasks(33, 5)[i]}`), labs, labTitles: titles }] },
    ]);
    assert.deepEqual(report.similar, []);
    // The lab titles are not the intern's words.
    const page = parsePage('/x/content/1-Worklog/1.1-Week1/_index.md', `| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n| 2 | AWS Account Setup | 09/08/2025 | 09/08/2025 | [AWS Account Setup](https://000001.awsstudygroup.com/) |\n`);
    assert.deepEqual(wordsOf(ownWords(page)), []);
  });

  it('leaves out weeks that are still the template, and twins of one site', () => {
    const report = cohortOf([
      { name: 'an', seed: 40, weeks: [{ week: 1, template: true }, { week: 2, twin: true }] },
      { name: 'binh', seed: 41, weeks: [{ week: 1, template: true }, { week: 2 }] },
    ]);
    assert.deepEqual(report.similar, []);
  });
});

describe('cohort report: own words', () => {
  it('keeps the intern’s words and leaves out headings, dates, days, links, HTML, numbers and the template’s sentences', () => {
    const text = [
      '---',
      'title: "Week 2 Worklog"',
      '---',
      '### Week 2 Objectives:',
      '* Get acquainted with FCJ members',
      '* Đọc tài liệu VPC và ghi chú lại',
      '',
      '| Day | Task | Start Date | Completion Date | Reference Material |',
      '| --- | --- | --- | --- | --- |',
      '| 2 | - Built a **private** subnet <br>&emsp; + tested routes for 3 hours | 09/15/2025 | 09/15/2025 | <https://000003.awsstudygroup.com/> see docs.aws.amazon.com/vpc |',
      '',
      'Notes at [the guide](https://example.org/a-b) and <span>markup</span> in text.',
    ].join('\n');
    const page = parsePage('/x/content/1-Worklog/1.2-Week2/_index.md', text);
    assert.deepEqual(wordsOf(ownWords(page)), ['Đọc', 'tài', 'liệu', 'VPC', 'và', 'ghi', 'chú', 'lại', 'Built', 'a', 'private', 'subnet', 'tested', 'routes', 'for', 'hours', 'see', 'Notes', 'at', 'the', 'guide', 'and', 'markup', 'in', 'text']);
    assert.equal(ownWords(page).templateSentences, 1);
  });
});

describe('cohort report: site folders and titles', () => {
  it('finds the site folder: the folder holding content/, else the worklog section', () => {
    assert.equal(siteRootOf('/c/an/content/1-Worklog/1.1-Week1/_index.md'), '/c/an');
    assert.equal(siteRootOf('content/1-Worklog/1.1-Week1/_index.md'), '.');
    assert.equal(siteRootOf('C:\\c\\an\\content\\1-Worklog\\1.1-Week1\\_index.md'), 'C:\\c\\an');
    assert.equal(siteRootOf('/c/loose/1-Worklog/1.1-Week1/_index.md'), '/c/loose/1-Worklog');
  });

  it('reads the title from TOML, YAML and JSON Hugo configs, or a language’s title', () => {
    assert.equal(hugoTitle('hugo.toml', 'baseURL = "x"\ntitle = "Worklog of An"\n[params]\ntitle = "no"\n'), 'Worklog of An');
    assert.equal(hugoTitle('config.yaml', 'baseURL: x\ntitle: Binh’s internship\n'), 'Binh’s internship');
    assert.equal(hugoTitle('hugo.json', '{"title": "Chi"}'), 'Chi');
    assert.equal(hugoTitle('hugo.toml', 'defaultContentLanguage = "vi"\n[languages.en]\ntitle = "English"\n[languages.vi]\ntitle = "Tiếng Việt"\n'), 'Tiếng Việt');
    assert.equal(hugoTitle('hugo.toml', 'title = [broken'), undefined);
    assert.equal(hugoTitle('hugo.toml', 'baseURL = "x"\n'), undefined);
  });
});
