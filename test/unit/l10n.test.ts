// Every user-visible string has its Vietnamese: l10n.t literals in src/ against the bundle, %key%s against both nls files.
import * as l10n from '@vscode/l10n';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decideDateOrder, lintPage, parsePage } from '../../src/core';

const root = path.resolve(__dirname, '..', '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Record<string, string>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r' };

/** Every first argument of `l10n.t(` / `vscode.l10n.t(` written as a string literal, unescaped, with where it is. */
function localisedStrings(): Array<{ text: string; where: string }> {
  const found: Array<{ text: string; where: string }> = [];
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\bl10n\.t\(\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\$]|\\.)*)`)/g)) {
      const raw = m[1] ?? m[2] ?? m[3];
      const line = source.slice(0, m.index).split('\n').length;
      found.push({ text: raw.replace(/\\(.)/g, (_, c: string) => ESCAPES[c] ?? c), where: `${path.relative(root, file)}:${line}` });
    }
  }
  return found;
}

/** Calls whose first argument is not a literal cannot be checked, so they are not allowed. */
function nonLiteralCalls(): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(path.join(root, 'src'))) {
    const source = fs.readFileSync(file, 'utf8');
    for (const m of source.matchAll(/\bl10n\.t\(\s*([^'"`\s])/g)) found.push(`${path.relative(root, file)}:${source.slice(0, m.index).split('\n').length}`);
  }
  return found;
}

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]))].sort();
}

describe('localisation', () => {
  const bundle = readJson('l10n/bundle.l10n.vi.json');
  const strings = localisedStrings();

  it('finds the strings: the scan sees the editor and the core', () => {
    assert.ok(strings.some((s) => s.where.startsWith(path.join('src', 'editor'))));
    assert.ok(strings.some((s) => s.where.startsWith(path.join('src', 'core'))));
    assert.ok(strings.some((s) => s.where.startsWith(path.join('src', 'cli'))));
  });

  it('every l10n.t argument in src/ is a string literal', () => {
    assert.deepEqual(nonLiteralCalls(), []);
  });

  it('every l10n.t string in src/ has a Vietnamese entry in l10n/bundle.l10n.vi.json', () => {
    const missing = strings.filter((s) => typeof bundle[s.text] !== 'string' || bundle[s.text].trim() === '');
    assert.deepEqual(missing.map((s) => `${s.where}: ${JSON.stringify(s.text)}`), []);
  });

  it('the Vietnamese uses the same {placeholders} as the English', () => {
    const wrong = Object.entries(bundle).filter(([en, vi]) => placeholders(en).join() !== placeholders(vi).join());
    assert.deepEqual(wrong.map(([en, vi]) => `${JSON.stringify(en)} → ${JSON.stringify(vi)}`), []);
  });

  it('the bundle holds no entry the sources no longer use', () => {
    const used = new Set(strings.map((s) => s.text));
    assert.deepEqual(Object.keys(bundle).filter((k) => !used.has(k)), []);
  });

  it('every %key% of package.json is in package.nls.json and package.nls.vi.json', () => {
    const nls = readJson('package.nls.json');
    const nlsVi = readJson('package.nls.vi.json');
    const keys = [...fs.readFileSync(path.join(root, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 5);
    assert.deepEqual(keys.filter((k) => typeof nls[k] !== 'string'), [], 'missing in package.nls.json');
    assert.deepEqual(keys.filter((k) => typeof nlsVi[k] !== 'string'), [], 'missing in package.nls.vi.json');
    assert.deepEqual(Object.keys(nls).filter((k) => typeof nlsVi[k] !== 'string'), [], 'in package.nls.json but not in package.nls.vi.json');
  });

  it('a date order decided in English is told in Vietnamese once the display language changes', () => {
    const text = '---\ntitle: "Worklog Tuần 2"\n---\n\n| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành |\n| --- | --- | --- | --- |\n| 2 | - VPC | 15/09/2025 | 15/09/2025 |\n';
    const page = 'content/1-Worklog/1.2-Week2/_index.vi.md';
    assert.match(decideDateOrder(parsePage(page, text)).reason, /^day-first: 15\/09\/2025 has no month 15/);
    try {
      l10n.config({ contents: bundle });
      assert.match(decideDateOrder(parsePage(page, text)).reason, /^ngày trước tháng/);
    } finally {
      l10n.config({ contents: {} });
    }
  });

  it('the core speaks Vietnamese once @vscode/l10n holds the bundle, as the extension configures it', () => {
    const page = parsePage('content/1-Worklog/1.2-Week2/_index.vi.md', '---\ntitle: "Worklog Tuần 2"\nweight: 2.5\n---\n\n| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |\n| --- | --- | --- | --- | --- |\n| 2 | - VPC | 15/09/2025 | 31/09/2025 |\n');
    try {
      l10n.config({ contents: bundle });
      const messages = lintPage(page).map((f) => `${f.code}: ${f.message} [${f.fixes.map((x) => x.title).join(' / ')}]`);
      assert.ok(messages.includes('week.weight: weight 2.5 không phải số nguyên; Hugo cần số nguyên để sắp thứ tự các tuần (Tuần 2 thì weight là 2). [Đặt weight thành 2]'), messages.join('\n'));
      assert.ok(messages.some((m) => m.startsWith('date.invalid: 31/09/2025 không phải là ngày: tháng 9 năm 2025 không có ngày 31')), messages.join('\n'));
      assert.ok(messages.some((m) => m.startsWith('table.row-cells: Dòng này chỉ có 4/5 ô: "Nguồn tài liệu" sẽ hiện trống. [Thêm 1 ô trống]')), messages.join('\n'));
    } finally {
      l10n.config({ contents: {} });
    }
    assert.match(lintPage(page).find((f) => f.code === 'week.weight')?.message ?? '', /^weight 2\.5 is not an integer/);
  });
});
