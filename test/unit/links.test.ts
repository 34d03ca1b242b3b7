import * as assert from 'node:assert/strict';
import { parsePage } from '../../src/core';
import { labCatalog, labTitle } from '../../src/core/links/labs';
import { editDistance, readLabUrl } from '../../src/core/links/labUrl';
import { findLinks, isIgnoredLink, linksStartingIn, trimAutolinkLiteral } from '../../src/core/page/links';
import { codeSpans, indexWithin, parseInlineTail } from '../../src/core/page/inlineSpans';
import { WEEK3, frontMatter } from './helpers';

type Row = [kind: string, url: string, span: string, full: string];

/** Every link of `body` (after a week-3 front matter) as [kind, url, text under span, text under fullSpan]. */
function linksOf(body: string): Row[] {
  const page = parsePage(WEEK3, frontMatter(3) + body);
  return page.links.map((l) => [l.kind, l.url, page.text.slice(l.span.start, l.span.end), page.text.slice(l.fullSpan.start, l.fullSpan.end)]);
}

describe('findLinks', () => {
  describe('autolinks', () => {
    it('finds several autolinks glued to <br> in one cell', () => {
      assert.deepEqual(linksOf('| 2 | a | b | c | IAM:<br><https://000002.awsstudygroup.com/><br>Boundary:<br><https://000030.awsstudygroup.com/> |\n'), [
        ['autolink', 'https://000002.awsstudygroup.com/', 'https://000002.awsstudygroup.com/', '<https://000002.awsstudygroup.com/>'],
        ['autolink', 'https://000030.awsstudygroup.com/', 'https://000030.awsstudygroup.com/', '<https://000030.awsstudygroup.com/>'],
      ]);
    });

    it('reads an e-mail autolink and a mailto: autolink', () => {
      assert.deepEqual(
        linksOf('<mentor@example.com> <mailto:team@example.com>\n').map((r) => [r[0], r[1]]),
        [
          ['autolink', 'mentor@example.com'],
          ['autolink', 'mailto:team@example.com'],
        ],
      );
    });

    it('does not read an autolink with a space as one (GFM links the URL up to the space instead)', () => {
      assert.deepEqual(linksOf('<https://a.example/x y>\n'), [['bare', 'https://a.example/x', 'https://a.example/x', 'https://a.example/x']]);
    });
  });

  describe('inline links', () => {
    it('reads [text](url "title") with the span on the URL only', () => {
      assert.deepEqual(linksOf('[RDS](https://000005.awsstudygroup.com/vi/ "The RDS lab")\n'), [
        ['inline', 'https://000005.awsstudygroup.com/vi/', 'https://000005.awsstudygroup.com/vi/', '[RDS](https://000005.awsstudygroup.com/vi/ "The RDS lab")'],
      ]);
    });

    it("reads 'single-quoted' and (parenthesised) titles", () => {
      assert.deepEqual(
        linksOf("[a](https://a.example/ 'A') [b](https://b.example/ (B))\n").map((r) => r[2]),
        ['https://a.example/', 'https://b.example/'],
      );
    });

    it('reads an angle-bracket destination, spaces included, without the brackets in the span', () => {
      assert.deepEqual(linksOf('[notes](<../notes/week 3.md>)\n'), [['inline', '../notes/week 3.md', '../notes/week 3.md', '[notes](<../notes/week 3.md>)']]);
    });

    it('keeps nested balanced parentheses and a colon in a hash-routed destination', () => {
      const url = 'https://specialforce.awsstudygroup.com/#/cert/week-12:-building-data-platform-on-aws-(part-1)';
      assert.deepEqual(linksOf(`[Week 12](${url})\n`), [['inline', url, url, `[Week 12](${url})`]]);
    });

    it('reads an empty destination as a link to the page itself', () => {
      assert.deepEqual(linksOf('[here]()\n'), [['inline', '', '', '[here]()']]);
    });

    it('reads link text with brackets and escaped brackets', () => {
      assert.deepEqual(
        linksOf('[lab [1] \\] done](https://000001.awsstudygroup.com/)\n').map((r) => r[3]),
        ['[lab [1] \\] done](https://000001.awsstudygroup.com/)'],
      );
    });

    it('does not read [text](url with spaces) as a link; the URL is then linked up to the space, as GFM does', () => {
      assert.deepEqual(linksOf('[notes](https://000060.awsstudygroup.com/vi/3 create table/)\n'), [
        ['bare', 'https://000060.awsstudygroup.com/vi/3', 'https://000060.awsstudygroup.com/vi/3', 'https://000060.awsstudygroup.com/vi/3'],
      ]);
    });

    it('does not read a link whose parentheses never balance', () => {
      assert.deepEqual(
        linksOf('[Glue](https://000040.awsstudygroup.com/vi/2-(prepare-data/)\n').map((r) => r[0]),
        ['bare'],
      );
    });

    it('reads a badge: the image inside the link text and the link around it', () => {
      assert.deepEqual(linksOf('[![build](https://ci.example/badge.svg)](https://ci.example/)\n'), [
        ['inline', 'https://ci.example/', 'https://ci.example/', '[![build](https://ci.example/badge.svg)](https://ci.example/)'],
        ['image', 'https://ci.example/badge.svg', 'https://ci.example/badge.svg', '![build](https://ci.example/badge.svg)'],
      ]);
    });

    it('does not read a URL written as the link text a second time', () => {
      assert.deepEqual(
        linksOf('[https://000001.awsstudygroup.com/](https://000001.awsstudygroup.com/)\n').map((r) => r[0]),
        ['inline'],
      );
    });
  });

  describe('bare URLs', () => {
    it('reads a bare URL that is the whole cell and one after <br/> and a space', () => {
      assert.deepEqual(
        linksOf('| 2 | a | b | c | https://cloudjourney.awsstudygroup.com/ |\n| 3 | a | b | c | [KMS](https://000033.awsstudygroup.com/vi/)<br/> https://000012.awsstudygroup.com/ |\n').map((r) => [r[0], r[2]]),
        [
          ['bare', 'https://cloudjourney.awsstudygroup.com/'],
          ['inline', 'https://000033.awsstudygroup.com/vi/'],
          ['bare', 'https://000012.awsstudygroup.com/'],
        ],
      );
    });

    it('reads a bare URL glued to <br> on both sides', () => {
      assert.deepEqual(
        linksOf('| 2 | a | b | c | Lab:<br>https://000001.awsstudygroup.com/<br>x |\n').map((r) => r[2]),
        ['https://000001.awsstudygroup.com/'],
      );
    });

    it('leaves trailing sentence punctuation, quotes, emphasis and entities out, as GFM does', () => {
      assert.deepEqual(
        linksOf('Done: https://a.example/x. See "https://b.example/"; **https://c.example/** and https://d.example/&amp; ok?\n').map((r) => r[2]),
        ['https://a.example/x', 'https://b.example/', 'https://c.example/', 'https://d.example/'],
      );
    });

    it('reads www. links and ftp:// links, not a scheme glued to a word', () => {
      assert.deepEqual(
        linksOf('www.example.com/docs ftp://files.example/x xhttps://not.example/\n').map((r) => r[2]),
        ['www.example.com/docs', 'ftp://files.example/x'],
      );
    });

    it('does not read a scheme with nothing after it', () => {
      assert.deepEqual(linksOf('The protocol is https:// always.\n'), []);
    });
  });

  describe('HTML', () => {
    it('reads <a href> and <img src>, not a URL inside another attribute', () => {
      assert.deepEqual(linksOf('<a title="https://t.example/" href="https://a.example/">a</a> <img alt="x" src="diagram.png">\n'), [
        ['html', 'https://a.example/', 'https://a.example/', '<a title="https://t.example/" href="https://a.example/">'],
        ['image', 'diagram.png', 'diagram.png', '<img alt="x" src="diagram.png">'],
      ]);
    });

    it('skips HTML comments, even over several lines', () => {
      assert.deepEqual(linksOf('<!-- old: https://old.example/\n[x](https://older.example/) -->\nhttps://new.example/\n').map((r) => r[2]), ['https://new.example/']);
    });
  });

  describe('reference links', () => {
    it('reads definitions and full, collapsed and shortcut references to them', () => {
      const rows = linksOf('[RDS lab][rds], [Rds][] and [RDS].\n\n[rds]: <https://000005.awsstudygroup.com/> "RDS"\n');
      assert.deepEqual(rows, [
        ['reference', 'https://000005.awsstudygroup.com/', 'https://000005.awsstudygroup.com/', '[RDS lab][rds]'],
        ['reference', 'https://000005.awsstudygroup.com/', 'https://000005.awsstudygroup.com/', '[Rds][]'],
        ['reference', 'https://000005.awsstudygroup.com/', 'https://000005.awsstudygroup.com/', '[RDS]'],
        ['reference-definition', 'https://000005.awsstudygroup.com/', 'https://000005.awsstudygroup.com/', '[rds]: <https://000005.awsstudygroup.com/>'],
      ]);
    });

    it('points a reference span at the URL in its definition', () => {
      const page = parsePage(WEEK3, frontMatter(3) + '[lab][l]\n\n[l]: https://000001.awsstudygroup.com/\n');
      const [usage, definition] = page.links;
      assert.deepEqual(usage.span, definition.span);
    });

    it('does not read [text][label] as a link when the label has no definition', () => {
      assert.deepEqual(linksOf('[not][defined] and [plain]\n'), []);
    });
  });

  describe('what is not a link', () => {
    it('ignores code spans, fenced code and the front matter', () => {
      const page = parsePage(WEEK3, '---\ntitle: "Week 3 https://fm.example/"\n---\n`https://code.example/` ``<https://c2.example/>``\n```\nhttps://fence.example/\n```\nhttps://real.example/\n');
      assert.deepEqual(
        page.links.map((l) => l.url),
        ['https://real.example/'],
      );
    });

    it('ignores escaped brackets', () => {
      assert.deepEqual(linksOf('\\[x](y)\n').map((r) => r[0]), []);
    });
  });

  it('gives absolute offsets in a CRLF page after a BOM', () => {
    const text = '\uFEFF---\r\ntitle: "Week 3 Worklog"\r\n---\r\n| 2 | <https://000001.awsstudygroup.com/> |\r\n';
    const page = parsePage(WEEK3, text);
    const link = page.links[0];
    assert.equal(text.slice(link.span.start, link.span.end), 'https://000001.awsstudygroup.com/');
    assert.deepEqual(page.lines.positionAt(link.span.start), { line: 3, character: 7 });
  });

  it('searches only the range it is given', () => {
    const text = 'https://a.example/ https://b.example/';
    assert.deepEqual(
      findLinks(text, 19, text.length).map((l) => [l.url, l.span.start]),
      [['https://b.example/', 19]],
    );
  });
});

describe('link helpers', () => {
  it('trims an autolink literal the way GFM does', () => {
    assert.equal(trimAutolinkLiteral('https://a.example/x).'), 'https://a.example/x');
    assert.equal(trimAutolinkLiteral('https://a.example/(x)'), 'https://a.example/(x)');
    assert.equal(trimAutolinkLiteral('https://a.example/?'), 'https://a.example/');
  });

  it('parses an inline tail and refuses spaces, unbalanced parentheses and unclosed titles', () => {
    const tail = parseInlineTail('(https://a.example/ "t")', 0, 24);
    assert.deepEqual(tail && [tail.url, tail.destination, tail.close], ['https://a.example/', { start: 1, end: 19 }, 23]);
    assert.equal(parseInlineTail('(https://a.example/x y)', 0, 23), undefined);
    assert.equal(parseInlineTail('(https://a.example/(x)', 0, 22), undefined);
    assert.equal(parseInlineTail('(https://a.example/ "t)', 0, 23), undefined);
  });

  it('searches one line only, so a page costs time in proportion to its length', () => {
    const text = 'a [b] c\n`code` here';
    assert.equal(indexWithin(text, '`', 0, 7), -1);
    assert.equal(indexWithin(text, '`', 0, text.length), 8);
    assert.deepEqual(codeSpans(text, 0, 7), []);
    assert.deepEqual(codeSpans(text, 8, text.length), [{ start: 8, end: 14 }]);
  });

  it('picks the links that start on a line by binary search', () => {
    const text = '<https://a.example/>\n<https://b.example/> https://c.example/\n<https://d.example/>';
    const links = findLinks(text, 0, text.length);
    assert.deepEqual(
      linksStartingIn(links, 21, 60).map((l) => l.url),
      ['https://b.example/', 'https://c.example/'],
    );
    assert.deepEqual(linksStartingIn(links, 200, 300), []);
  });

  it('matches ignoreLinks patterns as substrings or as /regex/flags', () => {
    assert.equal(isIgnoredLink('https://000150.awsstudygroup.com/', ['000150']), true);
    assert.equal(isIgnoredLink('https://000150.awsstudygroup.com/', ['/^https:\\/\\/0001\\d\\d\\./']), true);
    assert.equal(isIgnoredLink('https://EXAMPLE.com/', ['/example\\.com/i']), true);
    assert.equal(isIgnoredLink('https://000150.awsstudygroup.com/', ['000151', '/^http:/']), false);
    // A pattern that is not a valid regex is read as plain text, never thrown.
    assert.equal(isIgnoredLink('https://a.example/(/', ['/(/']), true);
    assert.equal(isIgnoredLink('https://a.example/', ['']), false);
  });
});

describe('readLabUrl', () => {
  const problems = (url: string) => readLabUrl(url)?.problems.map((p) => (p.kind === 'scheme' ? 'scheme' : `${p.kind}:${p.written}`));

  it('reads a lab id with any path, a /vi/ or /en/ page or none', () => {
    for (const url of ['https://000038.awsstudygroup.com/', 'https://000038.awsstudygroup.com', 'https://000038.awsstudygroup.com/vi/', 'https://000038.awsstudygroup.com/en/4-createrole/', 'HTTPS://000038.AWSSTUDYGROUP.COM/']) {
      const lab = readLabUrl(url);
      assert.deepEqual([lab?.host, lab?.id, lab?.problems], ['lab', '000038', []], url);
    }
  });

  it('reads the portal hosts, hash routes included, and other awsstudygroup hosts', () => {
    assert.equal(readLabUrl('https://cloudjourney.awsstudygroup.com/')?.host, 'portal');
    assert.equal(readLabUrl('https://specialforce.awsstudygroup.com/#/course/security')?.host, 'portal');
    assert.equal(readLabUrl('https://awsstudygroup.com/')?.host, 'other');
    assert.equal(readLabUrl('https://www.awsstudygroup.com/')?.host, 'other');
  });

  it('is not interested in other sites, relative paths or other schemes', () => {
    for (const url of ['https://aws.amazon.com/', '1.1-week1/', '/images/a.png', 'mailto:a@awsstudygroup.com', 'ftp://000001.awsstudygroup.com/', 'https://studygroup.com/']) {
      assert.equal(readLabUrl(url), undefined, url);
    }
  });

  it('names what is wrong with a malformed id', () => {
    assert.deepEqual(problems('https://00003.awsstudygroup.com/'), ['id:00003']);
    assert.deepEqual(problems('https://f000001.awsstudygroup.com/'), ['id:f000001']);
    assert.deepEqual(problems('https://100000.awsstudygroup.com/'), ['id:100000']);
    assert.deepEqual(problems('https://0000001.awsstudygroup.com/'), ['id:0000001']);
  });

  it('finds a misspelled domain by edit distance, whatever the misspelling', () => {
    for (const host of ['awstudygroup.com', 'awsstudygroups.com', 'awsstduygroup.com', 'aws-studygroup.com', 'awsstudygruop.com', 'awsstudygroup.co', 'awsstudygroup.com.vn']) {
      assert.deepEqual(problems(`https://000060.${host}/`), [`domain:${host}`], host);
    }
    assert.deepEqual(problems('https://000060awsstudygroup.com/'), ['domain:000060awsstudygroup.com']);
    assert.deepEqual(problems('https://cloudjourney.aws-study-group.com/'), ['domain:aws-study-group.com']);
  });

  it('leaves real sites two edits away alone unless a lab or portal host is in front', () => {
    assert.equal(readLabUrl('https://lawstudygroup.com/cases'), undefined);
    assert.equal(readLabUrl('https://www.lawstudygroup.com/'), undefined);
    assert.deepEqual(problems('https://000001.lawstudygroup.com/'), ['domain:lawstudygroup.com']);
    assert.deepEqual(problems('https://awstudygroup.com/'), ['domain:awstudygroup.com']);
  });

  it('reads a scheme-less lab host', () => {
    assert.deepEqual(problems('000039.awsstudygroup.com/'), ['scheme']);
  });

  it('counts an adjacent swap as one edit', () => {
    assert.equal(editDistance('awsstduygroup', 'awsstudygroup'), 1);
    assert.equal(editDistance('awstudygroup', 'awsstudygroup'), 1);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });
});

describe('lab catalog', () => {
  it('ships the lab ids and titles, and reads a title by id', () => {
    const catalog = labCatalog();
    assert.ok(catalog.labs.length >= 100);
    assert.equal(catalog.has('000001'), true);
    assert.equal(labTitle('000001'), 'AWS Account Setup');
    assert.equal(catalog.title('000001'), 'AWS Account Setup');
    assert.equal(labTitle('999999'), undefined);
  });

  it('adds the ids of config.labs, once per list', () => {
    const labs = ['000150'];
    const catalog = labCatalog({ labs });
    assert.equal(catalog.has('000150'), true);
    assert.equal(catalog.title('000150'), undefined);
    assert.equal(labCatalog({ labs }), catalog);
    assert.equal(labCatalog().has('000150'), false);
  });
});
