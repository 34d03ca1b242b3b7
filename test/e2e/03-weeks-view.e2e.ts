// UI test: the Worklog activity-bar container shows the Weeks view of the fixture workspace, filters it, and offers to
// create a worklog in a folder without one.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { closeAllEditors, eventually, openView, readTabs, readTreeItems, screenshot, session, view, waitForWorkbench } from './helpers';

describe('Weeks view in the workbench', () => {
  before(async () => {
    await waitForWorkbench(session().page);
  });

  after(async () => {
    await closeAllEditors(session().page);
  });

  it('shows each site\'s weeks with both languages in one row, summaries and the missing week 3, and opens a week on click', async () => {
    const { page } = session();
    await openView(page, 'Weeks');
    const hasRows = (rows: Awaited<ReturnType<typeof readTreeItems>>) =>
      rows.some((r) => r.label.startsWith('site-a') && r.level === 1) && rows.some((r) => r.label === 'Week 3, missing · Storage' && r.level === 2);
    const rows = await eventually(() => readTreeItems(page, 'Weeks'), hasRows, 60_000);
    assert.ok(hasRows(rows), `Weeks rows: ${JSON.stringify(rows)}`);
    const siteA = rows.findIndex((r) => r.label.startsWith('site-a'));
    // The range first; a summary too long for the default side bar lives in the tooltip.
    assert.ok(rows[siteA + 1].label.startsWith('Week 1 22–24 Sep 2025') && !rows[siteA + 1].label.includes('Accounts, IAM'), `site-a rows: ${JSON.stringify(rows.slice(siteA))}`);
    // No language level: the Vietnamese pages are not separate branches.
    assert.ok(!rows.some((r) => r.label === 'VI' || r.label === 'Default language'), JSON.stringify(rows));

    // A click on site-a's week 1 opens its page; its twistie shows the Vietnamese twin and the day rows.
    const week1 = view(page, 'Weeks').locator('.monaco-list-row').nth(siteA + 1);
    await week1.click();
    const tabs = await eventually(() => readTabs(page), (t) => t.some((tab) => tab.includes('_index.md')), 30_000);
    assert.ok(tabs.some((tab) => tab.includes('_index.md')), `tabs: ${JSON.stringify(tabs)}`);
    // The open moves focus to the editor, so the row is expanded by its twistie, not by the keyboard.
    await week1.locator('.monaco-tl-twistie').click();
    const expanded = await eventually(() => readTreeItems(page, 'Weeks'), (r) => r.some((row) => row.label.startsWith('Mon 22 Sep')), 30_000);
    const twin = expanded.findIndex((row) => row.label.startsWith('Tiếng Việt · Worklog Tuần 1'));
    assert.ok(twin > siteA && expanded[twin].level === 3, `rows: ${JSON.stringify(expanded)}`);
    assert.ok(expanded[twin + 1].label.startsWith('Mon 22 Sep · Enable MFA'), `rows: ${JSON.stringify(expanded)}`);
    await screenshot(page, 'e2e-weeks-view');
  });

  it('filters to the weeks with problems from the view\'s title bar, and back', async () => {
    const { page } = session();
    const pane = await openView(page, 'Weeks');
    await eventually(() => readTreeItems(page, 'Weeks'), (rows) => rows.some((r) => r.label.startsWith('Week 3, missing')), 60_000);
    // The view is alone in its container, so its actions sit in the side bar's title.
    const title = page.locator('.part.sidebar .composite.title');
    await title.hover();
    await title.locator('.action-label[aria-label="Show Only Weeks with Problems"]').click();
    const filtered = await eventually(
      () => readTreeItems(page, 'Weeks'),
      (rows) => !rows.some((r) => r.label.startsWith('Week 3, missing')) && rows.some((r) => r.label.startsWith('site-c')),
      30_000,
    );
    // Every site's week 1 is clean; site-c's broken week 3 stays.
    assert.ok(!filtered.some((r) => r.label.startsWith('Week 1')), `week 1 has no problem: ${JSON.stringify(filtered)}`);
    assert.ok(filtered.some((r) => r.label.startsWith('Week 3 22–24 Sep 2025 · Storage')), JSON.stringify(filtered));
    await pane.getByText('Showing only weeks with errors or warnings.').waitFor({ state: 'visible', timeout: 10_000 });
    await screenshot(page, 'e2e-weeks-filtered');
    await title.hover();
    await title.locator('.action-label[aria-label="Show All Weeks"]').click();
    await eventually(() => readTreeItems(page, 'Weeks'), (rows) => rows.some((r) => r.label.startsWith('Week 3, missing')), 30_000);
  });

  it('offers to create a worklog in a folder without one, and creates it', async function () {
    // A second window on an empty Hugo site, so the fixture workspace's window stays as the other suites expect.
    this.timeout(240_000);
    const { page: main, workbenchUrl, workspace } = session();
    const empty = path.join(path.dirname(workspace), 'empty-site');
    fs.mkdirSync(empty, { recursive: true });
    fs.writeFileSync(path.join(empty, 'hugo.toml'), 'title = "Empty site"\n');
    const url = new URL(workbenchUrl);
    url.searchParams.set('folder', empty);
    const browser = main.context().browser();
    assert.ok(browser, 'no browser behind the workbench page');
    const page = await browser.newPage({ viewport: main.viewportSize() ?? { width: 1400, height: 900 } });
    try {
      await page.goto(url.toString(), { timeout: 90_000 });
      await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
      await openView(page, 'Weeks');
      const button = view(page, 'Weeks').locator('.welcome-view-content').getByRole('button', { name: 'Create Worklog Section' });
      await button.waitFor({ state: 'visible', timeout: 60_000 });
      await screenshot(page, 'e2e-weeks-welcome');
      await button.click();
      const tabs = await eventually(() => readTabs(page), (t) => t.some((tab) => tab.startsWith('*_index.md')), 30_000);
      assert.deepEqual(tabs.length, 1, `only the week page opens: ${JSON.stringify(tabs)}`);
      const rows = await eventually(() => readTreeItems(page, 'Weeks'), (r) => r.some((row) => row.label.startsWith('Week 1') && row.label.includes('Getting started')), 60_000);
      assert.equal(rows[0].level, 1, JSON.stringify(rows));
      await screenshot(page, 'e2e-weeks-created');
      const section = path.join(empty, 'content', '1-Worklog');
      for (const file of ['_index.md', '_index.vi.md', '1.1-Week1/_index.md', '1.1-Week1/_index.vi.md']) assert.ok(fs.existsSync(path.join(section, file)), `${file} was not written`);
      assert.match(fs.readFileSync(path.join(section, '_index.md'), 'utf8'), /\*\*Week 1:\*\* \[Getting started\]/);
    } finally {
      await page.close();
    }
  });
});

