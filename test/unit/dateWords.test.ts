// One date formatter per language: the tree, the preview, the hovers and the messages write a date the same way.
import * as l10n from '@vscode/l10n';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { WeeksIndex, describeDate, describeRange, englishDateWords, formatDay, formatRange, localDateWords, parsePage, renderWeek } from '../../src/core';

const root = path.resolve(__dirname, '..', '..');
const viBundle = JSON.parse(fs.readFileSync(path.join(root, 'l10n', 'bundle.l10n.vi.json'), 'utf8')) as Record<string, string>;

/** Runs `body` with the core speaking Vietnamese, as the extension configures it for display language vi. */
function inVietnamese<T>(body: () => T): T {
  l10n.config({ contents: viBundle });
  try {
    return body();
  } finally {
    l10n.config({ contents: {} });
  }
}

const sep23 = { year: 2025, month: 9, day: 23 };
const sep22 = { year: 2025, month: 9, day: 22 };
const oct3 = { year: 2025, month: 10, day: 3 };

const WEEK = `---
title: "Worklog Tuần 1"
date: 2025-09-22
weight: 1
---

| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |
| --- | --- | --- | --- | --- |
| 2 | - Tạo tài khoản | 22/09/2025 | 22/09/2025 | |
| 3 | - Bật MFA | 23/09/2025 | 23/09/2025 | |
`;

describe('dates in the display language', () => {
  it('English keeps its words and follows the page order', () => {
    assert.equal(formatDay(sep23, 'dmy', englishDateWords), 'Tue 23 Sep 2025');
    assert.equal(formatDay(sep23, 'mdy', englishDateWords), 'Tue Sep 23, 2025');
    assert.equal(formatRange(sep22, oct3, englishDateWords), '22 Sep – 3 Oct 2025');
    assert.equal(describeDate(sep23), 'Tue 23 Sep 2025');
  });

  it('Vietnamese writes the day first with a comma before the year, on month-first pages too', () => {
    inVietnamese(() => {
      const words = localDateWords();
      assert.equal(formatDay(sep23, 'dmy', words), 'Thứ 3, 23 tháng 9, 2025');
      assert.equal(formatDay(sep23, 'mdy', words), 'Thứ 3, 23 tháng 9, 2025');
      assert.equal(describeDate(sep23), 'Thứ 3, 23 tháng 9, 2025');
      assert.equal(describeRange(sep22, sep23), '22–23 tháng 9, 2025');
      assert.equal(describeRange(sep22, oct3), '22 tháng 9 – 3 tháng 10, 2025');
    });
  });

  it('the Weeks view day rows and week ranges follow the display language', () => {
    const page = parsePage('site/content/1-Worklog/1.1-Week1/_index.vi.md', WEEK);
    const english = new WeeksIndex();
    english.reset([page]);
    assert.equal(english.outline(page).days[0]?.label, 'Mon 22 Sep · Tạo tài khoản');
    inVietnamese(() => {
      const index = new WeeksIndex();
      index.reset([page]);
      const outline = index.outline(page);
      assert.equal(outline.days[0]?.label, 'Thứ 2, 22 tháng 9 · Tạo tài khoản');
      assert.equal(outline.range, '22–23 tháng 9, 2025');
    });
  });

  it('the preview writes its date cells and card range with the words it is given', () => {
    const words = inVietnamese(() => localDateWords());
    const html = renderWeek({ path: 'site/content/1-Worklog/1.1-Week1/_index.vi.md', text: WEEK, labels: { ...words } }).html;
    assert.match(html, /<time[^>]*>Thứ 2, 22 tháng 9, 2025<\/time>/);
    assert.match(html, /22–23 tháng 9, 2025/);
    assert.doesNotMatch(html, /\b(Mon|Tue) \d/);
  });
});

/** Every string literal of a source file with its line, comments skipped. */
function literals(source: string): Array<{ text: string; line: number; index: number }> {
  const found: Array<{ text: string; line: number; index: number }> = [];
  const pattern = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g;
  for (const m of source.matchAll(pattern)) {
    const text = m[1] ?? m[2] ?? m[3];
    if (text === undefined) continue;
    found.push({ text, line: source.slice(0, m.index).split('\n').length, index: m.index ?? 0 });
  }
  return found;
}

const ENGLISH_DATE_WORD =
  /\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\b/;

/** Files that hold English date words on purpose, and why. */
const ALLOWED: Record<string, string> = {
  'src/core/dates/dates.ts': 'reads the English month and weekday names interns write in their pages',
  'src/core/dates/days.ts': 'reads English weekday names written in Day cells',
  'src/core/dates/dateWords.ts': 'the English words themselves, the fallback when no display language is given',
  'src/editor/dayRows.ts': 'writes a new row\'s date into the page in the page\'s own (English) style',
};

describe('no user-visible date words outside l10n', () => {
  it('src/ builds no date text from English weekday or month names except through l10n', () => {
    const offenders: string[] = [];
    const walk = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    for (const file of walk(path.join(root, 'src'))) {
      const relative = path.relative(root, file).split(path.sep).join('/');
      if (ALLOWED[relative]) continue;
      const source = fs.readFileSync(file, 'utf8');
      for (const literal of literals(source)) {
        if (!ENGLISH_DATE_WORD.test(literal.text)) continue;
        const before = source.slice(Math.max(0, literal.index - 40), literal.index);
        // The first argument of l10n.t is the English key that the bundle translates.
        if (/\bl10n\.t\(\s*$/.test(before)) continue;
        // A rule's description is the English rule reference (SARIF, docs/rules.md), not a UI string.
        if (/\bdescription:\s*$/.test(before) && relative.startsWith('src/core/rules/')) continue;
        offenders.push(`${relative}:${literal.line}: ${JSON.stringify(literal.text)}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  it('the scan catches a date word built outside l10n', () => {
    const sample = "const names = ['Sun', 'Mon'];\nconst ok = l10n.t('Mon');\n";
    const hits = literals(sample).filter((l) => ENGLISH_DATE_WORD.test(l.text) && !/\bl10n\.t\(\s*$/.test(sample.slice(Math.max(0, l.index - 40), l.index)));
    assert.deepEqual(hits.map((h) => h.text), ['Sun', 'Mon']);
  });
});
