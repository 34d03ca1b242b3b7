// The editor UI the extension feeds, read through the helpers: Problems, hover, completions, trees and webviews.
import * as assert from 'node:assert/strict';
import {
  closeAllEditors,
  eventually,
  filterProblems,
  openFile,
  openView,
  readCompletions,
  readHover,
  readProblems,
  readTreeItems,
  readWebview,
  runCommand,
  screenshot,
  session,
  waitForProblems,
  waitForWorkbench,
  type ProblemEntry,
} from './helpers';

// A fixture page with known worklog findings (see test/integration/diagnostics.test.ts).
const pageWithFindings = 'site-c/content/1-Worklog/1.2-Week2/_index.md';
const weekPage = 'content/1-Worklog/1.1-Week1/_index.md';

function worklogMarkers(entries: ProblemEntry[]): ProblemEntry[] {
  return entries.filter((entry) => entry.kind === 'marker' && entry.source === 'worklog');
}

describe('Editor UI fed by the extension', () => {
  before(async () => {
    await waitForWorkbench(session().page);
  });

  afterEach(async () => {
    await filterProblems(session().page, '');
    await closeAllEditors(session().page);
  });

  it('lists worklog diagnostics in the Problems panel and shows them on hover', async () => {
    const { page } = session();
    await openFile(page, pageWithFindings);
    const entries = await waitForProblems(page, (rows) => worklogMarkers(rows).length > 0, { filter: pageWithFindings });
    const marker = worklogMarkers(entries)[0];
    assert.equal(marker.resource, pageWithFindings);
    assert.ok(marker.message && marker.code, `marker without message or code: ${JSON.stringify(marker)}`);
    await screenshot(page, 'e2e-03-problems');

    // A message can still change once the workspace scan has read the sibling weeks, so compare fresh pairs.
    const [hover, shown] = await eventually(
      async () => {
        const current = worklogMarkers(await readProblems(page, pageWithFindings)).find((entry) => entry.position === marker.position);
        const position = /Ln (\d+), Col (\d+)/.exec(current?.position ?? '');
        const text = position ? await readHover(page, Number(position[1]), Number(position[2]), { keepOpen: true }) : '';
        return [text, current?.message ?? ''] as const;
      },
      ([text, message]) => message !== '' && text.includes(message),
    );
    await screenshot(page, 'e2e-04-hover');
    await page.keyboard.press('Escape');
    assert.ok(shown !== '' && hover.includes(shown), `hover: ${hover}\nproblem: ${shown}`);
  });

  it('offers completions in a worklog page', async () => {
    const { page } = session();
    await openFile(page, weekPage);
    const labels = await readCompletions(page, 8, 1);
    assert.ok(labels.length > 0, 'empty completion list');
  });

  it('shows the page structure in the Outline tree', async () => {
    const { page } = session();
    await openFile(page, weekPage);
    await openView(page, 'Outline');
    const items = await readTreeItems(page, 'Outline');
    assert.ok(items.some((item) => item.label.includes('Week 1 Objectives')), `Outline: ${JSON.stringify(items)}`);
  });

  it('renders the page in a webview (Markdown preview)', async () => {
    const { page } = session();
    await openFile(page, weekPage);
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const text = await readWebview(page);
    assert.match(text, /Week 1 Objectives/);
    assert.match(text, /Laptop setup/);
    await screenshot(page, 'e2e-05-webview');
  });
});
