// UI test: a newcomer's first minutes, on a fresh profile opened as `npm start` opens it (the example, trusted,
// Welcome page on): the walkthrough, the check's progress then its problems, and the Weeks view's ranges.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { E2ESession, eventually, openView, readTreeItems, screenshot, session, waitForProblems, waitForWorkbench } from './helpers';

describe('A newcomer’s first ten minutes (fresh profile, as npm start opens it)', function () {
  let original: E2ESession;
  let newcomer: Awaited<ReturnType<E2ESession['startNewcomer']>>;
  let page: Page;

  before(async function () {
    this.timeout(240_000);
    original = session();
    newcomer = await original.startNewcomer();
    page = newcomer.page;
    // The status bar's progress can be brief: every text it shows is recorded from the first paint on.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (globalThis as unknown as { worklogProgress: string[] }).worklogProgress = seen;
      const doc = (globalThis as unknown as { document: { querySelector(s: string): { textContent: string | null } | null } }).document;
      setInterval(() => {
        const text = doc.querySelector('.part.statusbar')?.textContent ?? '';
        const match = /Checking (\d+ )?worklog pages…/.exec(text);
        if (match && seen[seen.length - 1] !== match[0]) seen.push(match[0]);
      }, 25);
    });
    // The helpers read the session: point them at the newcomer's window until the suite ends.
    (globalThis as { worklogE2E?: E2ESession }).worklogE2E = { ...original, page, workspace: newcomer.workspace, workbenchUrl: newcomer.workbenchUrl };
    // A fresh profile's first load is the slowest of the run; the workbench itself is awaited below.
    await page.goto(newcomer.workbenchUrl, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await waitForWorkbench(page, 120_000);
  });

  afterEach(async function () {
    // The runner's failure screenshot shows its own window; this one shows the newcomer's.
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, `FAILED-newcomer-${this.currentTest.title.slice(0, 40)}`).catch(() => undefined);
  });

  after(async () => {
    (globalThis as { worklogE2E?: E2ESession }).worklogE2E = original;
    await newcomer?.close();
  });

  it('opens trusted, shows the walkthrough, the check’s progress and then the example’s problems', async () => {
    const walkthrough = page.locator('.gettingStartedContainer', { hasText: 'Get started with your worklog' });
    await walkthrough.waitFor({ state: 'visible', timeout: 90_000 });
    await walkthrough.getByText('Open your worklog').first().waitFor({ state: 'visible' });
    await screenshot(page, 'e2e-newcomer-walkthrough');
    assert.equal(await page.locator('.part.statusbar', { hasText: 'Restricted Mode' }).count(), 0, 'no Restricted Mode badge');

    const problems = await waitForProblems(page, (entries) => entries.some((e) => e.code === 'date.invalid'), { filter: '1.3-Week3/_index.md', timeoutMs: 60_000 });
    assert.ok(problems.some((e) => e.code === 'link.lab-malformed'), JSON.stringify(problems.map((e) => e.text)));
    const progress = await page.evaluate(() => (globalThis as unknown as { worklogProgress: string[] }).worklogProgress);
    assert.ok(progress.some((text) => /^Checking \d+ worklog pages…$/.test(text)), `status bar progress seen: ${JSON.stringify(progress)}`);
    await screenshot(page, 'e2e-newcomer-problems');
  });

  it('lists the weeks with their date ranges first in the Weeks view', async () => {
    await openView(page, 'Weeks');
    const rows = await eventually(() => readTreeItems(page, 'Weeks'), (r) => r.some((row) => row.label.startsWith('Week 6')), 60_000);
    await screenshot(page, 'e2e-newcomer-weeks');
    // The section index's summaries are long, so the row shows the range and the tooltip the summary.
    assert.ok(rows[0].label.startsWith('Week 1 8–12 Sep 2025') && !rows[0].label.includes('Onboarding'), JSON.stringify(rows));
    assert.ok(rows.filter((r) => /^Week \d+ \d{1,2}[– ]/.test(r.label)).length >= 5, `ranges first: ${JSON.stringify(rows)}`);
    assert.ok(!rows.some((r) => /missing/.test(r.label)), JSON.stringify(rows));
  });
});
