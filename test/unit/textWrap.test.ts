// The text report's wrapping: lines fit their columns, Vietnamese letters count once, long words are cut between code points.
import * as assert from 'node:assert/strict';
import { wrap } from '../../src/cli/textReporter';

const columnsOf = (line: string) => Array.from(line.normalize('NFC')).length;

describe('text report wrapping', () => {
  it('breaks at spaces so no line is wider than asked, and joined back reads as the message', () => {
    const message = 'Ngày 15/09/2025 đứng sau ngày 16/09/2025 trong cùng một tuần; hàng ngày nên theo thứ tự thời gian để người hướng dẫn đọc';
    const lines = wrap(message, 40);
    assert.ok(lines.length > 2, `wrapped into ${lines.length} lines`);
    for (const line of lines) assert.ok(columnsOf(line) <= 40, `"${line}" is ${columnsOf(line)} columns`);
    assert.equal(lines.join(' '), message.normalize('NFC'));
  });

  it('counts a decomposed Vietnamese letter as one column, as a terminal shows it', () => {
    const decomposed = 'Tuần'.normalize('NFD').repeat(10); // 40 columns, 50 code units
    assert.deepEqual(wrap(`${decomposed} x`, 42), [`${decomposed} x`]);
  });

  it('cuts a word longer than a line between code points, never inside an emoji', () => {
    const word = '🙂'.repeat(50);
    const lines = wrap(word, 40);
    assert.deepEqual(lines.map(columnsOf), [40, 10]);
    for (const line of lines) assert.doesNotMatch(line, /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    assert.equal(lines.join(''), word);
  });

  it('counts Latin text below U+0300 by its length: no pair of such characters changes when composed', () => {
    const latin = Array.from({ length: 0x300 }, (_, i) => String.fromCharCode(i));
    for (const a of latin) for (const b of latin) if ((a + b).normalize('NFC') !== a + b) assert.fail(`U+${a.charCodeAt(0).toString(16)} U+${b.charCodeAt(0).toString(16)} compose`);
    assert.deepEqual(wrap(`${'é'.repeat(39)} x`, 41), [`${'é'.repeat(39)} x`]);
    assert.deepEqual(wrap(`${'é'.repeat(40)} x`, 41), ['é'.repeat(40), 'x']);
  });
});
