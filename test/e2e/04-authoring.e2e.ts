// Authoring aids as a person sees them: the suggest widget offering the next day row, and a lab link's hover.
import * as assert from 'node:assert/strict';
import { closeAllEditors, eventually, goToPosition, openFile, readHover, screenshot, session } from './helpers';

const week1 = 'site-c/content/1-Worklog/1.1-Week1/_index.md';

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
    await openFile(page, week1);
    await goToPosition(page, 19, 200);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('|');
    const widget = page.locator('.editor-widget.suggest-widget');
    await widget.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 15_000 });
    const labels = await widget.locator('.monaco-list-row .label-name').allInnerTexts();
    await screenshot(page, 'e2e-authoring-completion');
    await page.keyboard.press('Escape');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+S');
    assert.ok(labels.some((l) => l.includes('New day row')), labels.join(', '));
  });
});
