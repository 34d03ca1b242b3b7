// UI test: the Worklog activity-bar container shows the Weeks view of the fixture workspace.
import * as assert from 'node:assert/strict';
import { closeAllEditors, eventually, openView, readTabs, readTreeItems, screenshot, session, view, waitForWorkbench } from './helpers';

describe('Weeks view in the workbench', () => {
  before(async () => {
    await waitForWorkbench(session().page);
  });

  after(async () => {
    await closeAllEditors(session().page);
  });

  it('shows sites, languages and weeks with the missing week 3 of site-a, and opens a week on click', async () => {
    const { page } = session();
    await openView(page, 'Weeks');
    const hasRows = (rows: Awaited<ReturnType<typeof readTreeItems>>) =>
      rows.some((r) => r.label.startsWith('site-a') && r.level === 1) && rows.some((r) => r.label === 'Week 3, missing' && r.level === 3);
    const rows = await eventually(() => readTreeItems(page, 'Weeks'), hasRows, 60_000);
    assert.ok(hasRows(rows), `Weeks rows: ${JSON.stringify(rows)}`);
    const siteA = rows.findIndex((r) => r.label.startsWith('site-a'));
    const weekRows = rows.slice(siteA);
    assert.ok(weekRows.some((r) => r.label.startsWith('Week 1') && r.label.includes('22–24 Sep 2025') && r.level === 3), `site-a rows: ${JSON.stringify(weekRows)}`);
    assert.ok(rows.some((r) => r.label.startsWith('site-b') && r.level === 1), `Weeks rows: ${JSON.stringify(rows)}`);

    // A click on site-a's week 1 opens its page and expands its day rows.
    const week1 = view(page, 'Weeks').locator('.monaco-list-row').nth(siteA + 2);
    await week1.click();
    const tabs = await eventually(() => readTabs(page), (t) => t.some((tab) => tab.includes('_index.md')), 30_000);
    assert.ok(tabs.some((tab) => tab.includes('_index.md')), `tabs: ${JSON.stringify(tabs)}`);
    // The open moves focus to the editor, so the row is expanded by its twistie, not by the keyboard.
    await week1.locator('.monaco-tl-twistie').click();
    const expanded = await eventually(() => readTreeItems(page, 'Weeks'), (r) => r.some((row) => row.label.startsWith('Mon 22 Sep')), 30_000);
    assert.ok(expanded.some((row) => row.label.startsWith('Mon 22 Sep · Enable MFA')), `rows: ${JSON.stringify(expanded)}`);
    await screenshot(page, 'e2e-weeks-view');
  });
});
