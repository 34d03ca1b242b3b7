import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { nodeSiteFiles } from '../../src/cli/siteFiles';
import { Finding, LintCache, Page, defaultConfig, lintPage, lintPages, parsePage } from '../../src/core';
import type { Config } from '../../src/core';
import { resolveLocalLink } from '../../src/core/links/hugoLinks';
import { siteFilesFromPaths } from '../../src/core/workspace/siteFiles';
import { WEEK3, applyFirst, covered, fixture, frontMatter, lines } from './helpers';

const WEEK4 = 'content/1-Worklog/1.4-Week4/_index.md';

/** The link.* findings of a page as [code, 1-based line, covered text, severity]. */
function linkFindings(page: Page, findings: readonly Finding[]): Array<[string, number, string, string]> {
  return findings.filter((f) => f.code.startsWith('link.')).map((f) => [f.code, page.lines.positionAt(f.span.start).line + 1, covered(page, f.span), f.severity]);
}

function lintBody(body: string, options: { config?: Config; path?: string } = {}): { page: Page; findings: Finding[] } {
  const page = parsePage(options.path ?? WEEK3, frontMatter(3) + body);
  return { page, findings: lintPage(page, { config: options.config }) };
}

function only(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

describe('lab link rules', () => {
  it('raise exactly the links-lab fixture contract, with the URL as the span', () => {
    const page = parsePage(WEEK4, fixture('links-lab.md'));
    assert.deepEqual(linkFindings(page, lintPage(page)), [
      ['link.lab-malformed', 23, 'https://00005.awsstudygroup.com/', 'error'],
      ['link.lab-malformed', 24, 'https://f000001.awsstudygroup.com/', 'error'],
      ['link.lab-malformed', 25, 'https://100000.awsstudygroup.com/', 'error'],
      ['link.lab-malformed', 26, 'https://000060.awstudygroup.com/', 'error'],
      ['link.lab-malformed', 27, '000039.awsstudygroup.com/', 'error'],
      ['link.lab-insecure', 28, 'http://000060.awsstudygroup.com/', 'warning'],
      ['link.lab-unknown', 29, 'https://000150.awsstudygroup.com/', 'hint'],
    ]);
  });

  it('say what is wrong with each malformed host', () => {
    const page = parsePage(WEEK4, fixture('links-lab.md'));
    const messages = only(lintPage(page), 'link.lab-malformed').map((f) => f.message);
    assert.match(messages[0], /"00005" has 5 digits; lab ids have 6/);
    assert.match(messages[1], /"f000001" has a letter prefix; the lab id is 000001/);
    assert.match(messages[2], /"100000" does not start with 000/);
    assert.match(messages[3], /"awstudygroup\.com" is not the lab domain/);
    assert.match(messages[4], /no https:\/\//);
  });

  it('fix what has one right answer, and offer nothing for an id only the author knows', () => {
    const page = parsePage(WEEK4, fixture('links-lab.md'));
    const malformed = only(lintPage(page), 'link.lab-malformed');
    const lineOf = (text: string) => text.split('\n')[page.lines.positionAt(malformed[0].span.start).line];
    assert.deepEqual(malformed[0].fixes, []);
    assert.deepEqual(malformed[2].fixes, []);
    const fixedLine = (f: Finding) => applyFirst(page, f).split('\n')[page.lines.positionAt(f.span.start).line];
    assert.equal(fixedLine(malformed[1]), '* Account lab from a chat message: <https://000001.awsstudygroup.com/>');
    assert.equal(fixedLine(malformed[3]), '* DynamoDB lab with a typo in the domain: <https://000060.awsstudygroup.com/>');
    assert.equal(fixedLine(malformed[4]), '* DynamoDB Immersion, pasted without a scheme: https://000039.awsstudygroup.com/');
    assert.equal(lineOf(page.text), '* RDS lab, typed from memory: <https://00005.awsstudygroup.com/>');
  });

  it('fix http:// to https:// in place', () => {
    const { page, findings } = lintBody('| 2 | a | 09/22/2025 | 09/22/2025 | <http://000060.awsstudygroup.com/vi/> |\n');
    const insecure = only(findings, 'link.lab-insecure');
    assert.equal(insecure.length, 1);
    assert.equal(covered(page, insecure[0].span), 'http://000060.awsstudygroup.com/vi/');
    assert.ok(applyFirst(page, insecure[0]).endsWith('| <https://000060.awsstudygroup.com/vi/> |\n'));
  });

  it('treat the portal hosts as valid, http:// on them as insecure', () => {
    const { page, findings } = lintBody(
      lines('* <https://cloudjourney.awsstudygroup.com/>', '* https://specialforce.awsstudygroup.com/#/course/security-basics', '* <http://cloudjourney.awsstudygroup.com/>'),
    );
    assert.deepEqual(linkFindings(page, findings), [['link.lab-insecure', 9, 'http://cloudjourney.awsstudygroup.com/', 'warning']]);
  });

  it('never judge the spelling of a path, raw or percent-encoded Vietnamese included', () => {
    const { findings } = lintBody(
      lines('* <https://000060.awsstudygroup.com/vi/3-write-data-to-dynaomodb/>', '* <https://000002.awsstudygroup.com/vi/2-prerequiste/>', '* https://000004.awsstudygroup.com/vi/1-gi%E1%BB%9Bi-thi%E1%BB%87u/', '* [x](https://000004.awsstudygroup.com/vi/giới-thiệu/)'),
    );
    assert.deepEqual(findings.filter((f) => f.code.startsWith('link.')), []);
  });

  it('find malformed lab hosts in every link form: [text](url), <a href>, a reference definition', () => {
    const { page, findings } = lintBody(lines('[lab](https://00003.awsstudygroup.com/)', '<a href="https://00003.awsstudygroup.com/">lab</a>', '', '[l]: https://00003.awsstudygroup.com/'));
    assert.deepEqual(
      linkFindings(page, findings).map((f) => [f[0], f[1]]),
      [
        ['link.lab-malformed', 7],
        ['link.lab-malformed', 8],
        ['link.lab-malformed', 10],
      ],
    );
  });

  it('do not read a portal host named in a sentence as a link without a scheme', () => {
    const { findings } = lintBody('- The specialforce.awsstudygroup.com website was slow; the awsstudygroup.com home page too.\n');
    assert.deepEqual(findings.filter((f) => f.code.startsWith('link.')), []);
  });

  it('do not look inside code', () => {
    const { findings } = lintBody(lines('`https://00003.awsstudygroup.com/`', '```', 'http://000001.awsstudygroup.com/', '```'));
    assert.deepEqual(findings.filter((f) => f.code.startsWith('link.')), []);
  });

  it('accept the ids config.labs adds', () => {
    const body = '* <https://000150.awsstudygroup.com/>\n';
    assert.equal(only(lintBody(body).findings, 'link.lab-unknown').length, 1);
    assert.deepEqual(only(lintBody(body, { config: { ...defaultConfig, labs: ['000150'] } }).findings, 'link.lab-unknown'), []);
  });

  it('respect config.ignoreLinks as a substring or a /regex/', () => {
    const body = lines('* <http://000150.awsstudygroup.com/>', '* <https://00003.awsstudygroup.com/>');
    assert.equal(lintBody(body).findings.filter((f) => f.code.startsWith('link.')).length, 3);
    assert.deepEqual(lintBody(body, { config: { ...defaultConfig, ignoreLinks: ['000150', '/^https:\\/\\/00003\\./'] } }).findings.filter((f) => f.code.startsWith('link.')), []);
  });

  it('leave the inline-html fixture alone (links glued to <br>, a bare URL as the whole cell)', () => {
    const page = parsePage('content/1-Worklog/1.2-Week2/_index.md', fixture('inline-html.md'));
    assert.deepEqual(linkFindings(page, lintPage(page)), []);
  });

  it('honour suppression comments', () => {
    const page = parsePage(WEEK3, fixture('suppression.md'));
    assert.deepEqual(linkFindings(page, lintPage(page)), [['link.lab-insecure', 26, 'http://000007.awsstudygroup.com/', 'warning']]);
  });
});

describe('link.syntax', () => {
  it('raises the link-syntax fixture contract with exact spans', () => {
    const page = parsePage(WEEK4, fixture('link-syntax.md'));
    assert.deepEqual(linkFindings(page, lintPage(page)), [
      ['link.syntax', 21, 'https://000060.awsstudygroup.com/vi/3 create table/', 'warning'],
      ['link.syntax', 22, 'https://000040.awsstudygroup.com/vi/2-(prepare-data/', 'warning'],
      ['link.syntax', 23, '<https://000057.awsstudygroup.com/', 'warning'],
      ['link.syntax', 24, 'https://000057.awsstudygroup.com/.', 'warning'],
    ]);
  });

  it('fixes each of them to what GFM reads as intended', () => {
    const page = parsePage(WEEK4, fixture('link-syntax.md'));
    const fixed = only(lintPage(page), 'link.syntax').map((f) => applyFirst(page, f).split('\n')[page.lines.positionAt(f.span.start).line]);
    assert.deepEqual(fixed, [
      '* [DynamoDB table notes](<https://000060.awsstudygroup.com/vi/3 create table/>)',
      '* [Glue lab notes](<https://000040.awsstudygroup.com/vi/2-(prepare-data/>)',
      '* Unfinished autolink: <https://000057.awsstudygroup.com/>',
      '* I finished the S3 lab at <https://000057.awsstudygroup.com/>.',
    ]);
    for (const f of only(lintPage(page), 'link.syntax')) {
      assert.deepEqual(only(lintPage(parsePage(WEEK4, applyFirst(page, f))), 'link.syntax').length, 3, `fixing "${covered(page, f.span)}" must leave only the other three`);
    }
  });

  it('explains why GFM does not read the link', () => {
    const page = parsePage(WEEK4, fixture('link-syntax.md'));
    const messages = only(lintPage(page), 'link.syntax').map((f) => f.message);
    assert.match(messages[0], /contains a space/);
    assert.match(messages[1], /parentheses are unbalanced/);
    assert.match(messages[2], /never closed/);
    assert.match(messages[3], /"\." is glued to the URL/);
  });

  it('reports a ")" that ends a destination early, and wraps the whole destination', () => {
    const { page, findings } = lintBody('[notes](https://a.example/x_(1)y)z)\n');
    const f = only(findings, 'link.syntax');
    assert.equal(f.length, 1);
    assert.equal(covered(page, f[0].span), 'https://a.example/x_(1)y)z');
    assert.match(f[0].message, /ends the link early, at https:\/\/a\.example\/x_\(1\)y/);
    assert.ok(applyFirst(page, f[0]).endsWith('[notes](<https://a.example/x_(1)y)z>)\n'));
  });

  it('keeps a title outside the angle brackets', () => {
    const { page, findings } = lintBody('[a](https://a.example/x y "Title")\n');
    assert.ok(applyFirst(page, single(findings)).endsWith('[a](<https://a.example/x y> "Title")\n'));
  });

  it('closes a [text](url that never closes', () => {
    const { page, findings } = lintBody('| 2 | a | b | c | [lab](https://000001.awsstudygroup.com/<br>x |\n');
    const f = single(findings);
    assert.equal(covered(page, f.span), 'https://000001.awsstudygroup.com/');
    assert.ok(applyFirst(page, f).includes('[lab](https://000001.awsstudygroup.com/)<br>x |'));
  });

  it('removes the space between [text] and (url)', () => {
    const { page, findings } = lintBody('See [the lab] (https://000001.awsstudygroup.com/) first.\n');
    const f = single(findings);
    assert.equal(covered(page, f.span), '[the lab] (https://000001.awsstudygroup.com/)');
    assert.ok(applyFirst(page, f).endsWith('See [the lab](https://000001.awsstudygroup.com/) first.\n'));
  });

  it('closes an autolink glued to <br> and encodes spaces inside one', () => {
    const glued = lintBody('| 2 | a | b | c | <https://000001.awsstudygroup.com/<br>next |\n');
    assert.ok(applyFirst(glued.page, single(glued.findings)).includes('<https://000001.awsstudygroup.com/><br>next'));
    const spaced = lintBody('* <https://a.example/my notes>\n');
    const f = single(spaced.findings);
    assert.equal(covered(spaced.page, f.span), '<https://a.example/my notes>');
    assert.ok(applyFirst(spaced.page, f).endsWith('* <https://a.example/my%20notes>\n'));
  });

  it('reports each glued punctuation mark, not a closing parenthesis, quote or emphasis', () => {
    const { page, findings } = lintBody(
      lines('Labs: https://a.example/x, https://b.example/y; done', '(see https://c.example/) "https://d.example/" **https://e.example/**', 'Is it https://f.example/? Yes'),
    );
    assert.deepEqual(
      only(findings, 'link.syntax').map((f) => covered(page, f.span)),
      ['https://a.example/x,', 'https://b.example/y;', 'https://f.example/?'],
    );
  });

  it('leaves well-formed links alone: titles, angle destinations, balanced parentheses, hash routes, shortcodes, images', () => {
    const { findings } = lintBody(
      lines(
        '[a](https://a.example/ "t") [b](<https://b.example/x y>) [c](https://c.example/(1))',
        '[Week 12](https://specialforce.awsstudygroup.com/#/cert/week-12:-building-data-platform-on-aws-(part-1))',
        '[w2]({{< ref "1.2-Week2" >}}) ![shot](<images/a b.png>) ([lab](https://000001.awsstudygroup.com/))',
        '[Optional] (not a link) and [x] (y) and `[a](b c)`',
      ),
    );
    assert.deepEqual(only(findings, 'link.syntax'), []);
  });

  it('leaves the seed-like table cells alone', () => {
    const { findings } = lintBody(
      lines('| Day | Task | Start Date | Completion Date | Reference Material |', '| --- | --- | --- | --- | --- |', '| 2 | a | 09/22/2025 | 09/22/2025 | CDK basic: <br> <https://000038.awsstudygroup.com/> <br> Glue: <br> <https://000040.awsstudygroup.com/> |'),
    );
    assert.deepEqual(findings.filter((f) => f.code.startsWith('link.')), []);
  });

  function single(findings: readonly Finding[]): Finding {
    const found = only(findings, 'link.syntax');
    assert.equal(found.length, 1, JSON.stringify(findings.map((f) => f.code)));
    return found[0];
  }
});

describe('link.local-missing', () => {
  const SITE = '/site';
  const files = siteFilesFromPaths(
    [
      'hugo.toml',
      'content/_index.md',
      'content/1-Worklog/_index.md',
      'content/1-Worklog/_index.vi.md',
      'content/1-Worklog/1.1-Week1/_index.md',
      'content/1-Worklog/1.1-Week1/_index.vi.md',
      'content/1-Worklog/1.2-Week2/_index.vi.md',
      'content/1-Worklog/1.2-Week2/t1.png',
      'content/2-Proposal.md',
      'content/3-Notes/index.md',
      'content/4-Blog/post-1.en.md',
      'static/images/Diagram.PNG',
      'static/files/report.pdf',
    ].map((p) => `${SITE}/${p}`),
  );
  const SECTION = `${SITE}/content/1-Worklog/_index.md`;
  const WEEK2 = `${SITE}/content/1-Worklog/1.2-Week2/_index.vi.md`;

  function missing(pagePath: string, body: string): Array<[number, string]> {
    const page = parsePage(pagePath, frontMatter(2) + body);
    return lintPages([page], { files })
      .get(page)!
      .filter((f) => f.code === 'link.local-missing')
      .map((f) => [page.lines.positionAt(f.span.start).line + 1, covered(page, f.span)]);
  }

  it('resolves the section index lower-case links to 1.N-WeekN folders, and reports the missing week', () => {
    assert.deepEqual(missing(SECTION, lines('**Week 1:** [a](1.1-week1/)', '**Week 2:** [b](1.2-week2/)', '**Week 3:** [c](1.3-week3/)')), [[9, '1.3-week3/']]);
  });

  it('resolves pretty URLs: a flat .md page, a leaf bundle, a language-suffixed page, ../ from a week', () => {
    assert.deepEqual(missing(WEEK2, lines('[p](../../2-proposal/) [n](/3-notes/) [b](/4-blog/post-1/) [w1](../1.1-week1/) [w1f](../1.1-Week1/_index.md)', '[nope](../1.9-week9/)')), [[8, '../1.9-week9/']]);
  });

  it('resolves page-bundle images, static files from the site root, fragments and queries', () => {
    assert.deepEqual(missing(WEEK2, lines('![t](t1.png) ![d](/images/diagram.png) [r](/files/report.pdf?dl=1) [s](../1.1-week1/#objectives)', '![gone](t2.png) <img src="/images/none.png">')), [
      [8, 't2.png'],
      [8, '/images/none.png'],
    ]);
  });

  it('resolves a link that leaves the content folder when the file is really there', () => {
    assert.deepEqual(missing(WEEK2, '![d](../../../static/images/Diagram.PNG)\n'), []);
  });

  it('ignores web links, mailto:, fragments, shortcodes and autolinks', () => {
    assert.deepEqual(missing(WEEK2, lines('[a](https://a.example/x) [m](mailto:a@b.example) [f](#objectives) [r]({{< ref "x" >}}) <a@b.example> [t](tel:123)')), []);
  });

  it('reports a web address written without https:// and offers to add it', () => {
    const page = parsePage(WEEK2, frontMatter(2) + '[docs](docs.aws.amazon.com/iam/) [w](www.example.com)\n');
    const found = lintPages([page], { files }).get(page)!.filter((f) => f.code === 'link.local-missing');
    assert.deepEqual(
      found.map((f) => covered(page, f.span)),
      ['docs.aws.amazon.com/iam/', 'www.example.com'],
    );
    assert.ok(applyFirst(page, found[0]).includes('[docs](https://docs.aws.amazon.com/iam/)'));
  });

  it('leaves a scheme-less lab host to link.lab-malformed', () => {
    const page = parsePage(WEEK2, frontMatter(2) + '[lab](000039.awsstudygroup.com/)\n');
    assert.deepEqual(
      lintPages([page], { files })
        .get(page)!
        .filter((f) => f.code.startsWith('link.'))
        .map((f) => f.code),
      ['link.lab-malformed'],
    );
  });

  it('stays silent without site files, and for pages outside a content folder', () => {
    assert.deepEqual(only(lintPage(parsePage(SECTION, frontMatter(2) + '[c](1.3-week3/)\n')), 'link.local-missing'), []);
    assert.deepEqual(resolveLocalLink('/notes/week3.md', 'missing/', files), { kind: 'skip' });
  });

  it('does not judge a page whose site root is not visible (no hugo.toml, config.toml, hugo.yaml or static/)', () => {
    const rootless = siteFilesFromPaths(['content/1-Worklog/_index.md', 'content/1-Worklog/1.1-Week1/_index.md'].map((p) => `${SITE}/${p}`));
    const page = parsePage(WEEK2, frontMatter(2) + '![d](/images/diagram.png) [w](../1.9-week9/)\n');
    assert.deepEqual(only(lintPages([page], { files: rootless }).get(page)!, 'link.local-missing'), []);
    for (const marker of ['config.toml', 'hugo.yaml', 'static/x.png']) {
      const rooted = siteFilesFromPaths([`${SITE}/${marker}`, `${SITE}/content/1-Worklog/1.1-Week1/_index.md`]);
      assert.equal(only(lintPages([page], { files: rooted }).get(page)!, 'link.local-missing').length, 2, marker);
    }
  });

  it('still reports a web address written without https:// where no site root is visible', () => {
    const rootless = siteFilesFromPaths([`${SITE}/content/1-Worklog/1.1-Week1/_index.md`]);
    const page = parsePage(WEEK2, frontMatter(2) + '[docs](docs.aws.amazon.com/iam/)\n');
    assert.equal(only(lintPages([page], { files: rootless }).get(page)!, 'link.local-missing').length, 1);
  });

  it('respects config.ignoreLinks', () => {
    const page = parsePage(SECTION, frontMatter(2) + '[c](1.3-week3/)\n');
    assert.deepEqual(lintPages([page], { files, config: { ...defaultConfig, ignoreLinks: ['1.3-'] } }).get(page), []);
  });

  it('re-checks files on every lint even when the page findings come from the cache', () => {
    const page = parsePage(SECTION, frontMatter(2) + '[c](1.3-week3/)\n');
    const cache = new LintCache();
    assert.equal(only(lintPages([page], { files, cache }).get(page)!, 'link.local-missing').length, 1);
    const withWeek3 = siteFilesFromPaths([`${SITE}/hugo.toml`, `${SITE}/content/1-Worklog/1.3-Week3/_index.md`]);
    assert.equal(only(lintPages([page], { files: withWeek3, cache }).get(page)!, 'link.local-missing').length, 0);
  });

  it('raises the workspace fixture contract: 1.3-week3/ on site-a and 1.4-week4/ on site-c, nothing else', () => {
    const root = path.join(__dirname, '..', 'fixtures', 'workspace');
    const all = walk(root);
    const pages = all.filter((f) => f.endsWith('.md')).map((f) => parsePage(f, fs.readFileSync(f, 'utf8')));
    const found: Array<[string, number, string]> = [];
    for (const [page, findings] of lintPages(pages, { files: siteFilesFromPaths(all) })) {
      for (const f of findings) if (f.code === 'link.local-missing') found.push([path.relative(root, page.path).split(path.sep).join('/'), page.lines.positionAt(f.span.start).line + 1, covered(page, f.span)]);
    }
    assert.deepEqual(found, [
      ['site-a/content/1-Worklog/_index.md', 15, '1.3-week3/'],
      ['site-c/content/1-Worklog/_index.md', 14, '1.4-week4/'],
    ]);
  });
});

describe('nodeSiteFiles (the CLI file access)', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-site-'));
    fs.mkdirSync(path.join(dir, 'content', '1-Worklog', '1.1-Week1'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'content', '1-Worklog', '1.1-Week1', '_index.md'), '');
    fs.writeFileSync(path.join(dir, 'hugo.toml'), 'title = "Site"\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds files and folders whatever their case, and nothing else', () => {
    const files = nodeSiteFiles();
    assert.equal(files.exists(path.join(dir, 'content', '1-worklog', '1.1-week1')), true);
    assert.equal(files.exists(`${dir}/CONTENT/1-Worklog/1.1-WEEK1/_INDEX.md`), true);
    assert.equal(files.exists(path.join(dir, 'content', '1-worklog', '1.2-week2')), false);
    assert.equal(files.exists(path.join(dir, 'nothing', 'here')), false);
  });

  it('lets link.local-missing resolve the section index links on a real folder', () => {
    const page = parsePage(path.join(dir, 'content', '1-Worklog', '_index.md'), frontMatter(1) + '[w1](1.1-week1/) [w2](1.2-week2/)\n');
    const found = only(lintPages([page], { files: nodeSiteFiles() }).get(page)!, 'link.local-missing');
    assert.deepEqual(
      found.map((f) => covered(page, f.span)),
      ['1.2-week2/'],
    );
  });
});

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
