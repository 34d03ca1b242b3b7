// UI smoke tests: the workbench starts with the extension under development and shows worklog pages.
import * as assert from 'node:assert/strict';
import { closeAllEditors, eventually, openFile, readEditorText, readOutputChannels, readTabs, readTreeItems, screenshot, session, waitForWorkbench } from './helpers';

const weekPage = 'content/1-Worklog/1.1-Week1/_index.md';

describe('Workbench with the extension under development', () => {
  before(async () => {
    await waitForWorkbench(session().page);
  });

  after(async () => {
    await closeAllEditors(session().page);
  });

  it('shows the fixture workspace in the Explorer', async () => {
    const { page } = session();
    const items = await readTreeItems(page);
    assert.ok(items.some((item) => item.label === 'content' && item.level === 1), `Explorer rows: ${JSON.stringify(items)}`);
    await screenshot(page, 'e2e-01-workbench');
  });

  it('opens a worklog page via Quick Open and shows it in the editor', async () => {
    const { page } = session();
    await openFile(page, weekPage);
    const tabs = await readTabs(page);
    assert.ok(tabs.some((tab) => tab.startsWith('*_index.md')), `tabs: ${JSON.stringify(tabs)}`);
    const text = await readEditorText(page);
    assert.match(text, /^---\ntitle: "Week 1 Worklog"/);
    assert.match(text, /\| Day \| Task \| Start Date \| Completion Date \| Reference Material \|/);
    await screenshot(page, 'e2e-02-week-page');
  });

  it('has activated the extension (its "Worklog Studio" output channel exists)', async () => {
    const { page } = session();
    // Activation follows the Markdown editor opened above; on a busy machine it can take a few seconds.
    const channels = await eventually(() => readOutputChannels(page), (names) => names.includes('Worklog Studio'));
    assert.ok(channels.includes('Worklog Studio'), `output channels: ${JSON.stringify(channels)}`);
  });
});
