// Table formatting through the real vscode API on fixture pages: Format Document, undo, Format Selection, format on save.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, open, revertAndCloseAll, until, workspaceUri } from './helpers';

const VI_WEEK = 'site-c/content/1-Worklog/1.2-Week2/_index.vi.md';
// A fixture page for format on save; its bytes are restored afterwards.
const SAVED = 'content/1-Worklog/1.1-Week1/_index.md';

// Công việc is as wide as its longest task (23 columns), Nguồn tài liệu as the lab link (35).
const ALIGNED = [
  '| Thứ | Công việc               | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu                      |',
  '| --- | ----------------------- | ------------ | --------------- | ----------------------------------- |',
  '| 2   | - Vẽ sơ đồ chia subnet  | 15/09/2025   | 15/09/2025      |                                     |',
  '| 3   | - Tạo VPC và hai subnet | 16/09/2025   | 16/09/2025      | <https://000003.awsstudygroup.com/> |',
  '| 3   | - Gắn Internet Gateway  | 17/09/2025   | 17/09/2025      | <https://000003.awsstudygroup.com/> |',
].join('\n');

async function setFormatOnSave(value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('worklog').update('format.onSave', value, vscode.ConfigurationTarget.Workspace);
  await until(() => (vscode.workspace.getConfiguration('worklog').get<boolean>('format.onSave') === (value ?? false) ? true : undefined), 'the setting to apply');
}

describe('Table formatter (real extension host)', function () {
  this.timeout(60_000);

  before(activateExtension);

  afterEach(async () => {
    await revertAndCloseAll();
    await setFormatOnSave(undefined);
  });

  it('Format Document aligns the day table of a Vietnamese week, and undo restores the text', async () => {
    const editor = await open(VI_WEEK);
    const original = editor.document.getText();
    assert.ok(!original.includes(ALIGNED));
    await vscode.commands.executeCommand('editor.action.formatDocument');
    const formatted = await until(() => (editor.document.getText().includes(ALIGNED) ? editor.document.getText() : undefined), 'the aligned table');
    // Only the table changed: the text around it is as it was.
    const tableStart = original.indexOf('| Thứ');
    assert.equal(formatted.slice(0, tableStart), original.slice(0, tableStart));
    assert.equal(formatted.slice(tableStart + ALIGNED.length), original.slice(original.indexOf('\n\n### Kết quả')));
    await vscode.commands.executeCommand('undo');
    await until(() => (editor.document.getText() === original ? true : undefined), 'undo to restore the page');
  });

  it('offers no edits for Markdown that is not a worklog page', async () => {
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', workspaceUri('notes.md'), { tabSize: 2, insertSpaces: true });
    assert.equal(edits?.length ?? 0, 0);
  });

  it('Format Selection on one row aligns the whole table', async () => {
    const editor = await open(VI_WEEK);
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('| 3 | - Gắn'));
    editor.selection = new vscode.Selection(line, 0, line, 3);
    await vscode.commands.executeCommand('editor.action.formatSelection');
    await until(() => (editor.document.getText().includes(ALIGNED) ? true : undefined), 'the aligned table');
  });

  it('worklog.format.onSave aligns the tables when a worklog page is saved, and only when it is on', async () => {
    const original = await vscode.workspace.fs.readFile(workspaceUri(SAVED));
    const read = async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SAVED)));
    try {
      const editor = await open(SAVED);
      const end = () => new vscode.Position(editor.document.lineCount - 1, 0);
      assert.ok(await editor.edit((b) => b.insert(end(), '\nMore notes.\n')));
      await editor.document.save();
      const unformatted = await read();
      assert.ok(unformatted.includes('| Day | Task | Start Date |'), 'not formatted while the setting is off');
      assert.ok(unformatted.endsWith('More notes.\n'));

      await setFormatOnSave(true);
      assert.ok(await editor.edit((b) => b.insert(end(), 'And more.\n')));
      await editor.document.save();
      const formatted = await read();
      // Task is as wide as the Handbook cell (67 columns), Reference Material as the lab link (35).
      assert.ok(formatted.includes(`| Day | Task${' '.repeat(63)} | Start Date | Completion Date | Reference Material${' '.repeat(17)} |`), formatted);
      assert.ok(formatted.includes('| 2   | - **Laptop setup** <br>&emsp; + Install Git and the AWS CLI'), formatted);
      assert.ok(formatted.endsWith('More notes.\nAnd more.\n'));
    } finally {
      await vscode.workspace.fs.writeFile(workspaceUri(SAVED), original);
    }
  });
});
