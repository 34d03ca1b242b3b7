import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareAscii, compareText, sortNaturally } from '../../src/core/workspace/collation';

const natural = new Intl.Collator('en', { numeric: true });
const english = new Intl.Collator('en');
const sign = (n: number) => Math.sign(n);
// Path- and title-shaped pieces, every printable ASCII character, and number shapes (leading zeros, long runs).
const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i));
const piece = fc.oneof(
  fc.constantFrom('content/', '1-Worklog/', '1.2-Week2/', '1.10-Week10/', '_index.md', '_index.vi.md', 'Week', 'week', 'WEEK', 'Worklog ', '0', '00', '007', '10', '9', '-', '.', '_', '+', ' '),
  fc.constantFrom(...printable),
  fc.stringMatching(/^[0-9]{1,20}$/),
);
const ascii = fc.array(piece, { maxLength: 8 }).map((p) => p.join(''));
// Titles that share a Vietnamese (or accented, or combining) beginning and differ later.
const title = fc
  .tuple(fc.constantFrom('', 'Worklog Tuần ', 'Tuần', 'Nhật ký ', 'e\u0301', 'ệ', 'Ǆ', 'Worklog Tuan '), fc.array(fc.oneof(piece, fc.constantFrom('ầ', '\u0301', 'đ', 'Đ', 'İ')), { maxLength: 4 }))
  .map(([start, rest]) => start + rest.join(''));

describe('collation without a collator', () => {
  it('orders printable ASCII as the numeric and the plain en collators do', () => {
    fc.assert(
      fc.property(ascii, ascii, (a, b) => {
        assert.equal(sign(compareAscii(a, b, true)), sign(natural.compare(a, b)), `numeric: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
        assert.equal(sign(compareAscii(a, b, false)), sign(english.compare(a, b)), `plain: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      }),
      { numRuns: 20000 },
    );
  });

  it('orders titles with a shared accented beginning as the en collator does', () => {
    fc.assert(
      fc.property(title, title, (a, b) => assert.equal(sign(compareText(a, b)), sign(english.compare(a, b)), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`)),
      { numRuns: 20000 },
    );
  });

  it('puts week 2 before week 10, and orders text with other characters by the collator', () => {
    const paths = ['content/1.10-Week10/_index.md', 'content/1.2-Week2/_index.md', 'content/1.1-Week1/_index.vi.md', 'content/1.1-Week1/_index.md'];
    assert.deepEqual(sortNaturally([...paths], (p) => p), ['content/1.1-Week1/_index.md', 'content/1.1-Week1/_index.vi.md', 'content/1.2-Week2/_index.md', 'content/1.10-Week10/_index.md']);
    const vietnamese = ['Tuần 10/a.md', 'Tuần 2/a.md', 'Tuan 3/a.md'];
    assert.deepEqual(sortNaturally([...vietnamese], (p) => p), [...vietnamese].sort(natural.compare));
    for (const [a, b] of [['Tuần 2', 'Tuan 2'], ['Worklog Tuần 10', 'Worklog Tuần 9'], ['Week 10', 'Week 9']]) assert.equal(sign(compareText(a, b)), sign(english.compare(a, b)), `${a} vs ${b}`);
  });
});
