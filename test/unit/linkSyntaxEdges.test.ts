// Edge cases of link.syntax found by the fix property (properties.test.ts): no finding where GFM reads no problem.
import * as assert from 'node:assert/strict';
import { frontMatter, lint, lines, only } from './helpers';

describe('link.syntax edge cases', () => {
  it('is raised for an autolink never closed with ">" (the baseline)', () => {
    assert.equal(only(lint(frontMatter(3) + lines('See <https://000001.awsstudygroup.com/ today')).findings, 'link.syntax').length, 1);
  });

  it('is not raised for an escaped `\\<` before a URL, which the author meant to show', () => {
    assert.deepEqual(only(lint(frontMatter(3) + lines('See \\<https://000001.awsstudygroup.com/ today')).findings, 'link.syntax'), []);
  });

  it('is not raised inside a reference definition, whose destination runs to the end of the line', () => {
    const { findings } = lint(frontMatter(3) + lines('[r]: https://example.com/![i](a.png)x', '[r]: https://example.com/<https://000001.awsstudygroup.com/'));
    assert.deepEqual(only(findings, 'link.syntax'), []);
  });

  it('every link left open on a line is named, before and after one that closes', () => {
    const spans = (line: string) => {
      const { page, findings } = lint(frontMatter(3) + lines(line));
      return only(findings, 'link.syntax').map((f) => page.text.slice(f.span.start, f.span.end));
    };
    assert.deepEqual(spans('Read [a](https://a.example/x and [b](https://b.example/y today.'), ['https://a.example/x', 'https://b.example/y']);
    assert.deepEqual(spans('Read [a](https://a.example/x) and [b](https://b.example/y today.'), ['https://b.example/y']);
    assert.deepEqual(spans('Read [a](https://a.example/x and [b](https://b.example/y today. ' + '[x]('.repeat(3000)), ['https://a.example/x', 'https://b.example/y']);
  });

  it('names a link left open when what follows "(" reads as a URL, up to a space, "|" or "<"', () => {
    const spans = (line: string) => {
      const { page, findings } = lint(frontMatter(3) + lines(line));
      return only(findings, 'link.syntax').map((f) => page.text.slice(f.span.start, f.span.end));
    };
    assert.deepEqual(spans('[a](WWW.example.com [b](mailto:me@x.example [c](#goals [d](docs/a.md|x [e](/a<b'), ['WWW.example.com', 'mailto:me@x.example', '#goals', 'docs/a.md', '/a']);
    assert.deepEqual(spans('[a](notes today [b](www [c]({{%/ref%}}/x [d](a.b.c'), []);
  });
});
