import * as assert from 'node:assert/strict';
import { KEEPS_LETTERS_RANGES, NEEDS_FULL, UNPLAIN, normalizeFully, normalizeSentence } from '../../src/core/workspace/templateText';

// The character classes normalizeSentence's shortcuts rest on are written out in the source; here they are worked
// out again from what they mean, with this Node's own NFC, lower-casing and `\s`.
const LIMIT = 0x2070;

/** Below U+2070: not an ASCII letter after lower-casing, unchanged by NFC, no combining mark. */
function keepsLetter(c: number): boolean {
  if (c < 0x80) return false;
  const ch = String.fromCharCode(c);
  return ch.normalize('NFC') === ch && !/[a-z]/i.test(ch.toLowerCase()) && !/\p{M}/u.test(ch);
}

/** Characters of the three blocks the source considers (Latin, Latin Extended Additional, General Punctuation). */
function considered(c: number): boolean {
  return (c >= 0x80 && c < 0x250) || (c >= 0x1e00 && c < 0x1f00) || (c >= 0x2000 && c < LIMIT);
}

/** `[^…]` listing, as `\uXXXX-\uXXXX` ranges, the characters below U+2070 that `keep` accepts. */
function classOfAllBut(keep: (c: number) => boolean): string {
  const hex = (c: number) => `\\u${c.toString(16).padStart(4, '0')}`;
  let ranges = '';
  let from = -1;
  for (let c = 0; c <= LIMIT; c++) {
    const kept = c < LIMIT && keep(c);
    if (kept && from < 0) from = c;
    if (!kept && from >= 0) {
      ranges += `${hex(from)}-${hex(c - 1)}`;
      from = -1;
    }
  }
  return `[^${ranges}]`;
}

describe('sentence character classes', () => {
  const keeps = (c: number) => considered(c) && keepsLetter(c);
  const safe = (c: number) => c < 0x300 || keeps(c);
  const space = (c: number) => /\s/.test(String.fromCharCode(c));

  it('lists exactly the characters that keep letters in step', () => {
    for (let c = 0; c < LIMIT; c++) {
      const listed = KEEPS_LETTERS_RANGES.some(([from, to]) => c >= from && c <= to);
      assert.equal(listed, keeps(c), `U+${c.toString(16).padStart(4, '0')}`);
    }
  });

  it('sends to the full chain every character NFC may change, and every &', () => {
    assert.equal(NEEDS_FULL.source, classOfAllBut((c) => safe(c) && c !== 38));
  });

  it('leaves out of the plain path marks, &, and white space other than one space', () => {
    assert.equal(UNPLAIN.source, `${classOfAllBut((c) => c === 32 || (safe(c) && !space(c) && c !== 38 && c !== 42 && c !== 95 && c !== 96))}| {2}`);
  });

  it('normalises through its shortcuts as the full chain does', () => {
    for (const text of ['Tìm hiểu  **AWS** &amp; EC2.', 'Ｆｕｌｌ width', 'e\u0301 decomposed', 'İstanbul', '\u2000en quad\u00a0space', '- Học về IAM!']) {
      assert.equal(normalizeSentence(text), normalizeFully(text), text);
    }
  });
});
