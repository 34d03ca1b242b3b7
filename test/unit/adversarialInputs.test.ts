// Pathological lines and cells: what is read must not change when the reading is made linear.
// (Their timings are in `npm run bench:adversarial`.)
import * as assert from 'node:assert/strict';
import { readDates } from '../../src/core';

describe('pathological inputs', () => {
  it('reads dates around a long run of digits with no separator, and none inside it', () => {
    const text = `${'1'.repeat(5000)} 15/09/2025 ${'2'.repeat(3000)}-x 16/09`;
    assert.deepEqual(
      readDates(text).map((d) => d.text),
      ['15/09/2025', '16/09'],
    );
    assert.deepEqual(readDates('1.2.3 20-09-2025 7/8/9/10').map((d) => d.text), ['1.2.3', '20-09-2025']);
  });
});
