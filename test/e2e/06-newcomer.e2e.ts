// UI test: a newcomer's first ten minutes, on a fresh profile opened as `npm start` opens it (the example, trusted,
// Welcome page on): the walkthrough, the check's progress then its problems, the Weeks view's ranges, a day row on a
// full week that the checks accept, and the preview at half and full width in light and dark themes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { E2ESession, eventually, openFile, openView, readProblems, readTreeItems, runCommand, screenshot, session, waitForProblems, waitForWorkbench } from './helpers';

const FULL_WEEK = 'content/1-Worklog/1.2-Week2/_index.md';

/** The members of DOM nodes the in-page callbacks read; the repo's tsconfig has no DOM lib. */
interface DomElement {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly textContent: string | null;
  getBoundingClientRect(): { height: number; width: number };
}

/** The frame holding the preview's document (code-server nests each webview in two iframes). */
async function previewFrame(page: Page): Promise<Frame> {
  const found = await eventually(
    async () => {
      for (const frame of page.frames()) {
        if (frame.isDetached()) continue;
        if ((await frame.locator('#wl-content table').count().catch(() => 0)) > 0) return frame;
      }
      return undefined;
    },
    (frame) => frame !== undefined,
    60_000,
  );
  assert.ok(found, 'no frame shows the preview table');
  return found;
}

/** What a reader of the preview's table would notice: a horizontal scrollbar, dates on several lines, the Task width. */
async function tableLayout(frame: Frame): Promise<{ overflow: number; tallestDate: number; lineHeight: number; taskShare: number }> {
  const table = frame.locator('#wl-content table').first();
  const overflow = await frame.locator('html').evaluate((root: DomElement) => root.scrollWidth - root.clientWidth);
  const heights = await table.locator('time').evaluateAll((times: DomElement[]) => times.map((t) => t.getBoundingClientRect().height));
  const lineHeight = await table.locator('td').first().evaluate((cell: DomElement) => parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { lineHeight: string } }).getComputedStyle(cell).lineHeight) || 20);
  const widths = await table.locator('tr').first().locator('th').evaluateAll((cells: DomElement[]) => cells.map((c) => c.getBoundingClientRect().width));
  const total = widths.reduce((a, b) => a + b, 0);
  return { overflow, tallestDate: Math.max(0, ...heights), lineHeight, taskShare: widths[1] / total };
}

function setColorTheme(workspace: string, theme: string): void {
  const settings = path.join(workspace, '.vscode', 'settings.json');
  fs.mkdirSync(path.dirname(settings), { recursive: true });
  fs.writeFileSync(settings, JSON.stringify({ 'workbench.colorTheme': theme }, null, 2));
}

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

  it('adds a day row to a full Monday–Friday week: Saturday of that week, and no new finding once filled', async () => {
    await openFile(page, FULL_WEEK);
    assert.deepEqual((await readProblems(page, FULL_WEEK)).filter((e) => e.kind === 'marker'), [], 'week 2 starts clean');
    // Reading the Problems panel moved the focus there; back to the editor, its cursor where it was.
    await page.keyboard.press('Control+1');
    await runCommand(page, 'Worklog: Insert day row');
    // The command reads the page's dates first; type only once the cursor sits in the new row (line 22).
    const cursor = page.locator('[id="status.editor.selection"]');
    const at = await eventually(async () => ((await cursor.innerText().catch(() => '')) ?? '').trim(), (text) => text.startsWith('Ln 22,'), 20_000);
    assert.match(at, /^Ln 22,/);
    await page.keyboard.type('Review the week');
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.type('<https://000006.awsstudygroup.com/> ');
    await page.keyboard.press('Control+S');
    const text = await eventually(() => Promise.resolve(fs.readFileSync(path.join(newcomer.workspace, FULL_WEEK), 'utf8')), (t) => t.includes('Review the week'), 20_000);
    const row = text.split('\n').find((l) => l.includes('Review the week'));
    assert.match(row ?? '', /^\| 7 \| - Review the week \| 09\/20\/2025 \| 09\/20\/2025 \| {2}<https:\/\/000006\.awsstudygroup\.com\/> \|$/);
    // Give the checks time to publish, then nothing may be listed for the page.
    await page.waitForTimeout(1500);
    const after = await readProblems(page, FULL_WEEK);
    await screenshot(page, 'e2e-newcomer-day-row');
    assert.deepEqual(after.filter((e) => e.kind === 'marker').map((e) => e.text), []);
  });

  it('shows the preview table readable at half and full width, in dark and light themes', async () => {
    if (await page.locator('.markers-panel').isVisible()) await page.keyboard.press('Control+J');
    await runCommand(page, 'Worklog: Open Preview to the Side');
    for (const theme of ['Default Dark Modern', 'Default Light Modern']) {
      setColorTheme(newcomer.workspace, theme);
      await page.waitForTimeout(1500);
      let frame = await previewFrame(page);
      const half = await tableLayout(frame);
      await screenshot(page, `e2e-newcomer-preview-half-${theme.includes('Dark') ? 'dark' : 'light'}`);
      assert.ok(half.overflow <= 1, `half width: no horizontal scrollbar (${JSON.stringify(half)})`);
      assert.ok(half.tallestDate < half.lineHeight * 2.6, `half width: no date on more than two lines (${JSON.stringify(half)})`);
      assert.ok(half.taskShare > 0.25, `half width: the Task column takes the free space (${JSON.stringify(half)})`);
      // Full width: the preview's group (the right one) maximized, alone in the editor area.
      await runCommand(page, 'View: Focus Right Editor Group');
      await runCommand(page, 'View: Toggle Maximize Editor Group');
      await page.waitForTimeout(1000);
      frame = await previewFrame(page);
      const full = await tableLayout(frame);
      await screenshot(page, `e2e-newcomer-preview-full-${theme.includes('Dark') ? 'dark' : 'light'}`);
      await runCommand(page, 'View: Toggle Maximize Editor Group');
      assert.ok(full.overflow <= 1 && full.tallestDate < full.lineHeight * 1.6 && full.taskShare > 0.35, `full width: one line per date (${JSON.stringify(full)})`);
    }
  });
});
