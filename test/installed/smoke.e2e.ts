// The built .vsix installed into code-server: it activates on a page, and its diagnostics, Weeks view and preview work.
import * as assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { eventually, openFile, openView, readOutputChannels, readTreeItems, runCommand, screenshot, session, waitForProblems, waitForWorkbench } from '../e2e/helpers';

const week3 = 'content/1-Worklog/1.3-Week3/_index.md';
/** The runner names the oldest host's screenshots apart (installed-…, oldest-installed-…). */
const shot = (page: Page, name: string) => screenshot(page, `${(session() as { shotPrefix?: string }).shotPrefix ?? ''}${name}`);

async function previewFrame(page: Page): Promise<Frame | undefined> {
  for (const frame of page.frames()) {
    if (!frame.isDetached() && (await frame.locator('#wl-content table').count().catch(() => 0)) > 0) return frame;
  }
  return undefined;
}

describe('The installed .vsix (code-server --install-extension)', () => {
  before(async () => {
    await waitForWorkbench(session().page);
  });

  it('is installed as a user has it, not loaded for development, and starts only when a page opens', async () => {
    const { page } = session();
    assert.doesNotMatch(await page.title(), /Extension Development Host/);
    // No section index in this site, so the workspace alone must not have started it.
    assert.ok(!(await readOutputChannels(page)).includes('Worklog Studio'), 'active before any worklog page was opened');
    await openFile(page, week3);
    const channels = await eventually(() => readOutputChannels(page), (names) => names.includes('Worklog Studio'), 30_000);
    assert.ok(channels.includes('Worklog Studio'), `output channels: ${JSON.stringify(channels)}`);
  });

  it('shows the page’s problems with their codes', async () => {
    const { page } = session();
    const entries = await waitForProblems(page, (rows) => ['date.invalid', 'link.lab-malformed'].every((code) => rows.some((row) => row.code?.includes(code))), { filter: week3, timeoutMs: 60_000 });
    const date = entries.find((row) => row.code?.includes('date.invalid'));
    assert.equal(date?.severity, 'error');
    assert.match(date?.message ?? '', /09\/31\/2025 is not a date/);
    assert.match(date?.codeLink ?? '', /docs\/rules\.md#dateinvalid$/);
    await shot(page, 'installed-problems');
  });

  it('lists the site’s weeks in the Weeks view', async () => {
    const { page } = session();
    await openView(page, 'Weeks');
    // Without a section index the weeks are named by their titles; week 3 is dated from its table.
    const week3Row = (r: { label: string }) => r.label.startsWith('Week 3 ') && r.label.includes('22–24 Sep 2025');
    const rows = await eventually(() => readTreeItems(page, 'Weeks'), (items) => items.some(week3Row), 60_000);
    assert.ok(rows.some((r) => r.label.startsWith('Week 1 ')), JSON.stringify(rows));
    assert.ok(rows.some(week3Row), JSON.stringify(rows));
    await shot(page, 'installed-weeks-view');
  });

  it('opens the preview with the page’s problems counted', async () => {
    const { page } = session();
    await openFile(page, week3);
    await runCommand(page, 'Worklog: Open Preview to the Side');
    const frame = await eventually(() => previewFrame(page), (found) => found !== undefined, 60_000);
    assert.ok(frame, 'no preview frame with a table');
    const summary = await eventually(() => frame.locator('#wl-summary').innerText(), (text) => /\d+ errors?/.test(text), 30_000);
    assert.match(summary, /3 errors, 1 warning/);
    await shot(page, 'installed-preview');
  });
});
