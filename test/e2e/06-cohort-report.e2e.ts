// UI test: the cohort report's HTML in Chromium (light, dark, print, without script, sorting), then the command in the workbench.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SiteSpec, siteFiles, tasks, weeks, writeFiles } from '../unit/cohortFixture';
import { closeAllEditors, eventually, frameShowing, runCommand, screenshot, session, waitForWorkbench } from './helpers';

/** The DOM members the in-page callbacks read; the repo's tsconfig has no DOM lib. */
interface DomElement {
  readonly textContent: string | null;
}

const copied = tasks(4242, 5);

/** Five interns: a clean one, one with a missing week and a template week, one behind, two who share a week's words. */
const COHORT: SiteSpec[] = [
  { name: 'an-worklog', title: 'Nguyễn Văn An — FCJ 2025', seed: 101, weeks: weeks(10, (w) => ({ labs: w % 3 === 0 ? ['000001', '000002'] : ['000004'], twin: w <= 2 })) },
  { name: 'binh-worklog', title: 'Trần Bình', seed: 102, weeks: weeks(10, (w) => (w === 4 ? { tasks: copied, labs: ['000005'] } : w === 9 ? { template: true } : {})).filter((w) => w.week !== 6) },
  { name: 'chi-worklog', title: 'Lê Chi', seed: 103, weeks: weeks(5, (w) => ({ labs: w === 2 ? ['000003'] : [] })) },
  { name: 'dung-worklog', title: 'Phạm Dũng', seed: 104, weeks: weeks(10, (w) => (w === 4 ? { tasks: copied, labs: ['000004'] } : w === 7 ? { noTable: true } : {})) },
  { name: 'em-worklog', seed: 105, weeks: weeks(9) },
];

/** Writes the cohort, runs `worklog-lint report -o` on it and returns the HTML file. */
function writeReport(dir: string): string {
  writeFiles(path.join(dir, 'interns'), Object.assign({}, ...COHORT.map(siteFiles)) as Record<string, string>);
  // One week with an error, so the grid shows every colour.
  const week2 = path.join(dir, 'interns', 'em-worklog', 'content', '1-Worklog', '1.2-Week2', '_index.md');
  fs.writeFileSync(week2, fs.readFileSync(week2, 'utf8').replace('weight: 2\n', 'weight: 2.5\n').replace(/\| 09\/16\/2025 \|/, '| 09/31/2025 |'));
  const out = path.join(dir, 'cohort.html');
  const cli = path.join(session().repoRoot, 'dist', 'cli.js');
  const run = spawnSync(process.execPath, [cli, 'report', '-o', out, 'interns'], { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return out;
}

async function shot(page: Page, name: string): Promise<void> {
  const dir = session().screenshotsDir;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

/** Opens the file in a fresh context and collects what a self-contained page must never do: load from elsewhere, break its CSP. */
async function openReport(browser: Browser, file: string, options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}) {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`file://${file}`);
  return { context, page, requests, problems };
}

async function columnTexts(page: Page, column: number): Promise<string[]> {
  return page.locator(`table.cohort tbody tr td:nth-child(${column})`).evaluateAll((cells: DomElement[]) => cells.map((c) => (c.textContent ?? '').trim()));
}

describe('Cohort report HTML in Chromium', () => {
  let dir: string;
  let file: string;
  let browser: Browser;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-cohort-e2e-'));
    file = writeReport(dir);
    const found = session().page.context().browser();
    assert.ok(found, 'no browser');
    browser = found;
  });

  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('shows the cohort, the week grid, similar weeks and labs in light and dark, loading nothing and breaking no CSP rule', async () => {
    const light = await openReport(browser, file, { colorScheme: 'light' });
    const { page } = light;
    const names = await page.locator('table.cohort tbody td:first-child a').allInnerTexts();
    assert.deepEqual(names, ['em-worklog', 'Lê Chi', 'Nguyễn Văn An — FCJ 2025', 'Phạm Dũng', 'Trần Bình']);
    assert.equal(await page.locator('table.cohort tbody tr', { hasText: 'Lê Chi' }).locator('.badge').innerText(), 'behind');
    // The grid marks the missing week, the template week and the week without a table.
    const binh = page.locator('table.grid tbody tr', { hasText: 'Trần Bình' });
    assert.equal(await binh.locator('td.s-missing').count(), 1);
    assert.equal((await binh.locator('td').nth(8).innerText()).trim(), 'T');
    assert.equal((await page.locator('table.grid tbody tr', { hasText: 'Phạm Dũng' }).locator('td').nth(6).innerText()).trim(), '∅');
    assert.ok((await page.locator('table.grid td.s-error').count()) >= 1);
    const similar = page.locator('table.similar tbody tr');
    assert.equal(await similar.count(), 1);
    assert.match(await similar.innerText(), /Phạm Dũng[\s\S]*Trần Bình|Trần Bình[\s\S]*Phạm Dũng/);
    assert.ok((await page.locator('table.labs tbody tr').count()) >= 5);
    const lightBackground = await page.evaluate('getComputedStyle(document.body).backgroundColor');
    await shot(page, 'report-light');
    // The README's picture: the top of the report as a mentor first sees it.
    await page.setViewportSize({ width: 1100, height: 760 });
    await page.screenshot({ path: path.join(session().screenshotsDir, 'e2e-report-top.png') });

    const dark = await openReport(browser, file, { colorScheme: 'dark' });
    const darkBackground = await dark.page.evaluate('getComputedStyle(document.body).backgroundColor');
    assert.equal(lightBackground, 'rgb(255, 255, 255)');
    assert.equal(darkBackground, 'rgb(13, 17, 23)');
    await shot(dark.page, 'report-dark');

    for (const opened of [light, dark]) {
      assert.deepEqual(opened.requests, []);
      assert.deepEqual(opened.problems, []);
      await opened.context.close();
    }
  });

  it('sorts the cohort by progress and by errors with the header buttons', async () => {
    const { context, page, problems } = await openReport(browser, file);
    await page.locator('table.cohort thead th', { hasText: 'Progress' }).locator('button').click();
    assert.deepEqual(await columnTexts(page, 2), ['10', '10', '10', '9', '5']);
    await page.locator('table.cohort thead th', { hasText: 'Progress' }).locator('button').click();
    assert.deepEqual(await columnTexts(page, 2), ['5', '9', '10', '10', '10']);
    assert.equal(await page.locator('table.cohort thead th[aria-sort="ascending"]').innerText(), 'Progress');
    await page.locator('table.cohort thead th', { hasText: 'Errors' }).locator('button').click();
    const errors = (await columnTexts(page, 6)).map(Number);
    assert.deepEqual(errors, [...errors].sort((a, b) => b - a));
    assert.ok(errors[0] > 0);
    await shot(page, 'report-sorted-by-errors');
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('reads without script and prints cleanly', async () => {
    const { context, page } = await openReport(browser, file, { javaScriptEnabled: false });
    assert.equal(await page.locator('table.cohort thead button').count(), 0);
    assert.equal(await page.locator('table.cohort tbody tr').count(), 5);
    assert.equal(await page.locator('section.site').count(), 5);
    await shot(page, 'report-no-script');
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    assert.equal(await page.locator('nav').isVisible(), false);
    assert.equal(await page.evaluate('getComputedStyle(document.body).backgroundColor'), 'rgb(255, 255, 255)');
    // A reader in dark mode still prints light table heads and cells.
    assert.equal(await page.evaluate("getComputedStyle(document.querySelector('table.cohort th')).backgroundColor"), 'rgb(238, 238, 238)');
    await shot(page, 'report-print');
    await context.close();
  });
});


describe('Worklog: Open Cohort Report in the workbench', () => {
  before(async () => {
    await waitForWorkbench(session().page);
  });

  after(async () => {
    await closeAllEditors(session().page);
  });

  it('shows the workspace’s sites, and a click on a week opens its page at its worst problem', async () => {
    const { page } = session();
    await runCommand(page, 'Worklog: Open Cohort Report');
    const frame = await frameShowing(page, 'table.grid', 90_000);
    const names = await frame.locator('table.cohort tbody tr td:first-child a').allInnerTexts();
    assert.ok(names.includes('Site A worklog') && names.includes('Site B worklog') && names.includes('Site C worklog'), names.join(', '));
    await screenshot(page, 'e2e-cohort-report');

    // site-c's week 3 holds an impossible date on line 18.
    await frame.locator('table.grid tbody tr', { hasText: 'Site C worklog' }).locator('td').nth(2).locator('a').click();
    const position = await eventually(
      async () => ((await page.locator('[id="status.editor.selection"]').innerText({ timeout: 2_000 }).catch(() => '')) ?? '').trim(),
      (text) => text.startsWith('Ln 18,'),
      30_000,
    );
    assert.match(position, /^Ln 18, Col 1\b/);
    const tab = await page.locator('.tabs-container .tab.active').getAttribute('aria-label');
    assert.match(tab ?? '', /_index\.md/);
    await screenshot(page, 'e2e-cohort-report-opened');
  });
});
