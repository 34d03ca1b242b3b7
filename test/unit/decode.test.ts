import * as assert from 'node:assert/strict';
import { decodePage } from '../../src/core';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodePage', () => {
  it('decodes UTF-8 text, Vietnamese included', () => {
    assert.deepEqual(decodePage(utf8('# Tuần 7\r\n')), { ok: true, text: '# Tuần 7\r\n', hasBom: false });
  });

  it('strips a UTF-8 BOM and says it was there', () => {
    assert.deepEqual(decodePage(bytes(0xef, 0xbb, 0xbf, 0x2d, 0x2d, 0x2d, 0x0a)), { ok: true, text: '---\n', hasBom: true });
  });

  it('decodes an empty file and a file that is only a BOM', () => {
    assert.deepEqual(decodePage(bytes()), { ok: true, text: '', hasBom: false });
    assert.deepEqual(decodePage(bytes(0xef, 0xbb, 0xbf)), { ok: true, text: '', hasBom: true });
  });

  it('refuses a file with NUL bytes as binary', () => {
    assert.deepEqual(decodePage(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00)), { ok: false, reason: 'it looks binary (it contains NUL bytes)' });
    assert.deepEqual(decodePage(utf8('title: a\u0000b')), { ok: false, reason: 'it looks binary (it contains NUL bytes)' });
  });

  it('refuses UTF-16 text (it has NUL bytes)', () => {
    const utf16 = bytes(0xff, 0xfe, 0x23, 0x00, 0x20, 0x00, 0x41, 0x00);
    assert.equal(decodePage(utf16).ok, false);
  });

  it('refuses text that is not valid UTF-8', () => {
    const expected = { ok: false, reason: 'it is not valid UTF-8 (save it as UTF-8)' };
    assert.deepEqual(decodePage(bytes(0x54, 0x75, 0xe9, 0x6e)), expected, 'Latin-1 é');
    assert.deepEqual(decodePage(bytes(0x61, 0xe1, 0xba)), expected, 'truncated sequence at the end');
    assert.deepEqual(decodePage(bytes(0xc0, 0xaf)), expected, 'overlong encoding');
    assert.deepEqual(decodePage(bytes(0xed, 0xa0, 0x80)), expected, 'encoded surrogate');
    assert.deepEqual(decodePage(bytes(0xff, 0xfe, 0x41)), expected, 'a UTF-16 BOM without NULs');
  });
});
