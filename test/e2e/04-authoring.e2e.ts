// Authoring aids as a person sees them: the suggest widget offering the next day row, and a lab link's hover.
import * as assert from 'node:assert/strict';
import { activeEditor, closeAllEditors, eventually, goToPosition, openFile, readHover, runCommand, screenshot, session } from './helpers';
import type { Page } from 'playwright-core';

const week1 = 'site-c/content/1-Worklog/1.1-Week1/_index.md';
// Line 17 of week1, the first row of its day table.
const row17 = '| 2 | - Team introduction <br>&emsp; + Read the onboarding notes | 09/08/2025 | 09/08/2025 | <https://000001.awsstudygroup.com/> |';

/** The scopes "Developer: Inspect Editor Tokens and Scopes" lists for the token at a 1-based position. */
async function inspectScopes(line: number, column: number): Promise<string> {
  const { page } = session();
  await goToPosition(page, line, column);
  await runCommand(page, 'Developer: Inspect Editor Tokens and Scopes');
  const widget = page.locator('.token-inspect-widget');
  await widget.waitFor({ state: 'visible', timeout: 15_000 });
  const text = await eventually(
    () => widget.innerText(),
    (shown) => /textmate scopes/i.test(shown),
  );
  return text;
}

describe('Authoring aids in the editor', () => {
  before(async () => {
    // Earlier files may leave another side bar view open, so only the workbench itself is waited for.
    await session().page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
  });

  after(async () => {
    await closeAllEditors(session().page);
  });

  it('shows a lab link hover with the lab title from the catalog', async () => {
    const { page } = session();
    await openFile(page, week1);
    // Line 19: `| 4 | - Set a monthly budget alarm | … | <https://000007.awsstudygroup.com/> |`
    // The link's own "ctrl + click" hover can show before the extension's hover content arrives, so hover again until it does.
    const text = await eventually(
      () => readHover(page, 19, 90, { keepOpen: true }),
      (shown) => /Lab 000007/.test(shown),
    );
    await screenshot(page, 'e2e-authoring-lab-hover');
    await page.keyboard.press('Escape');
    assert.match(text, /Lab 000007/, text);
    assert.match(text, /Begin with AWS Budget/, text);
  });

  it('typing | below the last row opens the suggest widget with the next day row', async () => {
    const { page } = session();
    await startRowBelowTable(page);
    const widget = page.locator('.editor-widget.suggest-widget');
    await widget.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 15_000 });
    const labels = await widget.locator('.monaco-list-row .label-name').allInnerTexts();
    await screenshot(page, 'e2e-authoring-completion');
    await page.keyboard.press('Escape');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+S');
    assert.ok(labels.some((l) => l.includes('New day row')), labels.join(', '));
  });

  it('colours the day table: Day cells, dates, lab ids and sub-task bullets, with Add day above it', async () => {
    const { page } = session();
    await openFile(page, week1);
    const lens = activeEditor(page).locator('.codelens-decoration', { hasText: 'Add day' });
    await lens.first().waitFor({ state: 'visible', timeout: 30_000 });
    const day = await inspectScopes(17, row17.indexOf('2') + 1);
    await page.keyboard.press('Escape');
    const date = await inspectScopes(17, row17.indexOf('09/08/2025') + 3);
    await page.keyboard.press('Escape');
    const bullet = await inspectScopes(17, row17.indexOf('+') + 1);
    await page.keyboard.press('Escape');
    const lab = await inspectScopes(17, row17.indexOf('000001') + 2);
    await screenshot(page, 'e2e-authoring-token-scopes');
    await page.keyboard.press('Escape');
    await goToPosition(page, 9, 1);
    await screenshot(page, 'e2e-authoring-highlighted-table');
    assert.match(day, /keyword\.other\.day\.worklog/, day);
    assert.match(date, /constant\.numeric\.date\.worklog/, date);
    assert.match(bullet, /punctuation\.definition\.list\.begin\.markdown\.worklog/, bullet);
    assert.match(lab, /constant\.numeric\.lab-id\.worklog/, lab);
    assert.ok((await lens.count()) === 1, 'one Add day lens for the one day table');
  });

  it('typing a space in a new row’s Day cell offers the next day, then dates in the Start cell', async () => {
    const { page } = session();
    await startRowBelowTable(page);
    await page.keyboard.press('Escape');
    await page.keyboard.type(' ');
    const widget = page.locator('.editor-widget.suggest-widget');
    await widget.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 15_000 });
    const days = await widget.locator('.monaco-list-row .label-name').allInnerTexts();
    await screenshot(page, 'e2e-authoring-day-cell-completion');
    await page.keyboard.press('Enter');
    await page.keyboard.type(' | - Review the notes | ');
    await widget.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 15_000 });
    const dates = await widget.locator('.monaco-list-row .label-name').allInnerTexts();
    await screenshot(page, 'e2e-authoring-date-cell-completion');
    await page.keyboard.press('Escape');
    // Back to the file as saved, for the tests that follow.
    await runCommand(page, 'File: Revert File');
    assert.equal(days[0], '5', days.join(', '));
    assert.equal(dates[0], '09/11/2025', dates.join(', '));
  });
});

/** Opens week 1 and types `|` on a new line below its last table row, where the next day row is offered. */
async function startRowBelowTable(page: Page): Promise<void> {
  await openFile(page, week1);
  await goToPosition(page, 19, 200);
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('|');
}
