// UI smoke test in the web worker extension host (what github.dev and vscode.dev run): the browser bundle alone
// gives diagnostics, the Weeks view and the preview.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import {
  closeAllEditors,
  eventually,
  frameShowing,
  openFile,
  openView,
  readTreeItems,
  runCommand,
  screenshot,
  session,
  waitForProblems,
  waitForWorkbench,
} from '../e2e/helpers';

const PAGE = 'site-c/content/1-Worklog/1.3-Week3/_index.md';

/** The text of the panel's active output channel. */
async function outputText(page: Page): Promise<string> {
  // Monaco renders spaces as no-break spaces.
  return (await page.locator('.part.panel .view-lines').first().innerText().catch(() => '')).replace(/\u00a0/g, ' ');
}


describe('Worklog Studio in the web extension host', () => {
  before(async () => {
    await waitForWorkbench(session().page);
  });

  after(async () => {
    await closeAllEditors(session().page);
  });

  // Problems come first: they show once the web worker host has started and activated the extension.
  it('shows the page\'s problems from workspace.fs alone', async () => {
    const { page } = session();
    await openFile(page, PAGE);
    const rows = await waitForProblems(page, (entries) => entries.some((e) => e.code === 'date.invalid'), { filter: PAGE, timeoutMs: 180_000 });
    await screenshot(page, 'web-02-problems');
    const codes = rows.filter((r) => r.kind === 'marker').map((r) => r.code);
    assert.ok(codes.includes('date.invalid') && codes.includes('link.lab-malformed'), JSON.stringify(codes));
  });

  it('runs the browser bundle: its output channel says so', async () => {
    const { page } = session();
    await openFile(page, PAGE);
    const text = await eventually(
      async () => {
        await runCommand(page, 'Worklog: Show Output');
        return outputText(page);
      },
      (t) => t.includes('web extension host'),
      90_000,
    );
    await screenshot(page, 'web-01-output');
    assert.match(text, /Worklog Studio [\d.]+ is running in the web extension host/);
  });

  it('lists the weeks of every site in the Weeks view', async () => {
    const { page } = session();
    await openView(page, 'Weeks');
    const rows = await eventually(
      () => readTreeItems(page, 'Weeks'),
      (r) => ['site-a', 'site-b', 'site-c'].every((site) => r.some((row) => row.label.startsWith(site))) && r.some((row) => row.label.startsWith('Week 3')),
      90_000,
    );
    await screenshot(page, 'web-03-weeks');
    assert.ok(rows.some((row) => row.label.startsWith('Week 1')), JSON.stringify(rows));
  });

  it('renders the preview in the web extension host', async () => {
    const { page } = session();
    await openFile(page, PAGE);
    await runCommand(page, 'Worklog: Open Preview to the Side');
    const frame = await frameShowing(page, '#wl-content table', 90_000);
    const dates = await eventually(() => frame.locator('time.wl-date').allInnerTexts(), (t) => t.length > 0);
    await screenshot(page, 'web-04-preview');
    assert.ok(dates.includes('Mon Sep 22, 2025'), JSON.stringify(dates));
  });
});
