// Table formatting through the real vscode API: Format Document on a worklog page, undo, format on save.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, open, revertAndCloseAll, until, workspaceUri } from './helpers';

const PAGE = 'formatting/content/1-Worklog/1.3-Week3/_index.vi.md';

const RAGGED = [
  '---',
  'title: "Worklog Tuần 3"',
  'weight: 3',
  'pre: " <b> 1.3. </b> "',
  '---',
  '',
  '### Các công việc cần triển khai trong tuần này:',
  '',
  '| Thứ | Công việc | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu |',
  '|---|---|---|:-:|---|',
  '| 2 | - Tạo VPC 日本 | 22/09/2025 | 22/09/2025 | <https://000003.awsstudygroup.com/> |',
  '| 3 | - Ôn lại IAM 👩‍💻 \\| ghi chú | 23/09/2025 | 23/09/2025 | |',
  '',
].join('\r\n');

const ALIGNED = [
  '| Thứ | Công việc                  | Ngày bắt đầu | Ngày hoàn thành | Nguồn tài liệu                      |',
  '| --- | -------------------------- | ------------ | :-------------: | ----------------------------------- |',
  '| 2   | - Tạo VPC 日本             | 22/09/2025   | 22/09/2025      | <https://000003.awsstudygroup.com/> |',
  '| 3   | - Ôn lại IAM 👩‍💻 \\| ghi chú | 23/09/2025   | 23/09/2025      |                                     |',
].join('\r\n');

async function writePage(text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(PAGE), new TextEncoder().encode(text));
}

async function setFormatOnSave(value: boolean | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('worklog').update('format.onSave', value, vscode.ConfigurationTarget.Workspace);
  await until(() => (vscode.workspace.getConfiguration('worklog').get<boolean>('format.onSave') === (value ?? false) ? true : undefined), 'the setting to apply');
}

describe('Table formatter (real extension host)', function () {
  this.timeout(60_000);

  before(activateExtension);

  beforeEach(() => writePage(RAGGED));

  afterEach(async () => {
    await revertAndCloseAll();
    await setFormatOnSave(undefined);
  });

  after(() => vscode.workspace.fs.delete(workspaceUri('formatting'), { recursive: true }));

  it('Format Document aligns the day table by display width, keeps CRLF, and undo restores the text', async () => {
    const editor = await open(PAGE);
    await vscode.commands.executeCommand('editor.action.formatDocument');
    const formatted = await until(() => (editor.document.getText().includes(ALIGNED) ? editor.document.getText() : undefined), 'the aligned table');
    assert.equal(formatted, RAGGED.replace(RAGGED.slice(RAGGED.indexOf('| Thứ'), RAGGED.lastIndexOf('|') + 1), ALIGNED));
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
    await vscode.commands.executeCommand('undo');
    await until(() => (editor.document.getText() === RAGGED ? true : undefined), 'undo to restore the page');
  });

  it('offers no edits for Markdown that is not a worklog page', async () => {
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[] | undefined>('vscode.executeFormatDocumentProvider', workspaceUri('notes.md'), { tabSize: 2, insertSpaces: true });
    assert.equal(edits?.length ?? 0, 0);
  });

  it('Format Selection on one row aligns the whole table', async () => {
    const editor = await open(PAGE);
    const line = editor.document.getText().split('\r\n').findIndex((l) => l.startsWith('| 3'));
    editor.selection = new vscode.Selection(line, 0, line, 3);
    await vscode.commands.executeCommand('editor.action.formatSelection');
    await until(() => (editor.document.getText().includes(ALIGNED) ? true : undefined), 'the aligned table');
  });

  it('worklog.format.onSave aligns the table when the page is saved, and only when it is on', async () => {
    const editor = await open(PAGE);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), '\r\nGhi chú.\r\n')));
    await editor.document.save();
    const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(PAGE)));
    assert.ok(!saved.includes(ALIGNED), 'not formatted while the setting is off');
    assert.ok(saved.endsWith('Ghi chú.\r\n'));

    await setFormatOnSave(true);
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(editor.document.lineCount - 1, 0), 'Thêm.\r\n')));
    await editor.document.save();
    const formatted = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(PAGE)));
    assert.ok(formatted.includes(ALIGNED), formatted);
    assert.ok(formatted.endsWith('Ghi chú.\r\nThêm.\r\n'));
  });
});
