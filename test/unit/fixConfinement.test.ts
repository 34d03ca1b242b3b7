// Every fix stays inside the construct its finding names: a lost closer must not let Fix All eat the page.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { Finding, Page, applyEdits, fixAllEdits, lintPage, parsePage } from '../../src/core';
import { DELIMITER, HEADER, frontMatter, lines, only } from './helpers';

const WEEK2 = 'content/1-Worklog/1.2-Week2/_index.md';
const LEFTOVER = 'content.template-leftover';
const NOTICE = ['{{% notice warning %}}', '⚠️ **Note:** a sample shared with classmates; please **do not copy verbatim**.'];
const OWN = ['### Week 2 Objectives:', '', '* Build a VPC.', '', '### Tasks this week:', HEADER, DELIMITER, '| 2 | Create a VPC | 09/15/2025 | 09/15/2025 | |', '', '{{% notice info %}}', 'My own note about NAT costs.', '{{% /notice %}}'];

function fixAll(text: string, pagePath = WEEK2): { page: Page; findings: Finding[]; fixed: string } {
  const page = parsePage(pagePath, text);
  const findings = lintPage(page);
  return { page, findings, fixed: applyEdits(text, fixAllEdits(only(findings, LEFTOVER))) };
}

describe('fix confinement', () => {
  describe('the notice block', () => {
    it('without its closer, removes only the opener and the "do not copy" line, keeping the objectives, table and own notice', () => {
      const text = frontMatter(2) + lines('', ...NOTICE, '', ...OWN);
      const { findings, fixed } = fixAll(text);
      assert.equal(only(findings, LEFTOVER).length, 1);
      assert.equal(fixed, frontMatter(2) + lines('', ...OWN));
    });

    it('pairs the opener with its own closer when notices nest', () => {
      const text = frontMatter(2) + lines('', NOTICE[0], NOTICE[1], '{{% notice info %}}', 'inner', '{{% /notice %}}', '{{% /notice %}}', '', '* kept');
      const { findings, fixed } = fixAll(text);
      const found = only(findings, LEFTOVER);
      assert.equal(found.length, 1);
      // The inner shortcode is another construct: the fix removes the provable template text and leaves the rest.
      assert.equal(fixed, frontMatter(2) + lines('', '{{% notice info %}}', 'inner', '{{% /notice %}}', '{{% /notice %}}', '', '* kept'));
    });

    it('never crosses a heading or a table to reach a closer below', () => {
      for (const between of [['### Objectives', '* mine'], [HEADER, DELIMITER, '| 2 | t | | | |'], ['```', 'code', '```']]) {
        const text = frontMatter(2) + lines('', ...NOTICE, ...between, '{{% /notice %}}', 'after');
        const { fixed } = fixAll(text);
        assert.equal(fixed, frontMatter(2) + lines('', ...between, '{{% /notice %}}', 'after'), between[0]);
      }
    });

    it('still removes a whole, well-formed block with the blank line after it', () => {
      const text = frontMatter(2) + lines('', ...NOTICE, '{{% /notice %}}', '', ...OWN);
      assert.equal(fixAll(text).fixed, frontMatter(2) + lines('', ...OWN));
    });

    it('offers no fix when the notice opens inside a table row, and is silent when no "do not copy" line follows', () => {
      const inRow = frontMatter(2) + lines(HEADER, DELIMITER, `| 2 | ${NOTICE[0]} ${NOTICE[1]} | | | |`);
      const found = only(lintPage(parsePage(WEEK2, inRow)), LEFTOVER);
      assert.ok(found.every((f) => f.fixes.length === 0));
      const unrelated = frontMatter(2) + lines('', NOTICE[0], 'The NAT gateway costs money.', '', ...OWN);
      assert.equal(only(lintPage(parsePage(WEEK2, unrelated)), LEFTOVER).length, 0);
    });
  });

  describe('fix-all on damaged pages', function () {
    this.timeout(120000);
    const pages = ownPages().concat(corpusPages(60));

    it(`never removes a row, heading or shortcode line it did not name, keeps the text between edits, and settles within 3 rounds (${pages.length} pages)`, () => {
      fc.assert(
        fc.property(fc.constantFrom(...pages), fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'truncate', 'drop-shortcode'), fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }), (page, mutations) => {
          const text = mutate(page.text, mutations);
          checkRound(page.path, text);
          let current = text;
          for (let round = 0; round < 3; round++) current = applyEdits(current, fixAllEdits(lintPage(parsePage(page.path, current))));
          const left = lintPage(parsePage(page.path, current)).filter((f) => f.fixes.length > 0 && fixAllEdits([f]).length > 0);
          assert.deepEqual(left.map((f) => `${f.code}: ${f.fixes[0].title}`), [], 'no fix left after 3 rounds');
        }),
        { numRuns: 300, seed: 13 },
      );
    });
  });
});

/**
 * One Fix All: a removed heading, table or shortcode line is one its finding names (the first or last line of the
 * finding's span, never a line in between); the text between edits is kept.
 */
function checkRound(pagePath: string, text: string): void {
  const page = parsePage(pagePath, text);
  const findings = lintPage(page);
  const edits = fixAllEdits(findings);
  const owner = new Map(findings.flatMap((f) => (f.fixes[0]?.edits ?? []).map((e) => [e, f] as const)));
  const protectedLines = protectedLineNumbers(page);
  for (const e of edits) {
    const f = owner.get(e) as Finding;
    const from = page.lines.lineAt(f.span.start);
    const to = page.lines.lineAt(f.span.end);
    for (let n = page.lines.lineAt(e.start); n <= page.lines.lineAt(e.end); n++) {
      const line = page.lines.lines[n];
      const removed = e.start <= line.start && line.end <= e.end && line.end > line.start && e.newText.indexOf(text.slice(line.start, line.end)) === -1;
      if (protectedLines.has(n) && removed) assert.ok(n === from || n === to, `${f.code} removed line ${n + 1} (${text.slice(line.start, line.end)}) that it did not name`);
    }
  }
  const fixed = applyEdits(text, edits);
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let at = 0;
  let out = 0;
  for (const e of sorted) {
    const kept = text.slice(at, e.start);
    assert.equal(fixed.slice(out, out + kept.length), kept, 'text outside the edits changed');
    out += kept.length + e.newText.length;
    at = e.end;
  }
  assert.equal(fixed.slice(out), text.slice(at), 'text after the last edit changed');
}

function protectedLineNumbers(page: Page): Set<number> {
  const result = new Set<number>(page.headings.map((h) => h.line));
  for (const t of page.tables) for (const r of [t.header, t.delimiter, ...t.rows]) result.add(r.line);
  for (let n = page.bodyLine; n < page.lines.lineCount; n++) if (/\{\{[%<]/.test(page.lines.lineText(n))) result.add(n);
  return result;
}

function mutate(text: string, mutations: ReadonlyArray<readonly [string, number, number]>): string {
  const all = text.split('\n');
  for (const [kind, a, b] of mutations) {
    if (all.length === 0) break;
    const i = a % all.length;
    const shortcodes = all.flatMap((l, n) => (/\{\{[%<]/.test(l) ? [n] : []));
    if (kind === 'drop-shortcode') {
      if (shortcodes.length > 0) all.splice(shortcodes[b % shortcodes.length], 1);
    } else if (kind === 'delete') all.splice(i, 1);
    else if (kind === 'duplicate') all.splice(i, 0, all[i]);
    else all[i] = all[i].slice(0, b % (all[i].length + 1));
  }
  return all.join('\n');
}

function ownPages(): Array<{ path: string; text: string }> {
  const dir = path.join(__dirname, '..', 'fixtures', 'pages');
  const own = fs.readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => ({ path: WEEK2, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  own.push({ path: WEEK2, text: frontMatter(2) + lines('', ...NOTICE, '{{% /notice %}}', '', ...OWN, '', '{{< youtube abc >}}', '{{% notice tip %}}', 'tip', '{{% /notice %}}') });
  return own;
}

/** Week pages of the shared corpus beside the repository, when it is there (a sample, spread over the sites). */
function corpusPages(limit: number): Array<{ path: string; text: string }> {
  const root = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus-dev');
  if (!fs.existsSync(root)) return [];
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/Week\d+[^/]*\/_index(\.vi)?\.md$/i.test(full.replace(/\\/g, '/'))) found.push(full);
    }
  };
  walk(root);
  const step = Math.max(1, Math.floor(found.length / limit));
  return found.filter((_, i) => i % step === 0).slice(0, limit).map((f) => ({ path: path.relative(root, f).split(path.sep).slice(1).join('/'), text: fs.readFileSync(f, 'utf8') }));
}
