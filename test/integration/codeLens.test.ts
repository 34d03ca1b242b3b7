// Table CodeLens through the real vscode API: "Preview" and "Add day" above each day table, and the setting that hides them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, open, revertAndCloseAll, workspaceUri } from './helpers';

const PAGE = 'site-e/content/1-Worklog/1.6-Week6/_index.md';
const PREVIEW = 'worklog.preview.open';

// Two day tables (as some weeks split their days), a paragraph between them.
const TEXT = [
  '---',
  'title: "Week 6 Worklog"',
  'weight: 6',
  '---',
  '',
  '### Tasks carried out this week:',
  '',
  '| Day | Task | Start Date | Completion Date | Reference Material |',
  '| --- | --- | --- | --- | --- |',
  '| 2 | - Read about RDS | 10/13/2025 | 10/13/2025 | <https://000005.awsstudygroup.com/> |',
  '| 3 | - Create a database | 10/14/2025 | 10/14/2025 | <https://000005.awsstudygroup.com/> |',
  '',
  'Second half of the week:',
  '',
  '| Day | Task | Start Date | Completion Date | Reference Material |',
  '| --- | --- | --- | --- | --- |',
  '| 5 | - Back up the database | 10/16/2025 | 10/16/2025 | <https://000005.awsstudygroup.com/> |',
  '',
].join('\n');

async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
}

const ours = (all: vscode.CodeLens[]) => all.filter((l) => l.command?.command === 'worklog.insertDayRow' || l.command?.command === PREVIEW);

describe('Table CodeLens (real extension host)', function () {
  this.timeout(90_000);

  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.writeFile(workspaceUri(PAGE), new TextEncoder().encode(TEXT));
  });

  afterEach(async () => {
    await vscode.workspace.getConfiguration('worklog').update('codeLens.enable', undefined, vscode.ConfigurationTarget.Global);
    await revertAndCloseAll();
  });

  after(async () => {
    await vscode.workspace.fs.delete(workspaceUri('site-e'), { recursive: true });
  });

  it('shows Add day (and Preview where that command exists) on the header line of each day table', async () => {
    const editor = await open(PAGE);
    const found = ours(await lenses(editor.document.uri));
    const headers = [7, 14];
    const preview = (await vscode.commands.getCommands(true)).includes(PREVIEW);
    assert.equal(found.length, headers.length * (preview ? 2 : 1), found.map((l) => `${l.range.start.line}:${l.command?.title}`).join(', '));
    for (const line of headers) {
      const here = found.filter((l) => l.range.start.line === line);
      const add = here.find((l) => l.command?.title === 'Add day');
      assert.ok(add, `no Add day lens on line ${line}`);
      assert.deepEqual(add.command?.arguments, [{ uri: editor.document.uri.toString(), line }]);
      const shown = here.find((l) => l.command?.title === 'Preview');
      assert.equal(shown !== undefined, preview, 'Preview shows exactly when its command is registered');
      if (shown) assert.equal(String(shown.command?.arguments?.[0]), editor.document.uri.toString());
    }
    assert.equal(found.filter((l) => !headers.includes(l.range.start.line)).length, 0);
  });

  it('Add day on the first table adds the row below that table, wherever the cursor is', async () => {
    const editor = await open(PAGE);
    editor.selection = new vscode.Selection(16, 3, 16, 3);
    const add = ours(await lenses(editor.document.uri)).find((l) => l.range.start.line === 7 && l.command?.title === 'Add day');
    assert.ok(add?.command);
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
    const inserted = () => editor.document.lineAt(11).text;
    for (let i = 0; i < 100 && inserted() === ''; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(inserted(), '| 4 | -  | 10/15/2025 | 10/15/2025 |  |');
    assert.equal(editor.document.lineAt(17).text, '| 5 | - Back up the database | 10/16/2025 | 10/16/2025 | <https://000005.awsstudygroup.com/> |', 'the second table is unchanged');
  });

  it('worklog.codeLens.enable set to false hides the lenses', async () => {
    const editor = await open(PAGE);
    assert.ok(ours(await lenses(editor.document.uri)).length > 0);
    await vscode.workspace.getConfiguration('worklog').update('codeLens.enable', false, vscode.ConfigurationTarget.Global);
    let left = ours(await lenses(editor.document.uri));
    for (let i = 0; i < 100 && left.length > 0; i++) {
      await new Promise((r) => setTimeout(r, 100));
      left = ours(await lenses(editor.document.uri));
    }
    assert.equal(left.length, 0);
  });
});
