// Table CodeLens through the real vscode API: "Preview" and "Add day" above each day table, and the setting that hides them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, open, revertAndCloseAll } from './helpers';

const PAGE = 'site-c/content/1-Worklog/1.1-Week1/_index.md';
const PREVIEW = 'worklog.preview.openToSide';

// A second day table at the end of the page (as some weeks split their days), typed into the editor, not saved.
const SECOND_TABLE = [
  '',
  'Second half of the week:',
  '',
  '| Day | Task | Start Date | Completion Date | Reference Material |',
  '| --- | --- | --- | --- | --- |',
  '| 6 | - Review the week | 09/12/2025 | 09/12/2025 | <https://000001.awsstudygroup.com/> |',
].join('\n');

/** Opens week 1 with its second day table; returns the editor and the header lines of both tables. */
async function openTwoTables(): Promise<{ editor: vscode.TextEditor; headers: number[] }> {
  const editor = await open(PAGE);
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  assert.ok(await editor.edit((b) => b.insert(end, SECOND_TABLE)));
  const headers: number[] = [];
  for (let i = 0; i < editor.document.lineCount; i++) if (editor.document.lineAt(i).text.startsWith('| Day |')) headers.push(i);
  assert.equal(headers.length, 2);
  return { editor, headers };
}

async function lenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
}

const ours = (all: vscode.CodeLens[]) => all.filter((l) => l.command?.command === 'worklog.insertDayRow' || l.command?.command === PREVIEW);

describe('Table CodeLens (real extension host)', function () {
  this.timeout(90_000);

  before(activateExtension);

  afterEach(async () => {
    await vscode.workspace.getConfiguration('worklog').update('codeLens.enable', undefined, vscode.ConfigurationTarget.Global);
    await revertAndCloseAll();
  });

  it('shows Preview and Add day on the header line of each day table', async () => {
    const { editor, headers } = await openTwoTables();
    const found = ours(await lenses(editor.document.uri));
    assert.equal(found.length, headers.length * 2, found.map((l) => `${l.range.start.line}:${l.command?.title}`).join(', '));
    for (const line of headers) {
      const here = found.filter((l) => l.range.start.line === line);
      const add = here.find((l) => l.command?.title === 'Add day');
      assert.ok(add, `no Add day lens on line ${line}`);
      assert.deepEqual(add.command?.arguments, [{ uri: editor.document.uri.toString(), line }]);
      const shown = here.find((l) => l.command?.title === 'Preview');
      assert.equal(shown?.command?.command, PREVIEW);
      assert.equal(String(shown.command.arguments?.[0]), editor.document.uri.toString());
    }
    assert.equal(found.filter((l) => !headers.includes(l.range.start.line)).length, 0);
  });

  it('Preview opens the page in a preview beside the editor', async () => {
    const api = await activateExtension();
    const { editor, headers } = await openTwoTables();
    const preview = ours(await lenses(editor.document.uri)).find((l) => l.range.start.line === headers[0] && l.command?.title === 'Preview');
    assert.ok(preview?.command);
    await vscode.commands.executeCommand(preview.command.command, ...(preview.command.arguments ?? []));
    for (let i = 0; i < 100 && api.preview.current()?.resource !== editor.document.uri.toString(); i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(api.preview.current()?.resource, editor.document.uri.toString());
  });

  it('Add day on the first table adds the row below that table, wherever the cursor is', async () => {
    const { editor, headers } = await openTwoTables();
    const lastLine = editor.document.lineCount - 1;
    editor.selection = new vscode.Selection(lastLine, 3, lastLine, 3);
    const add = ours(await lenses(editor.document.uri)).find((l) => l.range.start.line === headers[0] && l.command?.title === 'Add day');
    assert.ok(add?.command);
    await vscode.commands.executeCommand(add.command.command, ...(add.command.arguments ?? []));
    // Week 1's table ends with Day 4 (09/10/2025) three lines below its header and delimiter.
    const below = headers[0] + 5;
    const inserted = () => editor.document.lineAt(below).text;
    for (let i = 0; i < 100 && inserted() === ''; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(inserted(), '| 5 | -  | 09/11/2025 | 09/11/2025 |  |');
    assert.equal(editor.document.lineAt(editor.document.lineCount - 1).text, '| 6 | - Review the week | 09/12/2025 | 09/12/2025 | <https://000001.awsstudygroup.com/> |', 'the second table is unchanged');
  });

  it('worklog.codeLens.enable set to false hides the lenses', async () => {
    const { editor } = await openTwoTables();
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
