// The live preview, seen through the real vscode API and the extension's preview hooks in the extension host.
import * as assert from 'node:assert/strict';
import type { Element, Root, RootContent } from 'hast';
import rehypeRaw from 'rehype-raw';
import { unified } from 'unified';
import * as vscode from 'vscode';
import type { WorklogApi } from '../../src/extension';
import type { PreviewRendered } from '../../src/editor/preview';
import type { ExtensionMessage, UpdateMessage } from '../../src/webview/protocol';
import { open, revertAndCloseAll, until, watchHostStall, workspaceUri } from './helpers';

const WEEK3 = 'site-c/content/1-Worklog/1.3-Week3/_index.md';
const WEEK2 = 'site-c/content/1-Worklog/1.2-Week2/_index.md';
const WEEK1_A = 'site-a/content/1-Worklog/1.1-Week1/_index.md';

describe('Preview (real extension host)', function () {
  this.timeout(90_000);
  let api: WorklogApi;

  before(async () => {
    const extension = vscode.extensions.all.find((e) => (e.packageJSON as { name?: string }).name === 'worklog-studio');
    assert.ok(extension, 'extension not found');
    api = (await extension.activate()) as WorklogApi;
  });

  afterEach(revertAndCloseAll);

  /** Waits until the content last given to a preview (whole, or patched after an edit) is `relative`'s and `accept` takes it. */
  function update(relative: string, accept: (m: UpdateMessage) => boolean = () => true, what = 'a preview update', timeoutMs = 60_000): Promise<UpdateMessage> {
    const resource = workspaceUri(relative).toString();
    return until(() => {
      const message = api.preview.lastContent();
      return message?.resource === resource && accept(message) ? message : undefined;
    }, `${what} of ${relative}`, timeoutMs);
  }

  /** A message `act` makes the preview post; other messages (a render after a diagnostics change) may come after it. */
  function posted(act: () => void, accept: (m: ExtensionMessage) => boolean, what: string): Promise<ExtensionMessage> {
    const count = api.preview.postedCount();
    act();
    return until(() => api.preview.postedSince(count).find(accept), what);
  }

  /**
   * The page offsets of the `<td>` cells shown for one page line, read as the webview reads them: the content's
   * top-level nodes as a browser parses them, each cell's data-line / data-offset plus its node's origin.
   */
  function cellOffsets(message: UpdateMessage, line: number): number[] {
    const root = unified().use(rehypeRaw).runSync({ type: 'root', children: [{ type: 'raw', value: message.html } as unknown as RootContent] }) as Root;
    assert.equal(root.children.length * 2, message.origins.length, 'an origin for each top-level node');
    const offsets: number[] = [];
    const visit = (node: Element, origin: number, originOffset: number) => {
      if (node.tagName === 'td' && Number(node.properties.dataLine) + origin === line) offsets.push(Number(node.properties.dataOffset) + originOffset);
      for (const child of node.children) if (child.type === 'element') visit(child, origin, originOffset);
    };
    root.children.forEach((node, i) => {
      if (node.type === 'element') visit(node, message.origins[i * 2], message.origins[i * 2 + 1]);
    });
    return offsets;
  }

  it('opens beside the active page, then shows another page given as a Uri in the same panel', async () => {
    const editor = await open(WEEK3);
    await vscode.commands.executeCommand('worklog.preview.openToSide');
    const first = await update(WEEK3);
    assert.match(first.html, /data-line="\d+"/);
    assert.match(first.html, /09\/22\/2025|22 Sep 2025/);
    const panel = api.preview.current();
    assert.ok(panel);
    assert.equal(panel.resource, editor.document.uri.toString());
    assert.equal(panel.locked, false);
    assert.equal(panel.title, 'Preview Week 3 Worklog');
    assert.equal(panel.viewColumn, vscode.ViewColumn.Two);
    // The editor keeps the focus when the preview opens beside it.
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());

    await vscode.commands.executeCommand('worklog.preview.open', workspaceUri(WEEK1_A));
    const second = await update(WEEK1_A);
    assert.match(second.html, /Enable MFA and create a budget/);
    assert.equal(api.preview.panels().length, 1, 'the unlocked preview is reused');

    // A Weeks view item hands over its resourceUri.
    await vscode.commands.executeCommand('worklog.preview.openToSide', { resourceUri: workspaceUri(WEEK2) });
    await update(WEEK2);
    assert.equal(api.preview.panels().length, 1);

    // A week row of the Weeks view (its context menu) names the site and week; the preview shows that week's page.
    const row = await until(() => {
      const site = api.weeks.groups().find((g) => g.site.includes('site-c'))?.site;
      return site ? api.weeks.weekRow(site, 3) : undefined;
    }, 'the Weeks view row of site-c week 3');
    await vscode.commands.executeCommand('worklog.preview.openToSide', row);
    await update(WEEK3);
  });

  it('counts the page’s problems in the summary line and marks them in the page', async () => {
    await open(WEEK3);
    await vscode.commands.executeCommand('worklog.preview.openToSide');
    const message = await update(WEEK3, (m) => m.counts.errors === 3, 'an update with 3 errors');
    assert.deepEqual(message.counts, { errors: 3, warnings: 1, information: 0, hints: 0 });
    assert.equal(message.summary, '3 errors, 1 warning');
    assert.match(message.html, /class="[^"]*wl-problem-error/);
    assert.match(message.html, /title="[^"]*date\.invalid/);
    assert.match(message.html, /wl-row-problem/);
  });

  it('renders again after an edit, once the typing pauses, and drops a fixed problem from the summary', async () => {
    const editor = await open(WEEK3);
    await vscode.commands.executeCommand('worklog.preview.openToSide');
    await update(WEEK3, (m) => m.counts.errors === 3);
    const renders: PreviewRendered[] = [];
    let collecting = true;
    void (async () => {
      while (collecting) renders.push(await api.preview.nextRender());
    })();
    // Five quick keystrokes: the preview waits for the pause instead of rendering each one.
    const line = editor.document.lineAt(18);
    const at = line.text.indexOf('Add a lifecycle rule') + 'Add a lifecycle rule'.length;
    editor.selection = new vscode.Selection(18, at, 18, at);
    await Promise.all([...' now!'].map((letter) => vscode.commands.executeCommand('type', { text: letter })));
    await update(WEEK3, (m) => m.html.includes('Add a lifecycle rule now!'), 'the edited text');
    // Replacing the impossible date fixes two date.invalid errors.
    const row = editor.document.lineAt(17).text;
    await editor.edit((b) => {
      for (let index = row.indexOf('09/31/2025'); index >= 0; index = row.indexOf('09/31/2025', index + 1)) b.replace(new vscode.Range(17, index, 17, index + 10), '09/23/2025');
    });
    const fixed = await update(WEEK3, (m) => m.counts.errors === 1, 'the summary without the date errors');
    assert.equal(fixed.summary, '1 error, 1 warning');
    collecting = false;
    // The pause is awaited: no render shows the word half typed.
    const partial = renders.filter((r) => /Add a lifecycle rule (n|no|now)</.test(r.message.html));
    assert.deepEqual(partial.map((r) => /Add a lifecycle rule[^<]*/.exec(r.message.html)?.[0]), []);
    assert.ok(renders.length >= 2, `${renders.length} renders`);
    assert.deepEqual(new Set(renders.map((r) => r.thread)), new Set(['worker']), 'every render ran off the extension host');
  });

  it('follows the cursor: the scroll message carries the editor’s line', async () => {
    const editor = await open(WEEK3);
    await vscode.commands.executeCommand('worklog.preview.openToSide');
    await update(WEEK3);
    const message = await posted(() => (editor.selection = new vscode.Selection(17, 5, 17, 5)), (m) => m.type === 'scrollToLine' && m.line === 17, 'a scrollToLine message for line 17');
    assert.deepEqual(message, { type: 'scrollToLine', line: 17 });
    await posted(() => (editor.selection = new vscode.Selection(9, 0, 9, 0)), (m) => m.type === 'scrollToLine' && m.line === 9, 'a scrollToLine message for line 9');
  });

  it('selects the clicked cell’s position in the page’s own editor, and ignores malformed messages', async () => {
    const editor = await open(WEEK3);
    await vscode.commands.executeCommand('worklog.preview.openToSide');
    const message = await update(WEEK3);
    // The Start Date cell of the row with the impossible date (line 18 of the file).
    const offsets = cellOffsets(message, 17);
    assert.equal(offsets.length, 5, `cells on line 17: ${JSON.stringify(offsets)}`);
    const startDate = offsets[2];
    assert.equal(editor.document.getText().slice(startDate, startDate + 10), '09/31/2025');

    await api.preview.receive({ type: 'reveal', line: 17, offset: startDate });
    const active = await until(() => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.uri.toString() === editor.document.uri.toString() && e.selection.active.line === 17 ? e : undefined;
    }, 'the editor to select line 18');
    assert.deepEqual([active.selection.active.line, active.selection.active.character], [17, editor.document.positionAt(startDate).character]);
    assert.equal(active.viewColumn, vscode.ViewColumn.One, 'revealed in the page’s own column');
    assert.equal(vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === editor.document.uri.toString()).length, 1, 'no second editor');

    // A row click (no offset) puts the cursor at the row's start.
    await api.preview.receive({ type: 'reveal', line: 8 });
    await until(() => (vscode.window.activeTextEditor?.selection.active.line === 8 ? true : undefined), 'the cursor on line 9');
    assert.equal(vscode.window.activeTextEditor?.selection.active.character, 0);

    for (const bad of [{ type: 'reveal', line: -1 }, { type: 'reveal', line: '3' }, { type: 'reveal', line: 2, offset: 1.5 }, { type: 'openLink', href: 5, kind: 'external' }, { type: 'run', command: 'x' }, 'reveal', null]) {
      await api.preview.receive(bad);
    }
    assert.equal(vscode.window.activeTextEditor?.selection.active.line, 8, 'malformed messages change nothing');
  });

  it('opens a Hugo-style relative link as the page file, in the page’s column', async () => {
    await open(WEEK3);
    await vscode.commands.executeCommand('worklog.preview.openToSide');
    await update(WEEK3);
    await api.preview.receive({ type: 'openLink', href: '../1.2-week2/', kind: 'local' });
    const editor = await until(() => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.path.endsWith('/1.2-Week2/_index.md') ? e : undefined;
    }, 'week 2 to open');
    assert.equal(editor.viewColumn, vscode.ViewColumn.One);
    // The unlocked preview follows the page that opened.
    await update(WEEK2);
  });

  it('does not open a relative link that climbs out of the workspace folder, and says so', async () => {
    // A real file beside the workspace folder: the link reaches it on disk, the preview still refuses it.
    const outside = vscode.Uri.joinPath(workspaceUri(''), '..', 'outside-notes.md');
    await vscode.workspace.fs.writeFile(outside, new TextEncoder().encode('# Not part of the site\n'));
    try {
      await open(WEEK3);
      await vscode.commands.executeCommand('worklog.preview.openToSide');
      await update(WEEK3);
      for (const href of ['../../../../../outside-notes.md', '../../../../../outside-notes.md#top', '../../../../../no-such-file.md']) {
        await api.preview.receive({ type: 'openLink', href, kind: 'local' });
        assert.equal(api.preview.lastWarning(), `${href} leads outside the workspace folder, so the preview does not open it.`);
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const shown = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => (t.input instanceof vscode.TabInputText ? t.input.uri.path : t.label));
      assert.ok(!shown.some((p) => p.endsWith('outside-notes.md')), `tabs: ${JSON.stringify(shown)}`);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.path.endsWith('/outside-notes.md')), 'the file was never read as a document');

      // A link that stays in the site still opens, and a missing one says it is missing.
      await api.preview.receive({ type: 'openLink', href: '../1.2-week2/', kind: 'local' });
      await until(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('/1.2-Week2/_index.md') ? true : undefined), 'week 2 to open');
      await api.preview.receive({ type: 'openLink', href: '../1.9-week9/', kind: 'local' });
      assert.equal(api.preview.lastWarning(), 'Cannot find ../1.9-week9/ in this site.');
    } finally {
      await vscode.workspace.fs.delete(outside);
    }
  });

  it('follows the active editor while unlocked and stays on its page while locked', async () => {
    await open(WEEK3);
    await vscode.commands.executeCommand('worklog.preview.openToSide');
    await update(WEEK3);
    await vscode.window.showTextDocument(workspaceUri(WEEK2), { viewColumn: vscode.ViewColumn.One });
    await update(WEEK2);
    assert.equal(api.preview.current()?.resource, workspaceUri(WEEK2).toString());

    await vscode.commands.executeCommand('worklog.preview.toggleLock');
    assert.equal(api.preview.current()?.locked, true);
    await until(() => (api.preview.current()?.title.startsWith('[Preview] ') ? true : undefined), 'the locked title');
    await vscode.window.showTextDocument(workspaceUri(WEEK1_A), { viewColumn: vscode.ViewColumn.One });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(api.preview.current()?.resource, workspaceUri(WEEK2).toString(), 'the locked preview stays');

    // Opening a preview now makes a second, unlocked one for the other page.
    await vscode.commands.executeCommand('worklog.preview.openToSide');
    await update(WEEK1_A);
    assert.deepEqual(
      api.preview.panels().map((p) => [p.resource, p.locked]).sort(),
      [
        [workspaceUri(WEEK1_A).toString(), false],
        [workspaceUri(WEEK2).toString(), true],
      ].sort(),
    );
  });

  it('restores a panel from the state the webview saved, and disposes a panel whose state is not ours', async () => {
    const panel = vscode.window.createWebviewPanel('worklog.preview', 'restored', vscode.ViewColumn.Two, {});
    await api.preview.restore(panel, { resource: workspaceUri(WEEK3).toString(), locked: true, scrollY: 240 });
    const message = await update(WEEK3, (m) => m.locked);
    assert.equal(message.title, '[Preview] Week 3 Worklog');
    assert.ok(api.preview.panels().some((p) => p.resource === workspaceUri(WEEK3).toString() && p.locked));

    const foreign = vscode.window.createWebviewPanel('worklog.preview', 'foreign', vscode.ViewColumn.Two, {});
    const disposed = new Promise<void>((resolve) => foreign.onDidDispose(() => resolve()));
    await api.preview.restore(foreign, { something: 'else' });
    await disposed;
  });

  it('after a one-letter edit in the middle of a long page, posts only the block that changed and where the blocks below moved', async function () {
    this.timeout(180_000);
    const relative = 'long-notes.md';
    const weeks: string[] = [];
    for (let week = 1; week <= 60; week++) {
      const rows = [2, 3, 4, 5, 6].map((day) => `| ${day} | Study topic ${week}.${day} <br>&emsp; + Take notes | 09/22/2025 | 09/22/2025 | <https://000001.awsstudygroup.com/> |`);
      weeks.push(`### Week ${week} tasks\n\n| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n\nWeek ${week} went well.\n`);
    }
    const uri = workspaceUri(relative);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`---\ntitle: "Long notes"\n---\n\n${weeks.join('\n')}`));
    try {
      const editor = await open(relative);
      await vscode.commands.executeCommand('worklog.preview.openToSide', uri);
      const whole = await update(relative, (m) => m.html.includes('Week 60 went well'), 'the whole page');
      // Mid-page: the thirty weeks below the edit move by one character but keep their HTML.
      const line = editor.document.getText().split('\n').findIndex((l) => l.includes('Study topic 30.4'));
      const at = editor.document.lineAt(line).text.indexOf('Take notes');
      const next = api.preview.nextRender();
      await editor.edit((b) => b.insert(new vscode.Position(line, at), 'x'));
      // A render already under way (new diagnostics) may come first; the edit's own render follows.
      let edited = await next;
      for (let i = 0; i < 5 && !edited.message.html.includes('xTake notes'); i++) edited = await api.preview.nextRender();
      assert.ok(edited.message.html.includes('xTake notes'), 'the page as shown has the edit');
      assert.equal(edited.posted.type, 'patch');
      assert.ok(edited.posted.html.includes('xTake notes'));
      const size = JSON.stringify(edited.posted).length;
      assert.ok(size * 5 < edited.message.html.length, `posted ${size} of ${edited.message.html.length} characters`);
      assert.ok(edited.posted.type === 'patch' && edited.posted.deleteCount === 1 && edited.posted.before === edited.posted.after, 'one block replaced');
      // The last week's Day 6 cell is where it now is in the page, one character further down.
      const lastRow = editor.document.getText().split('\n').findIndex((l) => l.includes('Study topic 60.6'));
      const cells = cellOffsets(edited.message, lastRow);
      assert.equal(editor.document.getText().slice(cells[1], cells[1] + 'Study topic 60.6'.length), 'Study topic 60.6');
      assert.equal(cells[1], cellOffsets(whole, lastRow)[1] + 1);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('renders a 300 KB page in the worker thread, not on the extension host', async function () {
    // The worker may take many seconds on such a page on a busy machine; the point is that the host does not.
    this.timeout(300_000);
    // Outside the fixture sites and not titled as a week, so the other suites' view of the sites stays as it was.
    const relative = 'large-page.md';
    const rows: string[] = [];
    for (let i = 0; rows.join('\n').length < 300_000; i++) {
      rows.push(`| ${2 + (i % 5)} | - **Topic ${i}** <br>&emsp; + Read the guide and take notes on part ${i} <br>&emsp; + Try it in the console | 09/22/2025 | 09/22/2025 | <https://000001.awsstudygroup.com/> |`);
    }
    const text = `---\ntitle: "Large page"\ndate: 2025-09-22\n---\n\n### Tasks carried out this week:\n\n| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`;
    const uri = workspaceUri(relative);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const editor = await open(relative);
      assert.ok(editor.document.getText().length >= 300_000);
      const rendered = api.preview.nextRender();
      // Not a worklog page, so it is named explicitly rather than followed from the active editor.
      // The host thread may be blocked by anything meanwhile: the checks run on it too.
      const watch = watchHostStall();
      await vscode.commands.executeCommand('worklog.preview.openToSide', uri);
      const first = await rendered;
      const stall = watch.stop();
      assert.equal(first.resource, uri.toString());
      assert.ok(first.message.html.includes(`Topic ${rows.length - 1}</strong>`), 'the whole page rendered');
      // The render's own time is spent off the host's thread; what the host still spends (posting the page) is a benchmark's figure, not asserted.
      assert.equal(first.thread, 'worker', 'rendered in the worker thread');
      console.log(`      300 KB page: worker render ${first.renderMs.toFixed(0)} ms, extension host ${first.hostMs.toFixed(1)} ms for the update (${first.postMs.toFixed(1)} ms posting it), html ${(first.message.html.length / 1024).toFixed(0)} KB, longest host stall ${stall.toFixed(0)} ms`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('exports a standalone HTML file with inline styles and no script', async () => {
    const target = workspaceUri('site-c/week3-export.html');
    await until(() => (vscode.languages.getDiagnostics(workspaceUri(WEEK3)).length >= 4 ? true : undefined), 'the page to be checked');
    await vscode.workspace.fs.delete(target).then(undefined, () => undefined);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('worklog.preview.export', workspaceUri(WEEK3), target);
    assert.equal(written?.toString(), target.toString());
    const html = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(html, /^<!DOCTYPE html>/);
    assert.doesNotMatch(html, /<script/i);
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handlers');
    assert.match(html, /<style>[\s\S]*--vscode-editor-background: #ffffff;[\s\S]*<\/style>/);
    assert.match(html, /<title>Week 3 Worklog<\/title>/);
    assert.match(html, /Add a lifecycle rule/);
    assert.match(html, /3 errors, 1 warning/);
    await vscode.workspace.fs.delete(target);
  });
});
