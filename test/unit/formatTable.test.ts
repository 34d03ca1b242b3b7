// The table formatter: aligned by display width, cell contents untouched, idempotent, only changed lines edited.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Page, applyEdits, formatTables, parsePage } from '../../src/core';
import type { TableFormatOptions } from '../../src/core';
import { cellTexts, displayWidth } from '../../src/core/page/formatTable';
import { WEEK3, frontMatter, lines } from './helpers';

function format(text: string, options?: TableFormatOptions): string {
  return applyEdits(text, formatTables(parsePage(WEEK3, text), options));
}

/** Every table's cells, row by row, as GFM splits them. */
function cells(page: Page): string[][][] {
  return page.tables.map((t) => [t.header, t.delimiter, ...t.rows].map((r) => cellTexts(page.text, r)));
}

/** The cells without the delimiter row, which the formatter is allowed to change. */
function contents(text: string): string[][][] {
  return cells(parsePage(WEEK3, text)).map((t) => t.filter((_, i) => i !== 1));
}

/** Display columns at which each pipe of a line sits. */
function pipeColumns(line: string): number[] {
  const columns: number[] = [];
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') columns.push(displayWidth(line.slice(0, i)));
  }
  return columns;
}

function tableLines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => l.trimStart().startsWith('|'));
}

describe('formatTables', () => {
  it('aligns a ragged day table and pads the delimiter row', () => {
    const text = frontMatter(3) + lines(
      '',
      '| Day | Task | Start Date | Completion Date | Reference Material |',
      '|---|---|:---|:---:|---:|',
      '| 2 | - Create an IAM user | 15/09/2025 | 15/09/2025 | <https://000002.awsstudygroup.com/> |',
      '|3|- VPC|16/09/2025|16/09/2025||',
    );
    const out = format(text);
    assert.equal(
      out.slice(frontMatter(3).length),
      lines(
        '',
        '| Day | Task                 | Start Date | Completion Date | Reference Material                  |',
        '| --- | -------------------- | :--------- | :-------------: | ----------------------------------: |',
        '| 2   | - Create an IAM user | 15/09/2025 | 15/09/2025      | <https://000002.awsstudygroup.com/> |',
        '| 3   | - VPC                | 16/09/2025 | 16/09/2025      |                                     |',
      ),
    );
  });

  it('aligns Vietnamese (NFC and NFD), CJK and emoji by display width', () => {
    const nfc = 'Ngày bắt đầu';
    const nfd = 'Ngày bắt đầu'.normalize('NFD');
    assert.notEqual(nfc.length, nfd.length);
    assert.deepEqual([nfc, nfd, '日本語', '👩‍💻', '❤️', '🇻🇳'].map(displayWidth), [12, 12, 6, 2, 2, 2]);
    const text = lines(
      '| Thứ | Công việc | Ghi chú |',
      '| --- | --- | --- |',
      `| 2 | ${nfc} | 日本語のメモ |`,
      `| 3 | ${nfd} | 👩‍💻 code ❤️ |`,
      '| CN | Tuần 1 | 🇻🇳 |',
    );
    const out = format(text);
    const columns = tableLines(out).map(pipeColumns);
    for (const c of columns) assert.deepEqual(c, columns[0], out);
    assert.ok(out.includes(nfd), 'the NFD text is kept as written');
    assert.deepEqual(contents(out), contents(text));
  });

  it('keeps escaped pipes and code spans in their cells', () => {
    const text = lines('| a | b |', '| - | - |', '| x \\| y | `code \\| span` |', '| `z` | w |');
    const out = format(text);
    assert.ok(out.includes('| x \\| y '), out);
    assert.ok(out.includes('`code \\| span`'), out);
    assert.deepEqual(contents(out), contents(text));
  });

  it('is idempotent and edits nothing on an aligned table', () => {
    const text = lines('| Day | Task |', '|:-:|--|', '| 2 | a |', '| 10 | longer task |');
    const once = format(text);
    assert.notEqual(once, text);
    assert.deepEqual(formatTables(parsePage(WEEK3, once)), []);
  });

  it('edits only the lines that change, never the line breaks, and keeps CRLF and the BOM', () => {
    const text = '\uFEFF' + frontMatter(3).replace(/\n/g, '\r\n') + '| Day | Task |\r\n| --- | ---- |\r\n| 2   | a    |\r\n| 3 | bb |\r\n\r\nText | after\r\n';
    const page = parsePage(WEEK3, text);
    const edits = formatTables(page);
    assert.equal(edits.length, 1);
    assert.equal(page.lines.lineAt(edits[0].start), page.lines.lineAt(edits[0].end));
    const out = applyEdits(text, edits);
    assert.ok(out.startsWith('\uFEFF---\r\n'));
    assert.equal(out.split('\r\n').length, text.split('\r\n').length);
    assert.ok(out.includes('| 3   | bb   |\r\n'));
  });

  it('leaves tables GFM does not render, tables in fenced code and table-like text alone', () => {
    const text = lines(
      '| a | b |',
      '| --- |',
      '| 1 | 2 |',
      '',
      '```',
      '| a | b |',
      '| --- | --- |',
      '| 1 | 22222 |',
      '```',
      '',
      'a | b and no delimiter row',
    );
    assert.deepEqual(formatTables(parsePage(WEEK3, text)), []);
  });

  it('leaves a table indented as a code block alone', () => {
    for (const indent of ['    ', '\t', '  \t']) {
      const text = lines('Text.', '', `${indent}| a | b |`, `${indent}| - | - |`, `${indent}| 1 | 22222 |`);
      assert.deepEqual(formatTables(parsePage(WEEK3, text)), [], JSON.stringify(indent));
    }
    assert.ok(format(lines('   | a | b |', '   | - | - |', '   | 1 | 22222 |')).startsWith('   | a   | b     |\n'));
  });

  it('formats only the tables a line range touches', () => {
    const text = lines('| a | b |', '| - | - |', '| 1 | 2 |', '', 'text', '', '| c | d |', '| - | - |', '| 3 | 44444 |');
    const page = parsePage(WEEK3, text);
    const first = formatTables(page, { lines: { start: 0, end: 0 } });
    assert.ok(first.length > 0 && first.every((e) => page.lines.lineAt(e.start) <= 2));
    const second = formatTables(page, { lines: { start: 4, end: 7 } });
    assert.ok(second.length > 0 && second.every((e) => page.lines.lineAt(e.start) >= 6));
  });

  it('keeps the row cell count: a short row stays short, extra cells stay', () => {
    const text = lines('| a | b | c |', '| - | - | - |', '| 1 | 2 |', '| 1 | 2 | 3 | 4 |');
    const out = format(text);
    const page = parsePage(WEEK3, out);
    assert.deepEqual(page.tables[0].rows.map((r) => r.cells.length), [2, 4]);
    assert.deepEqual(contents(out), contents(text));
  });

  it('keeps no-break spaces at cell edges, since the page shows them', () => {
    const text = lines('| a | b |', '| - | - |', '| \u00a0x | y\u00a0 |');
    const out = format(text);
    assert.ok(out.includes('\u00a0x'), out);
    assert.ok(out.includes('y\u00a0'), out);
  });

  it('does not pad a column to a cell wider than maxColumnWidth', () => {
    const long = '- **Study** <br>&emsp; + ' + 'read the lab guide and take notes '.repeat(6).trim();
    const text = lines('| Day | Task | Start Date |', '| --- | --- | --- |', `| 2 | ${long} | 15/09/2025 |`, '| 3 | - VPC | 16/09/2025 |');
    const capped = format(text, { maxColumnWidth: 40 });
    assert.ok(capped.includes(`| ${long} | 15/09/2025 |`), capped);
    assert.ok(capped.includes('| 3   | - VPC | 16/09/2025 |'), capped);
    const uncapped = format(text, { maxColumnWidth: 0 });
    const rows = tableLines(uncapped).map(pipeColumns);
    for (const r of rows) assert.deepEqual(r, rows[0]);
  });

  describe('properties', () => {
    const graphemes = ['a', 'W', '1', ' ', 'ệ', 'Thứ', 'e\u0302\u0301', 'đ', '日', '本', '👍', '👩‍💻', '❤️', '🇻🇳', '\\|', '`x|y`', '<br>', '&emsp;', '+', '-', ':', '*'];
    const cellText = fc.array(fc.constantFrom(...graphemes), { maxLength: 12 }).map((a) => a.join('').trim());
    const pad = fc.constantFrom('', ' ', '  ', '\t');
    const tableArb = fc.integer({ min: 1, max: 5 }).chain((columns) =>
      fc.record({
        header: fc.array(cellText, { minLength: columns, maxLength: columns }),
        aligns: fc.array(fc.constantFrom('-', '---', ':-', '-:', ':---:'), { minLength: columns, maxLength: columns }),
        rows: fc.array(fc.array(cellText, { minLength: 1, maxLength: columns + 1 }), { maxLength: 6 }),
        pads: fc.array(pad, { minLength: 40, maxLength: 40 }),
        eol: fc.constantFrom('\n', '\r\n'),
        max: fc.constantFrom(0, 5, 80),
      }),
    );
    const render = (cellsOf: string[], pads: string[]) => '|' + cellsOf.map((c, i) => `${pads[i % pads.length]}${c}${pads[(i + 7) % pads.length]}`).join('|') + '|';

    it('formatting twice equals formatting once; cell contents and line count never change', () => {
      fc.assert(
        fc.property(tableArb, ({ header, aligns, rows, pads, eol, max }) => {
          const text = ['intro', '', render(header, pads), render(aligns, pads), ...rows.map((r) => render(r, pads)), '', 'outro'].join(eol) + eol;
          const before = parsePage(WEEK3, text);
          fc.pre(before.tables.length === 1);
          const once = format(text, { maxColumnWidth: max });
          assert.equal(format(once, { maxColumnWidth: max }), once);
          assert.deepEqual(contents(once), contents(text));
          assert.equal(once.split(eol).length, text.split(eol).length);
          const after = parsePage(WEEK3, once);
          assert.equal(after.tables.length, 1);
          assert.deepEqual(cells(after)[0][1].map((c) => c.replace(/-+/g, '-')), cells(before)[0][1].map((c) => c.replace(/\s|-+/g, (m) => (m.trim() ? '-' : ''))));
          if (max === 0) {
            const columns = tableLines(once).map(pipeColumns);
            const widest = Math.max(...columns.map((c) => c.length));
            for (const c of columns) assert.deepEqual(c, columns.find((x) => x.length === widest)?.slice(0, c.length));
          }
        }),
        { numRuns: 300 },
      );
    });
  });
});
