// Small helpers shared by the unit tests: lint inline text, look findings up, apply fixes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Finding, Page, applyEdits, lintPage, parsePage } from '../../src/core';
import type { LintOptions } from '../../src/core';

export const WEEK3 = 'content/1-Worklog/1.3-Week3/_index.md';
export const WEEK3_VI = 'content/1-Worklog/1.3-Week3/_index.vi.md';
export const WEEK7 = 'content/1-Worklog/1.7-Week7/_index.md';

/** Joins lines with `\n` and ends with a final newline. */
export function lines(...parts: string[]): string {
  return parts.join('\n') + '\n';
}

/** The front matter the template gives week N (LF). */
export function frontMatter(week: number, weight: number | string = week): string {
  return `---\ntitle: "Week ${week} Worklog"\nweight: ${weight}\nchapter: false\npre: " <b> 1.${week}. </b> "\n---\n`;
}

export const HEADER = '| Day | Task | Start Date | Completion Date | Reference Material |';
export const DELIMITER = '| --- | --- | --- | --- | --- |';

export function lint(text: string, pagePath = WEEK3, options?: LintOptions): { page: Page; findings: Finding[] } {
  const page = parsePage(pagePath, text);
  return { page, findings: lintPage(page, options) };
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code);
}

export function only(findings: readonly Finding[], code: string): Finding[] {
  return findings.filter((f) => f.code === code);
}

/** The one finding with this code; fails the test when there are none or several. */
export function single(findings: readonly Finding[], code: string): Finding {
  const found = only(findings, code);
  assert.equal(found.length, 1, `expected exactly one ${code}, got ${JSON.stringify(codes(findings))}`);
  return found[0];
}

/** The text a span covers. */
export function covered(page: Page, span: { start: number; end: number }): string {
  return page.text.slice(span.start, span.end);
}

/** Zero-based [line, character, endLine, endCharacter] of a span, as the editor shows it. */
export function range(page: Page, span: { start: number; end: number }): [number, number, number, number] {
  const r = page.lines.rangeOf(span);
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

/** Applies the first fix of a finding to the page text. */
export function applyFirst(page: Page, finding: Finding): string {
  assert.ok(finding.fixes.length > 0, `${finding.code} has no fix`);
  return applyEdits(page.text, finding.fixes[0].edits);
}

export function fixture(name: string): string {
  return fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'pages', name), 'utf8');
}

/**
 * Applies the first fix of `finding`, re-lints the result under the same path and returns the new text and
 * findings, failing when the same code is raised again at the place the fix moved the original span to.
 */
export function fixAndRelint(page: Page, finding: Finding, options?: LintOptions): { text: string; findings: Finding[] } {
  const text = applyFirst(page, finding);
  const findings = lintPage(parsePage(page.path, text), options);
  const shift = finding.fixes[0].edits.filter((e) => e.end <= finding.span.start).reduce((n, e) => n + e.newText.length - (e.end - e.start), 0);
  const again = findings.filter((f) => f.code === finding.code && f.span.start === finding.span.start + shift);
  assert.deepEqual(again, [], `${finding.code} is still raised after its fix`);
  return { text, findings };
}
