import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import template from '../../data/template.json';
import { Finding, Page, allCodes, lintPage, lintPages, parsePage } from '../../src/core';
import { isWeek1Sentence, normalizeSentence } from '../../src/core/workspace/templateText';
import { DELIMITER, HEADER, WEEK7, applyFirst, covered, fixture, frontMatter, lines } from './helpers';

const LEFTOVER = 'content.template-leftover';
const DUPLICATE = 'content.duplicate-section';

function only(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

function weekPath(week: number, language = ''): string {
  return `content/1-Worklog/1.${week}-Week${week}/_index${language}.md`;
}

/** The template's week-1 sentences as an intern pastes them: capitalised, with a full stop and odd spacing. */
const [ENGLISH_1, ENGLISH_2] = template.week1Sentences.slice(0, 2).map((s) => s[0].toUpperCase() + s.slice(1).replace(/ /g, '  ') + '.');
const VIETNAMESE_1 = template.week1Sentences.find((s) => /[ếạ]/.test(s)) as string;

describe('content.template-leftover', () => {
  describe('the notice block', () => {
    it('is reported from {{% notice warning %}} to {{% /notice %}} (notice-leftover fixture)', () => {
      const page = parsePage('content/1-Worklog/1.2-Week2/_index.md', fixture('notice-leftover.md'));
      const found = only(lintPage(page), LEFTOVER);
      assert.equal(found.length, 1);
      assert.equal(found[0].severity, 'warning');
      const text = covered(page, found[0].span);
      assert.ok(text.startsWith('{{% notice warning %}}\n') && text.endsWith('\n{{% /notice %}}'), text);
      assert.deepEqual(page.lines.rangeOf(found[0].span), { start: { line: 8, character: 0 }, end: { line: 10, character: 15 } });
    });

    it('is removed by its fix, with the blank line after it', () => {
      const page = parsePage('content/1-Worklog/1.2-Week2/_index.md', fixture('notice-leftover.md'));
      const fixed = applyFirst(page, only(lintPage(page), LEFTOVER)[0]);
      assert.equal(fixed, page.text.replace(/\{\{% notice warning %\}\}\n[^\n]*\n\{\{% \/notice %\}\}\n\n/, ''));
      assert.ok(fixed.includes('pre: " <b> 1.2. </b> "\n---\n\n### Week 2 Objectives:'));
      assert.deepEqual(only(lintPage(parsePage(page.path, fixed)), LEFTOVER), []);
    });

    it('is found right after the front matter, in Vietnamese, with the shortcode in <…> form, in CRLF, in week 1', () => {
      const text = '---\r\ntitle: "Week 1 Worklog"\r\n---\r\n{{< notice  warning >}}\r\n⚠️ **Lưu ý:** vui lòng **không sao chép nguyên văn** cho bài báo cáo.\r\n{{< /notice >}}\r\n\r\n### Mục tiêu tuần 1\r\n';
      const page = parsePage(weekPath(1, '.vi'), text);
      const found = only(lintPage(page), LEFTOVER);
      assert.equal(found.length, 1);
      assert.equal(applyFirst(page, found[0]), '---\r\ntitle: "Week 1 Worklog"\r\n---\r\n### Mục tiêu tuần 1\r\n');
    });

    it('is left alone when the notice says something else, or sits in a code block', () => {
      const body = lines('{{% notice warning %}}', 'The lab costs money: delete the NAT gateway.', '{{% /notice %}}', '```', '{{% notice warning %}} do not copy verbatim {{% /notice %}}', '```');
      assert.deepEqual(only(lintPage(parsePage(weekPath(3), frontMatter(3) + body)), LEFTOVER), []);
    });

    it('removes only the block when it shares its line with other text', () => {
      const page = parsePage(weekPath(3), frontMatter(3) + 'Intro {{% notice warning %}} Do not copy verbatim. {{% /notice %}} end\n');
      const found = only(lintPage(page), LEFTOVER);
      assert.equal(applyFirst(page, found[0]), frontMatter(3) + 'Intro  end\n');
    });

    it('is reported on the section index too', () => {
      const page = parsePage('content/1-Worklog/_index.md', frontMatter(1) + lines('{{% notice warning %}}', 'Please do not copy verbatim.', '{{% /notice %}}'));
      assert.equal(only(lintPage(page), LEFTOVER).length, 1);
    });
  });

  describe("the template's week-1 sentences", () => {
    const body = (week: number) =>
      lines(
        `### Week ${week} Objectives:`,
        '',
        `* ${ENGLISH_1}`,
        `-   ${ENGLISH_2}`,
        '* Build the VPC for the project.',
        '',
        '### Tasks:',
        HEADER,
        DELIMITER,
        `| 2 | - Set up the team repository <br>&emsp; + ${ENGLISH_1} | 09/22/2025 | 09/22/2025 | |`,
      );

    it('are reported in week 2 and later as one finding, each further section a related location', () => {
      const page = parsePage(weekPath(4), frontMatter(4) + body(4));
      const found = only(lintPage(page), LEFTOVER);
      assert.deepEqual(
        found.map((f) => [page.lines.positionAt(f.span.start).line + 1, covered(page, f.span).split('\n').length]),
        [[9, 2]],
      );
      assert.equal(found[0].message.startsWith("Week 4 repeats 3 sentences of the template's week-1 example in 2 sections"), true, found[0].message);
      assert.deepEqual(
        found[0].related.map((r) => [r.span && covered(page, r.span), r.message]),
        [[ENGLISH_1, '1 more of the template\'s week-1 sentences under "Tasks"']],
      );
      assert.deepEqual(found[0].fixes, []);
    });

    it('name one section in the message when only one holds them', () => {
      const page = parsePage(weekPath(4), frontMatter(4) + lines('### Week 4 Objectives:', '', `* ${ENGLISH_1}`, `-   ${ENGLISH_2}`));
      const [finding] = only(lintPage(page), LEFTOVER);
      assert.match(finding.message, /^Week 4 repeats 2 sentences of the template's week-1 example under "Week 4 Objectives"/);
      assert.deepEqual(finding.related, []);
    });

    it('take the notice block of the same copied page into their one finding, with its removal as the fix', () => {
      const notice = lines('{{% notice warning %}}', 'Please do not copy verbatim.', '{{% /notice %}}', '');
      const page = parsePage(weekPath(4), frontMatter(4) + notice + body(4));
      const found = only(lintPage(page), LEFTOVER);
      assert.equal(found.length, 1);
      assert.match(found[0].message, /^Week 4 is still the template's week-1 example: it keeps the template's notice and repeats 3 of its sentences/);
      assert.equal(covered(page, found[0].span).startsWith('{{% notice warning %}}'), true);
      assert.deepEqual(
        found[0].related.map((r) => r.message),
        ['2 of the template\'s week-1 sentences under "Week 4 Objectives"', '1 more of the template\'s week-1 sentences under "Tasks"'],
      );
      assert.equal(applyFirst(page, found[0]).includes('notice'), false);
    });

    it('are not reported inside an HTML comment, where Hugo shows nothing', () => {
      const page = parsePage(weekPath(4), frontMatter(4) + lines('<!--', `* ${ENGLISH_1}`, '{{% notice warning %}}', 'Please do not copy verbatim.', '{{% /notice %}}', '-->', '', 'Own text.'));
      assert.deepEqual(only(lintPage(page), LEFTOVER), []);
    });

    it('are not reported in week 1', () => {
      assert.deepEqual(only(lintPage(parsePage(weekPath(1), frontMatter(1) + body(1))), LEFTOVER), []);
    });

    it('match after normalising space, case, bullets, emphasis and Unicode form', () => {
      const decomposed = VIETNAMESE_1.normalize('NFD').toUpperCase();
      assert.equal(isWeek1Sentence(`**${decomposed}**`), true);
      assert.equal(isWeek1Sentence(`&emsp; + ${ENGLISH_1}`.replace(/^&emsp; \+ /, '')), true);
      assert.equal(isWeek1Sentence(ENGLISH_1.replace(/\.$/, ':')), true);
      assert.equal(normalizeSentence('  * Hello   **World** ...'), 'hello world');
    });

    it('match a long sentence followed by more text, not a short one inside another sentence', () => {
      const long = template.week1Sentences.find((s) => s.endsWith('including')) as string;
      assert.equal(isWeek1Sentence(`${long}: Access Key, Secret Key`), true);
      const short = template.week1Sentences.find((s) => s.length < 20) ?? template.week1Sentences.reduce((a, b) => (a.length < b.length ? a : b));
      assert.equal(isWeek1Sentence(`I wrote about ${short} today`), false);
      assert.equal(isWeek1Sentence('Build the VPC for the project.'), false);
    });
  });

  describe('the seed page', () => {
    // The shared corpus sits beside the repository when it is available; otherwise an equivalent page of our own.
    const seedDir = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus-dev', 'seed');
    const seed = fs.existsSync(seedDir) ? fs.readdirSync(seedDir).find((f) => f.endsWith('.md')) : undefined;
    const text = seed ? fs.readFileSync(path.join(seedDir, seed), 'utf8') : seedLikePage();

    it(`yields its date, its copied week-1 objectives and achievements and its weight (${seed ? 'shared seed' : 'own equivalent'})`, () => {
      const page = parsePage(WEEK7, text);
      const findings = lintPage(page);
      const leftovers = only(findings, LEFTOVER);
      // One copy of the template, one finding: the first section in the message, the other related.
      assert.equal(leftovers.length, 1);
      const headings = leftovers[0].related.map((r) => /under "([^"]+)"/.exec(r.message)?.[1]);
      assert.deepEqual(headings.slice(-1), ['Week 7 Achievements']);
      assert.equal(covered(page, leftovers[0].span).length > 0, true);
      assert.equal(only(findings, 'week.weight').length, 1);
      if (allCodes.some((c) => c.code === 'frontmatter.date-invalid')) {
        const date = only(findings, 'frontmatter.date-invalid');
        assert.equal(date.length, 1);
        assert.equal(page.lines.positionAt(date[0].span.start).line, 2);
      }
    });

    /** The seed's shape, written for this test: R leftover date, weight 1 on week 7, week-1 sentences copied. */
    function seedLikePage(): string {
      const sentences = template.week1Sentences.filter((s) => !/[ạ-ỹđ]/i.test(s));
      return lines(
        '---',
        'title: "Week 7 Worklog"',
        'date: "r Sys.Date()"',
        'weight: 1',
        'chapter: false',
        'pre: " <b> 1.7. </b> "',
        '---',
        '',
        '### Week 7 Objectives:',
        '',
        ...sentences.slice(0, 2).map((s) => `* ${s}.`),
        '',
        '### Tasks carried out this week:',
        HEADER,
        DELIMITER,
        '| 2 | - **Serverless** <br>&emsp; + Build a Lambda function | 10/20/2025 | 10/20/2025 | <https://000022.awsstudygroup.com/> |',
        '',
        '### Week 7 Achievements:',
        '',
        ...sentences.slice(4).map((s) => `* ${s}.`),
      );
    }
  });
});

describe('content.duplicate-section', () => {
  function week(n: number, objectives: string[], tasks: string[], language = ''): Page {
    return parsePage(
      weekPath(n, language),
      frontMatter(n) +
        lines(
          `### Week ${n} Objectives:`,
          ...objectives.map((o) => `* ${o}`),
          '',
          '### Tasks:',
          HEADER,
          DELIMITER,
          ...tasks.map((t, i) => `| ${i + 2} | ${t} | 09/${22 + i}/2025 | 09/${22 + i}/2025 | <https://000001.awsstudygroup.com/> |`),
          '',
          `### Week ${n} Achievements:`,
          `* Finished the labs of week ${n}.`,
        ),
    );
  }

  function duplicates(pages: Page[]): Array<[string, string, string, string | undefined]> {
    const out: Array<[string, string, string, string | undefined]> = [];
    for (const [page, findings] of lintPages(pages)) {
      for (const f of only(findings, DUPLICATE)) out.push([page.path, covered(page, f.span), f.message, f.related[0] && `${f.related[0].path}@${f.related[0].span?.start}`]);
    }
    return out;
  }

  it('names the earlier week with the same Objectives and points at its heading', () => {
    const pages = [week(2, ['Learn IAM policies.', 'Build a VPC.'], ['Study IAM', 'Build VPC']), week(3, ['Learn  IAM policies.', '  build a vpc.'], ['Launch EC2', 'Attach EBS'])];
    const found = duplicates(pages);
    assert.equal(found.length, 1);
    const [pagePath, spanText, message, related] = found[0];
    assert.equal(pagePath, weekPath(3));
    assert.equal(spanText, 'Week 3 Objectives:');
    assert.match(message, /^Week 3's Objectives are identical to week 2's \(ignoring spaces and case\)/);
    assert.equal(related, `${weekPath(2)}@${pages[0].sections[0].heading.span.start}`);
  });

  it('compares the Task column and points at its header cell', () => {
    const pages = [week(5, ['Study S3.'], ['Create a bucket <br>&emsp; + upload files', 'Host a static site']), week(6, ['Study CloudFront.'], ['Create a  bucket<br> &emsp; + Upload files', 'host a static site'])];
    const found = duplicates(pages);
    assert.deepEqual(
      found.map((f) => [f[0], f[1]]),
      [[weekPath(6), 'Task']],
    );
    assert.match(found[0][2], /Task column is identical to week 5's/);
  });

  it('leaves different weeks, other languages and short placeholders alone', () => {
    const pages = [
      week(2, ['Learn IAM policies and roles.'], ['Study IAM policies', 'Build a VPC']),
      week(3, ['Learn IAM policies and roles.'], ['Launch EC2', 'Attach EBS'], '.vi'),
      week(4, ['...'], ['Study RDS', 'Use DynamoDB']),
      week(5, ['...'], ['Try Lambda', 'Try API Gateway']),
    ];
    assert.deepEqual(duplicates(pages), []);
  });

  it('needs the other weeks: a page linted alone is never a duplicate', () => {
    assert.deepEqual(only(lintPage(week(3, ['Learn IAM policies.'], ['Study IAM', 'Build VPC'])), DUPLICATE), []);
  });

  it('reports the later week of each copy, naming the first one', () => {
    const same = ['Review the whole internship so far.'];
    const pages = [week(2, same, ['a task for week two', 'b']), week(4, same, ['a task for week four', 'b']), week(6, same, ['a task for week six', 'b'])];
    assert.deepEqual(
      duplicates(pages).map((f) => [f[0], /week \d+'s/.exec(f[2])?.[0]]),
      [
        [weekPath(4), "week 2's"],
        [weekPath(6), "week 2's"],
      ],
    );
  });
});
