// Table formatting as a person uses it: Format Document from the command palette aligns the day table; Undo restores it.
import * as assert from 'node:assert/strict';
import { closeAllEditors, eventually, openFile, readEditorText, runCommand, screenshot, session } from './helpers';

const week3 = 'site-c/content/1-Worklog/1.3-Week3/_index.md';

describe('Table formatting in the editor', () => {
  before(async () => {
    await session().page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
  });

  after(async () => {
    await closeAllEditors(session().page);
  });

  it('Format Document aligns the day table and one Undo brings the page back', async () => {
    const { page } = session();
    await openFile(page, week3);
    const before = await readEditorText(page);
    assert.match(before, /\| --- \| --- \| --- \| --- \| --- \|/, before);
    await runCommand(page, 'Format Document');
    // The Day column is as wide as "Day"; the delimiter row's Task cell as wide as the longest task.
    const aligned = await eventually(
      () => readEditorText(page),
      (text) => /\| 2 {3}\| - Create a bucket/.test(text),
    );
    await screenshot(page, 'e2e-format-document');
    assert.match(aligned, /\| 2 {3}\| - Create a bucket/, aligned);
    assert.match(aligned, /\| 3 {3}\| - Host a static website {20,}\| 09\/31\/2025 \| 09\/31\/2025 {6}\|/, aligned);
    assert.match(aligned, /\| --- \| -{40,} \| -{10} \| -{15} \|/, aligned);
    await page.keyboard.press('Control+Z');
    const undone = await eventually(
      () => readEditorText(page),
      (text) => text.includes('| 2 | - Create a bucket'),
    );
    assert.ok(undone.includes('| --- | --- | --- | --- | --- |'), undone);
  });
});
