// Property-based tests: for any text the linter finishes and stays inside the text, and every first fix
// removes the finding it was offered for without touching the text around its edits.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { Finding, LineIndex, Page, applyEdits, lintPage, lintPages, parsePage } from '../../src/core';
import type { TextEdit } from '../../src/core';
import { splitRow } from '../../src/core/page/table';
import { isWhiteSpace } from '../../src/core/page/text';
import { normalizeFully, normalizeSentence } from '../../src/core/workspace/templateText';

const PATHS = [
  'content/1-Worklog/1.3-Week3/_index.md',
  'content/1-Worklog/1.3-Week3/_index.vi.md',
  'content/1-Worklog/1.7-Week7/_index.md',
  'content/1-Worklog/_index.md',
  'notes/readme.md',
];

// Fragments that meet the scanner's and the rules' special cases, glued in random order.
const PIECES = [
  '|', ' | ', '||', '\\|', '---', '...', '<br>', '<br/>', '&nbsp;', '\n', '\r\n', '\r', '\uFEFF', '\u0000', '\t', ' ', '\u00a0',
  'ệ', 'Tuần', 'Thứ', 'Ngày', 'Công việc', 'a\u0302\u0300', ':', '"', "'", '#', '### ', '* ', '> ', '```', '~~~', '`',
  'title: Week 3', 'title: "Worklog Tuần 4"', 'weight: 1', 'weight: 1.91', 'weight: 13', 'pre: " <b> 1.5. </b> "', 'date: 2024-05-06',
  '| Day | Task | Start Date | Completion Date | Reference Material |', '| --- | --- | --- | --- | --- |', '|:---:|---|', '| --- |',
  ' 2 ', '6.1', 'CN', '09/15/2025', '15/09', '2025-09-15', '31/02/2025', '<https://000001.awsstudygroup.com/>', '<http://00003.awsstudygroup.com',
  '[t](https://x.com/a(b)', '[t](https://x.com/a)', 'https://x.com/.', 'www.', '<a href="https://x.com/">', '![i](a.png)', '[r]: https://x.com/',
  '<!-- worklog-disable -->', '<!-- worklog-enable -->', '<!-- worklog-disable-next-line table.row-cells -->', '<!--', '-->', '# worklog-disable-next-line',
  '### Tasks this week:', '### Week 3 Objectives:', '{{% notice warning %}}', '\ud800', '\udc00',
];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((a) => a.join('')),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 60 }).map((a) => a.join('')),
);

// Worklog-shaped pages: optional BOM, front matter (possibly broken), tables of any shape, headings, comments.
const cell = fc.constantFrom('', ' ', '2', '3', 'CN', '6.1', 'Thứ 2', 'Task a', 'a \\| b', '09/15/2025', '15/09/2025', '2025-09-16', '<br>', '&nbsp;', '-', '**b**', 'ệ', '<https://000001.awsstudygroup.com/>', 'x<br>https://x.com/.', '[t](https://x.com/a (b))');
const row = fc.record({ cells: fc.array(cell, { maxLength: 8 }), lead: fc.boolean(), trail: fc.boolean(), pad: fc.constantFrom('', ' ', '\t') });
const renderRow = (r: { cells: string[]; lead: boolean; trail: boolean; pad: string }) => r.pad + (r.lead ? '|' : '') + r.cells.map((c) => ` ${c} `).join('|') + (r.trail ? '|' : '');
const headers = fc.constantFrom(
  ['Day', 'Task', 'Start Date', 'Completion Date', 'Reference Material'],
  ['**Thứ**', '**Công việc**', 'Ngày bắt đầu', 'Ngày hoàn thành', 'Tài liệu'],
  ['Ngày', 'Nhiệm vụ', 'Tài liệu tham khảo'],
  ['Day', 'Task'],
  ['', 'Task', 'Date'],
  ['Service', 'Price'],
);
const table = fc
  .record({ header: headers, widthChange: fc.integer({ min: -1, max: 1 }), rows: fc.array(row, { maxLength: 6 }), lead: fc.boolean(), trail: fc.boolean() })
  .map((t) => {
    const wrap = (cells: readonly string[]) => (t.lead ? '|' : '') + cells.map((c) => ` ${c} `).join('|') + (t.trail ? '|' : '');
    const width = Math.max(1, t.header.length + t.widthChange);
    return [wrap(t.header), wrap(Array.from({ length: width }, () => '---')), ...t.rows.map(renderRow)];
  });
const frontMatterLines = fc
  .record({
    title: fc.constantFrom(undefined, 'Week 3 Worklog', '"Worklog Tuần 4"', '"1.3. Week 3 Worklog"', '"Week 7"'),
    weight: fc.constantFrom(undefined, '1', '3', '13', '1.91', 'x'),
    pre: fc.constantFrom(undefined, '" <b> 1.3. </b> "', '" <b> 1.5. </b> "'),
    date: fc.constantFrom(undefined, '2024-05-06', '"2025-09-09"', '"`r Sys.Date()`"', '""'),
    extra: fc.constantFrom(undefined, 'title: "a" b', '# worklog-disable-next-line week.weight', 'tags: [a'),
    close: fc.constantFrom('---', '---', '...', ''),
  })
  .map((f) => ['---', ...[f.extra, f.title && `title: ${f.title}`, f.weight && `weight: ${f.weight}`, f.pre && `pre: ${f.pre}`, f.date && `date: ${f.date}`].filter((l): l is string => !!l), ...(f.close ? [f.close] : [])]);
const block = fc.oneof(
  { weight: 4, arbitrary: table },
  fc.constantFrom(['### Tasks this week:'], ['### Week 3 Objectives:', '', '* a'], ['### Công việc trong tuần:'], [''], ['```'], ['text line'], ['<!-- worklog-disable-next-line -->'], ['<!-- worklog-disable table -->'], ['<!-- worklog-enable -->'], ['# Week 3']),
);
const worklogPage = fc
  .record({ bom: fc.boolean(), eol: fc.constantFrom('\n', '\r\n'), fm: fc.option(frontMatterLines), blocks: fc.array(block, { maxLength: 6 }), finalEol: fc.boolean() })
  .map((p) => (p.bom ? '\uFEFF' : '') + [...(p.fm ?? []), ...p.blocks.flat()].join(p.eol) + (p.finalEol ? p.eol : ''));

function assertInside(text: string, findings: readonly Finding[]): void {
  for (const f of findings) {
    assert.ok(0 <= f.span.start && f.span.start <= f.span.end && f.span.end <= text.length, `${f.code}: span ${JSON.stringify(f.span)} outside 0..${text.length}`);
    assert.notEqual(f.code, 'lint.internal', f.message);
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      edits.forEach((e, i) => {
        assert.ok(0 <= e.start && e.start <= e.end && e.end <= text.length, `${f.code}: edit ${JSON.stringify(e)} outside the text`);
        if (i > 0) assert.ok(edits[i - 1].end <= e.start, `${f.code}: overlapping edits`);
      });
    }
  }
}

/** Where `offset` of the old text is after the edits (edits ending at or before it shift it). */
function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  return edits.filter((e) => e.end <= offset).reduce((n, e) => n + e.newText.length - (e.end - e.start), offset);
}

/** The first fix of `finding` removes it, and leaves the text before and after its edits as it was. */
function assertFixWorks(page: Page, finding: Finding, relint: (text: string) => Finding[]): void {
  const edits = finding.fixes[0].edits;
  const fixed = applyEdits(page.text, edits);
  const from = Math.min(...edits.map((e) => e.start));
  const to = Math.max(...edits.map((e) => e.end));
  const growth = edits.reduce((n, e) => n + e.newText.length - (e.end - e.start), 0);
  assert.equal(fixed.slice(0, from), page.text.slice(0, from), `${finding.code}: text before the fix changed`);
  assert.equal(fixed.slice(to + growth), page.text.slice(to), `${finding.code}: text after the fix changed`);
  const at = mapOffset(finding.span.start, edits);
  const again = relint(fixed).filter((f) => f.code === finding.code && f.span.start === at);
  assert.deepEqual(
    again.map((f) => f.message),
    [],
    `${finding.code} ("${finding.message}") is still raised after "${finding.fixes[0].title}" on ${JSON.stringify(page.text)}`,
  );
}

describe('properties', function () {
  this.timeout(60000);

  it('any text: lintPage never throws and every span and edit lies within the text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...PATHS), (text, path) => {
        const page = parsePage(path, text);
        assert.equal(page.text, text);
        assertInside(text, lintPage(page));
      }),
      { numRuns: 800 },
    );
  });

  it('worklog-shaped pages: lintPage never throws and every span and edit lies within the text', () => {
    fc.assert(
      fc.property(worklogPage, fc.constantFrom(...PATHS), (text, path) => {
        assertInside(text, lintPage(parsePage(path, text)));
      }),
      { numRuns: 800 },
    );
  });

  it('worklog-shaped pages: the first fix of every finding removes that finding and changes nothing outside its edits', () => {
    fc.assert(
      fc.property(worklogPage, fc.constantFrom(...PATHS.slice(0, 3)), (text, path) => {
        const page = parsePage(path, text);
        for (const finding of lintPage(page)) {
          if (finding.fixes.length > 0) assertFixWorks(page, finding, (fixed) => lintPage(parsePage(path, fixed)));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('site weights: the first fix of a week.weight finding removes it when the site is linted again', () => {
    const weights = fc.array(fc.integer({ min: 0, max: 25 }), { minLength: 2, maxLength: 8 });
    fc.assert(
      fc.property(weights, (list) => {
        const pages = list.map((w, i) => parsePage(`content/1-Worklog/1.${i + 1}-Week${i + 1}/_index.md`, `---\ntitle: "Week ${i + 1}"\nweight: ${w}\n---\n`));
        const results = lintPages(pages);
        pages.forEach((page, index) => {
          for (const finding of (results.get(page) ?? []).filter((f) => f.code === 'week.weight')) {
            assertFixWorks(page, finding, (fixed) => {
              const next = [...pages];
              next[index] = parsePage(page.path, fixed);
              return lintPages(next).get(next[index]) ?? [];
            });
          }
        });
      }),
      { numRuns: 500 },
    );
  });

  it('parsing is deterministic and results are not shared between parses', () => {
    fc.assert(
      fc.property(worklogPage, (text) => {
        const first = parsePage(PATHS[0], text);
        const second = parsePage(PATHS[0], text);
        if (first.frontMatter?.data && second.frontMatter?.data) {
          assert.notEqual(first.frontMatter.data, second.frontMatter.data);
          assert.deepEqual(first.frontMatter.data, second.frontMatter.data);
        }
        const strip = (fs: Finding[]) => fs.map((f) => [f.code, f.severity, f.span.start, f.span.end, f.message]);
        assert.deepEqual(strip(lintPage(first)), strip(lintPage(second)));
      }),
      { numRuns: 500 },
    );
  });

  it('a page parsed again after an edit (its last parse\'s row readings at hand) is linted as a page never seen before', () => {
    const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom('', 'x', '1', '| 3 | b | 16/09/2025 | 17/09/2025 | c |\n')) });
    let fresh = 0;
    fc.assert(
      fc.property(worklogPage, fc.array(edit, { minLength: 1, maxLength: 3 }), (text, edits) => {
        const path = PATHS[0];
        let current = text;
        lintPage(parsePage(path, current));
        for (const e of edits) {
          const at = e.at % (current.length + 1);
          current = current.slice(0, at) + e.insert + current.slice(Math.min(current.length, at + e.cut));
          const strip = (fs: Finding[]) => fs.map((f) => [f.code, f.severity, f.span.start, f.span.end, f.message, f.fixes.map((x) => x.edits)]);
          assert.deepEqual(strip(lintPage(parsePage(path, current))), strip(lintPage(parsePage(`unseen-${fresh++}/${path}`, current))));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a date finding follows its cell when the Task cell before it, the text above or the date itself is edited', () => {
    const head = '---\ntitle: "Week 3"\nweight: 3\n---\n\n| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';
    const rows = '| 2 | Set up | 09/16/2025 | 09/16/2025 | x |\n| 3 | Read | 09/15/2025 | 09/15/2025 | x |\n| 4 | Write | 09/18/2025 | 09/18/2025 | x |\n';
    const path = 'content/1-Worklog/1.3-Week3/_index.md';
    const strip = (fs: Finding[]) => fs.map((f) => [f.code, f.span.start, f.span.end, f.message, f.fixes.map((x) => x.edits)]);
    const original = head + rows;
    const edited = [
      original.replace('| Read |', '| Read the notes |'),
      original.replace('title: "Week 3"', 'title: "Week 3 of the internship"'),
      original.replace('| 09/15/2025 | 09/15/2025 |', '| 09/19/2025 | 09/19/2025 |'),
      original.replace('| 3 | Read |', '|  3 | Read|'),
    ];
    const before = strip(lintPage(parsePage(path, original)));
    assert.ok(before.length > 0, 'the page has date findings to follow');
    for (const [i, text] of edited.entries()) {
      lintPage(parsePage(path, original));
      assert.deepEqual(strip(lintPage(parsePage(path, text))), strip(lintPage(parsePage(`fresh-${i}/${path}`, text))), text);
    }
  });

  it('LineIndex: offsetAt(positionAt(o)) gives o back for every offset not inside a CRLF', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'ệ', '\n', '\r\n', '\r', '\uFEFF', '|', '\ud83d\ude00'), { maxLength: 40 }).map((a) => a.join('')), (text) => {
        const index = new LineIndex(text);
        for (let o = 0; o <= text.length; o++) {
          if (text[o - 1] === '\r' && text[o] === '\n') continue;
          const p = index.positionAt(o);
          assert.ok(p.line < index.lineCount);
          assert.equal(index.offsetAt(p), o, `offset ${o} → ${JSON.stringify(p)}`);
        }
        assert.deepEqual(
          index.lines.map((l) => text.slice(l.start, l.end)),
          text.split(/\r\n|\r|\n/),
        );
        index.lines.forEach((l, n) => assert.equal(l.next, n + 1 < index.lineCount ? index.lines[n + 1].start : text.length));
      }),
      { numRuns: 500 },
    );
  });

  it('splitRow: every pipe not escaped by a backslash borders a cell, and no escaped one does', () => {
    const unescapedPipes = (text: string) => [...text.matchAll(/\\[\s\S]|\|/g)].filter((m) => m[0] === '|').map((m) => m.index);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('|', '\\', '\\|', 'a', 'ệ', ' ', '\t', '\u00a0', '`'), { maxLength: 30 }).map((a) => a.join('')), (text) => {
        const row = splitRow(text, 0, text.length, 0);
        const borders = new Set(row.cells.flatMap((c) => [c.rawSpan.start - 1, c.rawSpan.end]));
        const content = text.trim();
        const offset = text.indexOf(content);
        const pipes = content === '' ? [] : unescapedPipes(content).map((i) => i + offset);
        assert.deepEqual([...borders].filter((b) => text[b] === '|').sort((a, b) => a - b), pipes.filter((p) => borders.has(p) || row.cells.length > 0));
        for (const p of pipes) assert.ok(borders.has(p) || row.cells.length === 0, `pipe at ${p}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalizeSentence reads any text as the whole normalising chain does (its shortcuts skip only steps with no work)', () => {
    const pieces = ['Học', 'AWS', 'ệ', 'a\u0302\u0300', '\u1ec7', '\u2070', '\u3000', '\u00a0', '\t', ' ', '  ', '*', '_', '`', '&amp;', '&emsp;', '&', '•', '- ', '+ ', '12. ', '3)', '.', '…', '!', ':', 'Ω', 'İ', 'ﬁ', '\uFEFF', '\u2028'];
    const sentence = fc.oneof(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join('')), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(fc.property(sentence, (text) => normalizeSentence(text) === normalizeFully(text)), { numRuns: 3000 });
  });

  it('isWhiteSpace agrees with the engine\'s \\s on every UTF-16 code unit (what trim and the scanners skip)', () => {
    const differ: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code.toString(16));
    }
    assert.deepEqual(differ, []);
  });

  it('applyEdits matches a one-edit-at-a-time reference for non-overlapping edits', () => {
    const scenario = fc.string({ maxLength: 40 }).chain((text) =>
      fc.tuple(
        fc.constant(text),
        fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 6 }).chain((points) => {
          const sorted = [...points].sort((a, b) => a - b);
          const pairs: Array<[number, number]> = [];
          for (let i = 0; i + 1 < sorted.length; i += 2) pairs.push([sorted[i], sorted[i + 1]]);
          return fc.tuple(fc.constant(pairs), fc.array(fc.string({ maxLength: 5 }), { minLength: pairs.length, maxLength: pairs.length }));
        }),
      ),
    );
    fc.assert(
      fc.property(scenario, fc.boolean(), ([text, [pairs, inserts]], reverse) => {
        const edits = pairs.map(([start, end], i) => ({ start, end, newText: inserts[i] }));
        let expected = '';
        let at = 0;
        for (const e of edits) {
          expected += text.slice(at, e.start) + e.newText;
          at = e.end;
        }
        expected += text.slice(at);
        assert.equal(applyEdits(text, reverse ? [...edits].reverse() : edits), expected);
      }),
      { numRuns: 500 },
    );
  });
});
