// The editor UI the extension feeds, read through the helpers: Problems, hover, completions, trees and webviews.
import * as assert from 'node:assert/strict';
import {
  closeAllEditors,
  filterProblems,
  openFile,
  openView,
  readCompletions,
  readHover,
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

    const position = /Ln (\d+), Col (\d+)/.exec(marker.position ?? '');
    assert.ok(position, `no position in ${JSON.stringify(marker)}`);
    const hover = await readHover(page, Number(position[1]), Number(position[2]));
    assert.ok(hover.includes(marker.message), `hover: ${hover}`);
    await screenshot(page, 'e2e-04-hover');
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
