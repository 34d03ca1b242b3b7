// UI test: a cloned worklog opened in Restricted Mode (workspace trust on, the folder never trusted). Its
// .worklogrc.json holds a catastrophic regex and a cell made to trigger it; the editor stays responsive, says the
// regex is not used, the preview loads nothing remote, one click on a link asks once, and a link that climbs out of
// the workspace folder is not opened.
import * as assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { E2ESession, eventually, frameShowing, openFile, outputText, runCommand, screenshot, session, waitForProblems, waitForWorkbench } from './helpers';

const PAGE = 'content/1-Worklog/1.1-Week1/_index.md';
const REMOTE_IMAGE = 'https://images.example.com/vpc-diagram.png';

/**
 * Dismisses VS Code's open-external prompts with Cancel, one after the other, and returns how many there were. A
 * second prompt for the same click is queued behind the first, so it shows within moments of the first one closing.
 */
async function cancelPrompts(page: Page, expected: RegExp): Promise<number> {
  const dialog = page.locator('.monaco-dialog-box');
  let prompts = 0;
  for (let shown = await dialog.waitFor({ state: 'visible', timeout: 20_000 }).then(() => true); shown && prompts < 5; ) {
    const box = await dialog.elementHandle();
    assert.ok(box);
    assert.match(await box.innerText(), expected);
    prompts++;
    await (await box.$('.monaco-button:has-text("Cancel")'))?.click();
    // A queued prompt replaces this one at once: wait for this box to go, then give a next one a moment to show.
    await box.waitForElementState('hidden', { timeout: 10_000 });
    shown = await dialog.waitFor({ state: 'visible', timeout: 4_000 }).then(() => true, () => false);
  }
  return prompts;
}

describe('Restricted Mode (a folder opened untrusted)', function () {
  let original: E2ESession;
  let untrusted: Awaited<ReturnType<E2ESession['startUntrusted']>>;
  let page: Page;

  before(async function () {
    this.timeout(240_000);
    original = session();
    untrusted = await original.startUntrusted();
    page = untrusted.page;
    // The helpers read the session: point them at the untrusted window until the suite ends.
    (globalThis as { worklogE2E?: E2ESession }).worklogE2E = { ...original, page, workspace: untrusted.workspace, workbenchUrl: untrusted.workbenchUrl };
    await page.goto(untrusted.workbenchUrl, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await waitForWorkbench(page, 120_000);
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && page) await screenshot(page, `FAILED-restricted-${this.currentTest.title.slice(0, 40)}`).catch(() => undefined);
    // A prompt left open would block every later click.
    for (let i = 0; i < 5 && (await page.locator('.monaco-dialog-box').isVisible()); i++) {
      await page.keyboard.press('Escape');
      await page.waitForTimeout(500);
    }
  });

  after(async () => {
    (globalThis as { worklogE2E?: E2ESession }).worklogE2E = original;
    await untrusted?.close();
  });

  it('checks the page promptly despite the catastrophic ignoreLinks regex, and the output channel says regexes are not used', async () => {
    await page.locator('.part.statusbar', { hasText: 'Restricted Mode' }).first().waitFor({ state: 'visible', timeout: 60_000 });
    const opened = Date.now();
    await openFile(page, PAGE);
    // The regex once ran for minutes on this cell and froze the extension host; a generous bound tells a hang apart.
    const problems = await waitForProblems(page, (entries) => entries.some((e) => e.code === 'link.syntax') && entries.some((e) => e.code === 'date.invalid'), { timeoutMs: 60_000 });
    console.log(`      diagnostics shown ${((Date.now() - opened) / 1000).toFixed(1)} s after opening the page`);
    assert.ok(problems.some((e) => e.code === 'link.syntax' && /a{32}!/.test(e.message ?? '')), JSON.stringify(problems.map((e) => e.text)));

    await runCommand(page, 'Worklog: Show Output');
    const output = await eventually(() => outputText(page), (text) => text.includes('Restricted Mode:'), 30_000);
    assert.match(output, /Restricted Mode: regex patterns from \.worklogrc\.json and the workspace settings \(\/regex\/ in ignoreLinks, remap rules\) are not used until you trust this folder\./);
    assert.doesNotMatch(output, /ReDoS/, 'the untrusted regex is not even analysed');
    await screenshot(page, 'e2e-restricted-output');
  });

  it('shows the remote image as a placeholder with its URL, loads nothing remote, and asks before opening it', async () => {
    await openFile(page, PAGE);
    // The output panel would take the lower half of the screenshot.
    if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
    await runCommand(page, 'Worklog: Open Preview to the Side');
    const frame: Frame = await frameShowing(page, '#wl-content .wl-image-placeholder');
    const placeholder = frame.locator('#wl-content a.wl-image-placeholder').first();
    assert.equal(await placeholder.getAttribute('href'), REMOTE_IMAGE);
    assert.equal((await placeholder.innerText()).replace(/\s+/g, ' ').trim(), `Remote image not loaded: ${REMOTE_IMAGE}`);
    assert.equal(await placeholder.getAttribute('title'), 'VPC diagram');
    assert.equal(await frame.locator('img[src^="https://images.example.com"]').count(), 0, 'no remote <img> in the document');
    const csp = (await frame.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
    assert.match(csp, /img-src [^;]*data:/);
    assert.doesNotMatch(csp, /img-src[^;]*\shttps:(\s|;)/, `CSP: ${csp}`);
    await placeholder.scrollIntoViewIfNeeded();
    await screenshot(page, 'e2e-restricted-preview');

    // One click goes through VS Code's open-external prompt once; cancelled here, so nothing is opened.
    await placeholder.click();
    await page.locator('.monaco-dialog-box').waitFor({ state: 'visible', timeout: 20_000 });
    await screenshot(page, 'e2e-restricted-open-external');
    const prompts = await cancelPrompts(page, /images\.example\.com/);
    console.log(`      open-external prompts after one click on the placeholder: ${prompts}`);
    assert.equal(prompts, 1, 'one click, one prompt');
  });

  it('asks once when an external link in the preview is clicked', async () => {
    const frame = await frameShowing(page, '#wl-content a[data-link="external"]');
    const link = frame.locator('#wl-content a[data-link="external"]', { hasText: '000004.awsstudygroup.com' }).first();
    await link.scrollIntoViewIfNeeded();
    await link.click();
    const prompts = await cancelPrompts(page, /000004\.awsstudygroup\.com/);
    console.log(`      open-external prompts after one click on a lab link: ${prompts}`);
    assert.equal(prompts, 1, 'one click, one prompt');
  });

  it('does not open a relative link that leads outside the workspace folder, and says why', async () => {
    const popups: string[] = [];
    const onPage = (opened: Page) => popups.push(opened.url());
    page.context().on('page', onPage);
    const frame = await frameShowing(page, '#wl-content a[data-link="local"]');
    await frame.locator('#wl-content a[data-link="local"]', { hasText: 'checklist' }).first().click();
    // Nothing else acts on the click: no open-external prompt, and (checked below) no browser tab, no editor.
    const prompted = await page.locator('.monaco-dialog-box').waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false);
    assert.equal(prompted, false, 'no open-external prompt');
    // The test host runs the workbench with its smoke-test driver on, which shows no toasts: the message is read in
    // the notification center, where every notification is listed.
    await runCommand(page, 'Notifications: Show Notifications');
    const notice = page.locator('.notifications-center .monaco-list-row').filter({ hasText: 'leads outside the workspace folder' });
    await notice.waitFor({ state: 'visible', timeout: 20_000 });
    assert.match(await notice.innerText(), /\.\.\/\.\.\/\.\.\/\.\.\/outside\.md leads outside the workspace folder, so the preview does not open it\./);
    await screenshot(page, 'e2e-restricted-outside-link');
    page.context().off('page', onPage);
    assert.deepEqual(popups, [], 'no browser tab opened');
    const tabs = await page.locator('.tabs-container .tab').allInnerTexts();
    assert.ok(!tabs.some((t) => t.includes('outside.md')), `tabs: ${JSON.stringify(tabs)}`);
  });
});
