// Authoring aids through the real vscode API: completions at realistic positions in EN (month-first) and VI (day-first) pages.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, open, revertAndCloseAll } from './helpers';

const SITE = 'site-c/content/1-Worklog';

function lineOf(document: vscode.TextDocument, starts: string): number {
  for (let i = 0; i < document.lineCount; i++) if (document.lineAt(i).text.startsWith(starts)) return i;
  throw new Error(`no line starting with ${starts}`);
}

/** Writes `text` at `position`, asks for completions with `trigger` as the trigger character, and returns them. */
async function complete(editor: vscode.TextEditor, edit: (b: vscode.TextEditorEdit) => void, position: vscode.Position, trigger?: string): Promise<vscode.CompletionItem[]> {
  assert.ok(await editor.edit(edit));
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, trigger);
  return list.items;
}

function insertText(item: vscode.CompletionItem): string {
  const text = item.insertText;
  return typeof text === 'string' ? text : text instanceof vscode.SnippetString ? text.value : String(text);
}

const label = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

describe('Authoring completions (real extension host)', function () {
  this.timeout(60_000);

  before(activateExtension);

  afterEach(revertAndCloseAll);

  it('EN month-first page: typing | under the last row offers the next row with Day 5 and 09/11/2025', async () => {
    const editor = await open(`${SITE}/1.1-Week1/_index.md`);
    const last = lineOf(editor.document, '| 4 |');
    const end = editor.document.lineAt(last).range.end;
    const items = await complete(editor, (b) => b.insert(end, '\n|'), new vscode.Position(last + 1, 1), '|');
    const row = items.find((i) => label(i) === 'New day row');
    assert.ok(row, `no row item in ${items.map(label).join(', ')}`);
    assert.equal(insertText(row), '| 5 | - ${1} | 09/11/2025 | 09/11/2025 |  |$0');
    assert.ok(row.range instanceof vscode.Range && row.range.start.line === last + 1 && row.range.start.character === 0);
  });

  it('VI day-first page: an empty line under the last row offers Day 5 and 18/09/2025', async () => {
    const editor = await open(`${SITE}/1.2-Week2/_index.vi.md`);
    const last = lineOf(editor.document, '| 3 | - Gắn');
    const end = editor.document.lineAt(last).range.end;
    const items = await complete(editor, (b) => b.insert(end, '\n'), new vscode.Position(last + 1, 0));
    const row = items.find((i) => label(i) === 'New day row');
    assert.ok(row, `no row item in ${items.map(label).join(', ')}`);
    assert.equal(insertText(row), '| 5 | - ${1} | 18/09/2025 | 18/09/2025 |  |$0');
  });

  it('no row is offered away from the table, nor in a page that is not a week', async () => {
    const editor = await open(`${SITE}/1.1-Week1/_index.md`);
    const objectives = lineOf(editor.document, '* Meet');
    const items = await complete(editor, (b) => b.insert(new vscode.Position(objectives + 1, 0), '|'), new vscode.Position(objectives + 1, 1), '|');
    assert.equal(items.filter((i) => label(i) === 'New day row').length, 0);
    const section = await open(`${SITE}/_index.md`);
    const end = section.document.lineAt(section.document.lineCount - 1).range.end;
    const none = await complete(section, (b) => b.insert(end, '\nlab:'), new vscode.Position(section.document.lineCount, 4), ':');
    // The contributed `lab` snippet may show; the catalog (one item per lab id) must not.
    assert.equal(none.filter((i) => /^000\d{3}$/.test(label(i))).length, 0);
  });

  it('typing https://0000 in the Reference cell offers the lab catalog with titles', async () => {
    const editor = await open(`${SITE}/1.2-Week2/_index.md`);
    const line = lineOf(editor.document, '| 2 | - Draw');
    const end = editor.document.lineAt(line).range.end;
    const items = await complete(editor, (b) => b.insert(end, ' <https://0000'), new vscode.Position(line, end.character + 14), '0');
    const lab = items.find((i) => label(i) === '000003');
    assert.ok(lab, `no 000003 in ${items.map(label).slice(0, 10).join(', ')}`);
    assert.equal(insertText(lab), '<https://000003.awsstudygroup.com/>');
    assert.ok(typeof lab.label !== 'string' && lab.label.description, 'the lab has a title');
    assert.ok(lab.range instanceof vscode.Range && lab.range.start.character === end.character + 1, 'replaces the typed <https://0000');
  });

  it('typing lab: in a VI page offers the catalog and replaces lab:', async () => {
    const editor = await open(`${SITE}/1.2-Week2/_index.vi.md`);
    const line = lineOf(editor.document, '| 2 | - Vẽ');
    const end = editor.document.lineAt(line).range.end;
    const at = end.character - 1;
    const items = await complete(editor, (b) => b.insert(new vscode.Position(line, at), 'lab:'), new vscode.Position(line, at + 4), ':');
    const lab = items.find((i) => label(i) === '000001');
    assert.ok(lab);
    assert.equal(insertText(lab), '<https://000001.awsstudygroup.com/>');
    assert.ok(lab.range instanceof vscode.Range && lab.range.start.character === at);
  });

  it('front matter: keys with the week computed values, and the value after weight:', async () => {
    const editor = await open(`${SITE}/1.2-Week2/_index.vi.md`);
    const weight = lineOf(editor.document, 'weight:');
    // Drop the `pre` line, then ask at an empty line of the front matter.
    const pre = lineOf(editor.document, 'pre:');
    const keys = await complete(editor, (b) => b.replace(editor.document.lineAt(pre).range, ''), new vscode.Position(pre, 0));
    const preItem = keys.find((i) => label(i) === 'pre');
    assert.ok(preItem, `no pre in ${keys.map(label).join(', ')}`);
    assert.equal(insertText(preItem), 'pre: " <b> 1.2. </b> "');
    assert.equal(keys.filter((i) => label(i) === 'title').length, 0, 'keys already present are not offered');
    const values = await complete(editor, (b) => b.replace(editor.document.lineAt(weight).range, 'weight:'), new vscode.Position(weight, 7), ':');
    assert.deepEqual(values.filter((i) => insertText(i) === ' 2').length, 1, `values: ${values.map(insertText).join(', ')}`);
    const date = lineOf(editor.document, 'date:');
    const dates = await complete(editor, (b) => b.replace(editor.document.lineAt(date).range, 'date:'), new vscode.Position(date, 5), ':');
    assert.ok(dates.some((i) => insertText(i) === ' 2025-09-15'), `dates: ${dates.map(insertText).join(', ')}`);
  });
});

/** Types `text` at the end of `line` (a new line when `newLine`), then asks for completions as typing its last character would. */
async function typeAndComplete(editor: vscode.TextEditor, line: number, text: string, newLine = false): Promise<{ items: vscode.CompletionItem[]; position: vscode.Position }> {
  const end = editor.document.lineAt(line).range.end;
  const inserted = newLine ? `\n${text}` : text;
  assert.ok(await editor.edit((b) => b.insert(end, inserted)));
  const position = newLine ? new vscode.Position(line + 1, text.length) : new vscode.Position(line, end.character + text.length);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, text.slice(-1));
  return { items: list.items, position };
}

/** Applies a completion item the way accepting it in the widget does. */
async function accept(editor: vscode.TextEditor, item: vscode.CompletionItem, at: vscode.Position): Promise<void> {
  const range = item.range instanceof vscode.Range ? item.range : (item.range?.replacing ?? new vscode.Range(at, at));
  assert.ok(await editor.edit((b) => b.replace(range, insertText(item))));
}

const ours = (items: vscode.CompletionItem[]) => [...items].filter((i) => i.sortText !== undefined && /^\d{2}$/.test(i.sortText)).sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));

describe('Cell completions (real extension host)', function () {
  this.timeout(90_000);

  before(activateExtension);

  afterEach(revertAndCloseAll);

  it('EN month-first page: a new row gets Day 5, then 09/18/2025 (Thursday) in both date cells', async () => {
    const editor = await open(`${SITE}/1.2-Week2/_index.md`);
    const last = lineOf(editor.document, '| 4 |');
    const day = await typeAndComplete(editor, last, '| ', true);
    const days = ours(day.items);
    assert.deepEqual(days.map(label).slice(0, 4), ['5', '6', '7', 'CN'], days.map(label).join(', '));
    assert.ok(days[0].preselect, 'the next unused day is preselected');
    assert.match(String(days[0].detail), /Thursday/);
    await accept(editor, days[0], day.position);
    assert.equal(editor.document.lineAt(last + 1).text, '| 5');

    const start = await typeAndComplete(editor, last + 1, ' | - Review the VPC | ');
    const starts = ours(start.items);
    assert.equal(label(starts[0]), '09/18/2025', starts.map(label).join(', '));
    assert.match(String(starts[0].detail), /Thursday/);
    assert.deepEqual(starts.map(label).slice(1), ['09/15/2025', '09/16/2025', '09/17/2025', '09/19/2025']);
    assert.match(String(starts[1].detail), /Monday/);
    await accept(editor, starts[0], start.position);

    const end = await typeAndComplete(editor, last + 1, ' | ');
    const ends = ours(end.items);
    assert.equal(label(ends[0]), '09/18/2025');
    await accept(editor, ends[0], end.position);
    assert.equal(editor.document.lineAt(last + 1).text, '| 5 | - Review the VPC | 09/18/2025 | 09/18/2025');
  });

  it('VI day-first page: an emptied Day cell offers its date’s weekday, and the Start cell offers 17/09/2025 first', async () => {
    const editor = await open(`${SITE}/1.2-Week2/_index.vi.md`);
    const row = lineOf(editor.document, '| 3 | - Gắn');
    // The Day cell emptied, the cursor after its opening space, as when retyping it.
    assert.ok(await editor.edit((b) => b.delete(new vscode.Range(row, 2, row, 3))));
    const position = new vscode.Position(row, 2);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, ' ');
    const days = ours(list.items);
    assert.equal(label(days[0]), '4', `17/09/2025 is a Wednesday: ${days.map(label).join(', ')}`);
    assert.equal(insertText(days[0]), ' 4 ');
    await accept(editor, days[0], position);
    assert.ok(editor.document.lineAt(row).text.startsWith('| 4 | - Gắn Internet Gateway | 17/09/2025'), editor.document.lineAt(row).text);

    const next = await typeAndComplete(editor, lineOf(editor.document, '| 4 | - Gắn'), '| 5 | - Ôn tập | ', true);
    const starts = ours(next.items);
    assert.deepEqual(starts.map(label), ['18/09/2025', '15/09/2025', '16/09/2025', '17/09/2025', '19/09/2025'], starts.map(label).join(', '));
  });

  it('a space in prose or in a Task cell offers nothing', async () => {
    const editor = await open(`${SITE}/1.2-Week2/_index.md`);
    const prose = lineOf(editor.document, '* Build');
    const inProse = await typeAndComplete(editor, prose, ' and ');
    assert.equal(ours(inProse.items).length, 0);
    assert.equal(inProse.items.filter((i) => label(i) === 'New day row').length, 0);
    const row = lineOf(editor.document, '| 2 |');
    const at = editor.document.lineAt(row).text.indexOf('plan') + 4;
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(row, at), ' ')));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, new vscode.Position(row, at + 1), ' ');
    assert.equal(ours(list.items).length, 0);
  });
});

const WEEK2 = `${SITE}/1.2-Week2`;

/** Rewrites an open page's day-table rows in the editor (unsaved; reverted after each test). */
async function replaceRows(editor: vscode.TextEditor, rows: string[]): Promise<void> {
  const document = editor.document;
  const first = lineOf(document, '| --- |') + 1;
  let last = first;
  while (last + 1 < document.lineCount && document.lineAt(last + 1).text.startsWith('|')) last++;
  const range = new vscode.Range(first, 0, last, document.lineAt(last).text.length);
  assert.ok(await editor.edit((b) => b.replace(range, rows.join('\n'))));
}

/** Week 2 made undecidable alone on the Vietnamese side (one row, every part ≤ 12) while its English twin writes ISO dates. */
async function ambiguousWeek(): Promise<vscode.TextEditor> {
  const en = await open(`${WEEK2}/_index.md`);
  await replaceRows(en, ['| 1 | - Create the account | 2025-10-06 | 2025-10-06 | <https://000001.awsstudygroup.com/> |']);
  const vi = await open(`${WEEK2}/_index.vi.md`);
  await replaceRows(vi, ['| 1 | - Tạo tài khoản | 06/10/2025 | 06/10/2025 | <https://000001.awsstudygroup.com/> |']);
  return vi;
}

/** The hover text at the first 06/10/2025 of the row, once `ready` accepts it (the twin's edit reaches the extension a little later). */
async function dateHoverText(editor: vscode.TextEditor, ready: RegExp): Promise<string> {
  const line = lineOf(editor.document, '| 1 |');
  const at = editor.document.lineAt(line).text.indexOf('06/10/2025');
  let text = '';
  for (let i = 0; i < 100 && !ready.test(text); i++) {
    if (i > 0) await new Promise((r) => setTimeout(r, 100));
    text = await hoverText(editor.document.uri, new vscode.Position(line, at + 1));
  }
  return text;
}

describe('Date order in completions and hovers (real extension host)', function () {
  this.timeout(90_000);

  before(activateExtension);

  afterEach(async () => {
    await vscode.workspace.getConfiguration('worklog').update('dateOrder', undefined, vscode.ConfigurationTarget.Global);
    await revertAndCloseAll();
  });

  it('a page that cannot tell alone reads its dates the way its twin writes them', async () => {
    const editor = await ambiguousWeek();
    const text = await dateHoverText(editor, /twin/);
    assert.match(text, /Mon 6 Oct 2025/, text);
    assert.match(text, /twin/, text);
    const line = lineOf(editor.document, '| 1 |');
    const { items } = await typeAndComplete(editor, line, '| 2 | - Ôn tập | ', true);
    assert.equal(label(ours(items)[0]), '07/10/2025', ours(items).map(label).join(', '));
  });

  it('worklog.dateOrder set to mdy wins over the page and its twin', async () => {
    await vscode.workspace.getConfiguration('worklog').update('dateOrder', 'mdy', vscode.ConfigurationTarget.Global);
    const editor = await ambiguousWeek();
    // The setting reaches the extension host through a configuration event, after update() resolves.
    const text = await dateHoverText(editor, /set by/);
    assert.match(text, /Tue 10 Jun 2025/, text);
    assert.match(text, /set by "dateOrder": "mdy"/, text);
  });
});

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n')
    .replace(/&nbsp;/g, ' ');
}

describe('Authoring hovers (real extension host)', function () {
  this.timeout(60_000);

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a lab link shows the lab id and its catalog title', async () => {
    const editor = await open(`${SITE}/1.1-Week1/_index.md`);
    const line = lineOf(editor.document, '| 4 |');
    const at = editor.document.lineAt(line).text.indexOf('000007');
    const text = await hoverText(editor.document.uri, new vscode.Position(line, at + 2));
    assert.match(text, /Lab 000007/);
    assert.match(text, /Budget|Cost|Billing/i, text);
  });

  it('a date in an EN month-first page shows its weekday and how the order was decided', async () => {
    const editor = await open(`${SITE}/1.2-Week2/_index.md`);
    const line = lineOf(editor.document, '| 3 |');
    const at = editor.document.lineAt(line).text.indexOf('09/16/2025');
    const text = await hoverText(editor.document.uri, new vscode.Position(line, at + 3));
    assert.match(text, /Tue 16 Sep 2025/);
    assert.match(text, /Tuesday/);
    assert.match(text, /Date order: month-first/, text);
  });

  it('a date in a VI day-first page reads day-first; a Day cell shows its weekday', async () => {
    const editor = await open(`${SITE}/1.2-Week2/_index.vi.md`);
    const line = lineOf(editor.document, '| 2 |');
    const at = editor.document.lineAt(line).text.indexOf('15/09/2025');
    const text = await hoverText(editor.document.uri, new vscode.Position(line, at + 1));
    assert.match(text, /Mon 15 Sep 2025/);
    assert.match(text, /day-first/, text);
    const day = await hoverText(editor.document.uri, new vscode.Position(line, 2));
    assert.match(day, /Day: Monday/, day);
  });
});

describe('Day row commands (real extension host)', function () {
  this.timeout(60_000);

  afterEach(revertAndCloseAll);

  it('Insert day row adds the next row below the table from a cursor inside it', async () => {
    const editor = await open(`${SITE}/1.2-Week2/_index.vi.md`);
    const first = lineOf(editor.document, '| 2 |');
    editor.selection = new vscode.Selection(first, 3, first, 3);
    await vscode.commands.executeCommand('worklog.insertDayRow');
    // A text editor command's edit lands after the command returns.
    const below = () => editor.document.lineAt(lineOf(editor.document, '| 3 | - Gắn') + 1).text;
    for (let i = 0; i < 100 && below() === ''; i++) await new Promise((r) => setTimeout(r, 50));
    assert.equal(below(), '| 5 | -  | 18/09/2025 | 18/09/2025 |  |');
  });

  it('Renumber days from dates rewrites a Day cell that disagrees with its date, in the table style', async () => {
    const editor = await open(`${SITE}/1.2-Week2/_index.vi.md`);
    await vscode.commands.executeCommand('worklog.renumberDays');
    const row = await (async () => {
      for (let i = 0; i < 100; i++) {
        const line = editor.document.getText().split('\n').find((l) => l.includes('Gắn Internet Gateway'));
        if (line?.startsWith('| 4 |')) return line;
        await new Promise((r) => setTimeout(r, 50));
      }
      return editor.document.getText().split('\n').find((l) => l.includes('Gắn Internet Gateway'));
    })();
    assert.ok(row?.startsWith('| 4 | - Gắn Internet Gateway | 17/09/2025'), row);
    assert.ok(editor.document.getText().includes('| 3 | - Tạo VPC'), 'a Day cell that matches stays');
  });
});

describe('Document links (real extension host)', function () {
  this.timeout(60_000);

  it('makes a lab autolink clickable to its lab', async () => {
    const editor = await open(`${SITE}/1.1-Week1/_index.md`);
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', editor.document.uri);
    const line = lineOf(editor.document, '| 4 |');
    const lab = links.find((l) => l.range.start.line === line && l.target?.toString().includes('000007'));
    assert.ok(lab, links.map((l) => `${l.range.start.line}:${l.target?.toString()}`).join(', '));
    assert.equal(lab.target?.toString(), 'https://000007.awsstudygroup.com/');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
