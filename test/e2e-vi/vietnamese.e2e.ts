// UI test in Vietnamese: the workbench runs with display language vi (a minimal language pack, so
// vscode.env.language is vi) and everything the extension writes reads in Vietnamese, dates day-first.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  closeAllEditors,
  eventually,
  frameShowing,
  goToPosition,
  openFile,
  openView,
  readHover,
  readTreeItems,
  runCommand,
  screenshot,
  session,
  view,
  waitForProblems,
  waitForWorkbench,
} from '../e2e/helpers';

// A month-first English week: its messages, hovers and preview dates still follow the display language.
const PAGE = 'site-c/content/1-Worklog/1.3-Week3/_index.md';

/** 1-based line and column of the first `needle` in a fixture page of the opened workspace. */
function positionOf(relativePath: string, needle: string): { line: number; column: number } {
  const lines = fs.readFileSync(path.join(session().workspace, relativePath), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  assert.ok(line >= 0, `${needle} not in ${relativePath}`);
  return { line: line + 1, column: lines[line].indexOf(needle) + 1 };
}


describe('Worklog Studio in Vietnamese (display language vi)', () => {
  before(async () => {
    await waitForWorkbench(session().page);
  });

  after(async () => {
    await closeAllEditors(session().page);
  });

  it('writes its Problems panel messages in Vietnamese', async () => {
    const { page } = session();
    await openFile(page, PAGE);
    const rows = await waitForProblems(page, (entries) => entries.some((e) => e.message?.includes('không phải là ngày')), { filter: PAGE });
    const messages = rows.map((r) => r.message ?? '');
    assert.ok(messages.some((m) => m.startsWith('Liên kết lab này dùng http://')), JSON.stringify(messages));
    await screenshot(page, 'vi-01-problems');
  });

  it('shows a date in a hover day-first with Vietnamese weekday and month', async () => {
    const { page } = session();
    await openFile(page, PAGE);
    const at = positionOf(PAGE, '09/22/2025');
    const hover = await eventually(
      () => readHover(page, at.line, at.column + 1, { keepOpen: true }),
      (text) => text.includes('Thứ 2, 22 tháng 9, 2025'),
    );
    await screenshot(page, 'vi-02-hover');
    await page.keyboard.press('Escape');
    assert.ok(hover.includes('Thứ 2, 22 tháng 9, 2025'), hover);
  });

  it('offers its quick fix in Vietnamese', async () => {
    const { page } = session();
    await openFile(page, PAGE);
    const at = positionOf(PAGE, 'http://000004');
    await goToPosition(page, at.line, at.column + 2);
    // One Ctrl+. only: a second press while the menu is open would apply its first action.
    await page.keyboard.press('Control+.');
    const menu = page.locator('.action-widget').first();
    await menu.waitFor({ state: 'visible', timeout: 15_000 });
    const titles = await eventually(
      () => menu.innerText().catch(() => ''),
      (text) => text.includes('Dùng https://'),
      15_000,
    );
    await screenshot(page, 'vi-03-quick-fix');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden', timeout: 5_000 }).catch(() => undefined);
    assert.ok(titles.includes('Dùng https://'), titles);
  });

  it('names its commands in Vietnamese and writes preview dates day-first', async () => {
    const { page } = session();
    await openFile(page, PAGE);
    await runCommand(page, 'Worklog: Mở bản xem trước');
    const frame = await frameShowing(page, '#wl-content table');
    const dates = await eventually(
      () => frame.locator('time.wl-date').allInnerTexts(),
      (texts) => texts.includes('Thứ 2, 22 tháng 9, 2025'),
    );
    await screenshot(page, 'vi-04-preview');
    assert.ok(dates.includes('Thứ 2, 22 tháng 9, 2025'), JSON.stringify(dates));
    const card = await frame.locator('body').innerText();
    // The card's date range has the comma before the year, as the tree and the hovers write it.
    assert.match(card, /22–24 tháng 9, 2025/);
  });

  it('writes the Weeks view day rows with Vietnamese dates', async () => {
    const { page } = session();
    await closeAllEditors(page);
    await openView(page, 'Các tuần');
    const rows = await eventually(() => readTreeItems(page, 'Các tuần'), (r) => r.some((row) => row.label.startsWith('site-a')), 60_000);
    const siteA = rows.findIndex((r) => r.label.startsWith('site-a'));
    const week1 = view(page, 'Các tuần').locator('.monaco-list-row').nth(siteA + 1);
    await week1.locator('.monaco-tl-twistie').click();
    const expanded = await eventually(
      () => readTreeItems(page, 'Các tuần'),
      (r) => r.some((row) => row.label.startsWith('Thứ 2, 22 tháng 9 · ')),
      30_000,
    );
    await screenshot(page, 'vi-05-weeks');
    assert.ok(expanded.some((row) => row.label.startsWith('Thứ 2, 22 tháng 9 · ')), JSON.stringify(expanded));
    assert.ok(!expanded.some((row) => /\b(Mon|Tue|Wed|Thu|Fri) \d/.test(row.label)), JSON.stringify(expanded));
  });

});
