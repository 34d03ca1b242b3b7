import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as yaml from 'js-yaml';
import { parsePage } from '../../src/core';
import { readSimpleMapping } from '../../src/core/page/simpleYaml';
import { WEEK3 } from './helpers';

const jsYaml = (source: string): unknown => {
  const value: unknown = yaml.load(source, { schema: yaml.CORE_SCHEMA, json: true });
  return value !== null && typeof value === 'object' ? value : {};
};

// Keys and values in the shapes worklogs write, and the shapes where YAML reads something else than it seems.
const KEYS = ['title', 'date', 'weight', 'pre', 'chapter', 'draft', 'menu_title', 'x-y', 'Null', 'TRUE', 'false', '__proto__', ' title', 'a b', '-', '? k'];
const VALUES = [
  '"Week 3 Worklog"', '"Tuần 3: Lần đầu"', '" <b> 1.3. </b> "', '"say \\"hi\\""', '"a\\tb"', "'it''s'", "'Week 3'", '"unterminated', '"a" "b"', '""', "''",
  'Week 3', 'Nhật ký tuần 3', '3', '03', '0', '-3', '+3', '1.5', '1_000', '0x1F', '0o17', '.inf', '.NaN', 'nan', '1e3', '12345678901234567890',
  '2025-09-08', '2025-09-08T10:00:00+07:00', '2025-9-8', 'true', 'True', 'FALSE', 'yes', 'null', 'NULL', '~', '~x',
  'a: b', 'a:b', 'https://000038.awsstudygroup.com/', 'a #b', 'a#b', '#x', '[1, 2]', '{a: 1}', '- item', '&anchor x', '*alias', '!tag x', '|', '>', '%x', '@x', '`x`',
  'a\\b', "a'b", 'a"b', '', '😀', 'x\u0085y', 'x\ufeffy', 'x\ty',
];
const SEPARATORS = [': ', ':', ' : ', ':  ', ':\t', ': '];
const anyLine = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...KEYS), fc.constantFrom(...SEPARATORS), fc.constantFrom(...VALUES), fc.constantFrom('', ' ', '  ', ' # note')).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', '# comment', '  # indented comment', '  nested: 1', '- item', '...', '---x', '\t') },
);
// Mostly lines the reader takes, so a page of several of them reaches the comparison.
const takenValues = VALUES.filter((v) => readSimpleMapping(`k: ${v}`) !== undefined);
const plainLine = fc.tuple(fc.constantFrom(...KEYS.slice(0, 7)), fc.constantFrom(': ', ' : ', ':  '), fc.constantFrom(...takenValues), fc.constantFrom('', ' ')).map((p) => p.join(''));
const source = fc
  .tuple(fc.array(fc.oneof({ weight: 1, arbitrary: anyLine }, { weight: 4, arbitrary: plainLine }), { maxLength: 8 }), fc.constantFrom('\n', '\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));

describe('front matter: the reader of simple key: value lines', () => {
  it('reads the front matter worklog pages write, with the values js-yaml gives', () => {
    const source = 'title: "Worklog Tuần 3"\r\ndate: 2025-09-22\r\nweight : 3\r\nchapter: false\r\npre: " <b> 1.3. </b> "\r\n# a comment\r\ndraft: null\r\n';
    const expected = { title: 'Worklog Tuần 3', date: '2025-09-22', weight: 3, chapter: false, pre: ' <b> 1.3. </b> ', draft: null };
    assert.deepEqual(readSimpleMapping(source), expected);
    assert.deepEqual(jsYaml(source), expected);
  });

  it('leaves to js-yaml what it does not read exactly as js-yaml does', () => {
    for (const hard of ['title: "a\\"b"', 'weight: 1.5', 'tags:\n  - a', 'title: a: b', 'Null: 1', 'title: x # note', 'title:\tx', 'a: 1\rb: 2', 'weight: 012'])
      assert.equal(readSimpleMapping(hard), undefined, hard);
  });

  it('whatever it reads, js-yaml reads the same (and does not refuse)', () => {
    fc.assert(
      fc.property(source, (text) => {
        const simple = readSimpleMapping(text);
        if (simple === undefined) return;
        assert.deepEqual(simple, jsYaml(text), JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('a page reads the same front matter data either way, and YAML errors still come from js-yaml', () => {
    assert.deepEqual(parsePage(WEEK3, '---\ntitle: Week 3\nweight: 3\n---\n').frontMatter?.data, { title: 'Week 3', weight: 3 });
    const broken = parsePage(WEEK3, '---\ntitle: "Week 3\nweight: 3\n---\n').frontMatter;
    assert.equal(broken?.data, undefined);
    assert.ok(broken?.error);
  });
});
