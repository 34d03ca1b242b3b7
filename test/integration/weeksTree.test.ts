// The Weeks view's items and commands, seen through the real vscode API in the extension host.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { revertAndCloseAll, until, workspaceUri } from './helpers';
import type { WorklogApi } from '../../src/extension';
import type { WeekItemSnapshot } from '../../src/editor/weeksTree';

const labels = (items: readonly WeekItemSnapshot[]) => items.map((i) => i.label);
const child = (items: readonly WeekItemSnapshot[], label: string) => {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no "${label}" among ${JSON.stringify(labels(items))}`);
  return found;
};
/** A one-row week page outside any worklog section. */
const loosePage = (week: number, monday: string) =>
  ['---', `title: "Week ${week}"`, '---', '', '| Day | Task | Start Date | Completion Date | Reference Material |', '| --- | --- | --- | --- | --- |', `| Mon | Read the lab notes | ${monday} | ${monday} | |`, ''].join('\n');
const siteOf = (site: string) => (g: { site: string }) => g.site.replace(/\\/g, '/').endsWith(site);

describe('Weeks view (real extension host)', function () {
  this.timeout(120_000);
  let api: WorklogApi;

  before(async () => {
    const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'worklog-studio');
    assert.ok(extension, 'extension not found');
    api = (await extension.activate()) as WorklogApi;
  });

  afterEach(async () => {
    await api.weeks.setFilter(false);
    await revertAndCloseAll();
  });

  /** The tree once the workspace scan has read every fixture site, both languages included, and linted site-c's broken week 3. */
  async function settledTree(): Promise<WeekItemSnapshot[]> {
    await api.diagnostics.whenIdle();
    // A loaded machine can show the tree between reading a site's English and Vietnamese pages.
    const bilingual = (tree: WeekItemSnapshot[], site: string) => tree.find((s) => s.label === site)?.description === 'EN · VI';
    return until(() => {
      const tree = api.weeks.snapshot();
      const week3 = tree.find((s) => s.label === 'site-c')?.children.find((w) => w.label === 'Week 3');
      return tree.length === 4 && week3?.icon === 'error' && bilingual(tree, 'site-a') && bilingual(tree, 'site-b') ? tree : undefined;
    }, 'the Weeks tree to list every site, in both languages, with diagnostics');
  }
  const weeksOf = (site: string) => child(api.weeks.snapshot(), site).children;
  function group(site: string, language = 'default') {
    const found = api.weeks.groups().find((g) => siteOf(site)(g) && g.language === language);
    assert.ok(found, JSON.stringify(api.weeks.groups()));
    return found;
  }

  it('lists sites, then weeks with both languages in one row, summaries, date ranges, placeholders, problem icons, day rows and labs', async () => {
    const tree = await settledTree();
    assert.deepEqual(labels(tree).filter((l) => l.startsWith('site-')), ['site-a', 'site-b', 'site-c']);

    const siteA = child(tree, 'site-a');
    assert.equal(siteA.description, 'EN · VI');
    assert.deepEqual(labels(siteA.children), ['Week 1', 'Week 2', 'Week 3', 'Week 4']);
    // Week 3 has no page in any language: a placeholder whose click creates it, with the index's summary.
    const missing = child(siteA.children, 'Week 3');
    assert.equal(missing.contextValue, 'worklogMissingWeek');
    assert.equal(missing.description, 'missing · Storage');
    assert.equal(missing.command, 'worklog.weeks.createWeek');
    assert.deepEqual(missing.children, []);

    // One row per week: the English page, its summary from the section index, and the Vietnamese twin under it.
    const week1 = child(siteA.children, 'Week 1');
    assert.equal(week1.description, '22–24 Sep 2025');
    assert.equal(week1.resource, 'site-a/content/1-Worklog/1.1-Week1/_index.md');
    assert.deepEqual(labels(week1.children), [
      'Tiếng Việt · Worklog Tuần 1',
      'Mon 22 Sep · Enable MFA and create a budget',
      'Tue 23 Sep · Create IAM groups, users and roles',
      'Wed 24 Sep · Install and configure the AWS CLI',
    ]);
    const lab = week1.children[1].children[0];
    assert.equal(lab.description, '000001');
    assert.equal(lab.icon, 'beaker');
    assert.ok(lab.label.length > 0 && lab.label !== 'Lab 000001', `catalog title expected, got ${lab.label}`);
    // The VI twin reads its dates day-first and lists its own day rows.
    const viWeek1 = week1.children[0];
    assert.equal(viWeek1.resource, 'site-a/content/1-Worklog/1.1-Week1/_index.vi.md');
    assert.equal(viWeek1.description, '22–24 Sep 2025');
    assert.equal(viWeek1.contextValue, 'worklogTwin');
    assert.equal(viWeek1.children[0].label, 'Mon 22 Sep · Bật MFA và tạo budget');

    // site-b writes both languages with suffixes (English first); week 2 has no Vietnamese page and no twin row.
    const siteB = child(tree, 'site-b');
    assert.equal(siteB.description, 'EN · VI');
    assert.deepEqual(labels(siteB.children), ['Week 1', 'Week 2']);
    const b1 = child(siteB.children, 'Week 1');
    assert.equal(b1.description, '13–15 Oct 2025 · Containers on AWS');
    assert.equal(b1.children[0].label, 'Tiếng Việt · Tuần 1: Container trên AWS');
    assert.ok(child(siteB.children, 'Week 2').children.every((c) => c.contextValue !== 'worklogTwin'));

    // site-c: broken pages show their worst problem, the twin's included.
    const siteC = child(tree, 'site-c').children;
    assert.deepEqual(labels(siteC), ['Week 1', 'Week 2', 'Week 3']);
    assert.equal(child(siteC, 'Week 3').icon, 'error');
    assert.equal(child(siteC, 'Week 3').contextValue, 'worklogWeek.error');
    assert.equal(child(siteC, 'Week 2').icon, 'warning');
    assert.equal(child(siteC, 'Week 1').description, '8–10 Sep 2025');
  });

  it('writes the next week of a month-first site and its VI twin, and of a day-first VI page, dates continuing, and creates them undoably', async () => {
    await settledTree();
    const siteA = group('site-a/content/1-Worklog');
    const files = api.weeks.newWeekFiles(siteA.site, siteA.language);
    assert.deepEqual(
      files.map((f) => vscode.workspace.asRelativePath(f.uri, false)),
      ['site-a/content/1-Worklog/1.5-Week5/_index.md', 'site-a/content/1-Worklog/1.5-Week5/_index.vi.md'],
    );
    assert.equal(
      files[0].text,
      [
        '---',
        'title: "Week 5 Worklog"',
        'date: 2025-10-20',
        'weight: 5',
        'chapter: false',
        'pre: " <b> 1.5. </b> "',
        '---',
        '',
        '### Week 5 Objectives:',
        '',
        '### Tasks this week:',
        '',
        '| Day | Task | Start Date | Completion Date | Reference Material |',
        '| --- | --- | --- | --- | --- |',
        '| 2 | | 10/20/2025 | 10/20/2025 | |',
        '| 3 | | 10/21/2025 | 10/21/2025 | |',
        '| 4 | | 10/22/2025 | 10/22/2025 | |',
        '',
        '### Week 5 Achievements:',
        '',
      ].join('\n'),
    );
    assert.match(files[1].text, /^title: "Worklog Tuần 5"$/m);
    assert.match(files[1].text, /^### Mục tiêu tuần 5:$/m);
    assert.match(files[1].text, /^\| 2 \| \| 20\/10\/2025 \| 20\/10\/2025 \| \|$/m);

    // A day-first VI page whose EN twin already has the next week: only the VI page is written.
    const siteC = group('site-c/content/1-Worklog', 'vi');
    const viFiles = api.weeks.newWeekFiles(siteC.site, siteC.language);
    assert.deepEqual(viFiles.map((f) => vscode.workspace.asRelativePath(f.uri, false)), ['site-c/content/1-Worklog/1.3-Week3/_index.vi.md']);
    assert.match(viFiles[0].text, /^title: "Worklog Tuần 3"$/m);
    assert.match(viFiles[0].text, /^date: 2025-09-22$/m);
    assert.match(viFiles[0].text, /^\| 2 \| \| 22\/09\/2025 \| 22\/09\/2025 \| \|\n\| 3 \| \| 23\/09\/2025 \| 23\/09\/2025 \| \|$/m);

    const created = await api.weeks.newWeek(siteA.site, siteA.language);
    assert.equal(created?.toString(), workspaceUri('site-a/content/1-Worklog/1.5-Week5/_index.md').toString());
    assert.equal(vscode.window.activeTextEditor?.document.getText(), files[0].text);
    // The pages are written with their text; the view sees them through the file watcher.
    const week5 = await until(() => weeksOf('site-a').find((w) => w.label === 'Week 5' && w.children[0]?.label === 'Tiếng Việt · Worklog Tuần 5'), 'week 5 and its twin in the tree');
    assert.equal(week5.description, '20–22 Oct 2025');

    await revertAndCloseAll();
    await vscode.workspace.fs.delete(workspaceUri('site-a/content/1-Worklog/1.5-Week5'), { recursive: true });
    await until(() => (weeksOf('site-a').length === 4 ? true : undefined), 'week 5 to go');
  });

  it('creates a missing week from its placeholder, dated between its neighbours, in both languages', async () => {
    await settledTree();
    const siteA = group('site-a/content/1-Worklog');
    const files = api.weeks.newWeekFiles(siteA.site, siteA.language, 3);
    assert.deepEqual(
      files.map((f) => vscode.workspace.asRelativePath(f.uri, false)),
      ['site-a/content/1-Worklog/1.3-Week3/_index.md', 'site-a/content/1-Worklog/1.3-Week3/_index.vi.md'],
    );
    assert.match(files[0].text, /^title: "Week 3 Worklog"$/m);
    assert.match(files[0].text, /^date: 2025-10-06$/m);
    assert.match(files[0].text, /^\| 2 \| \| 10\/06\/2025 \| 10\/06\/2025 \| \|$/m);
    assert.match(files[1].text, /^\| 2 \| \| 06\/10\/2025 \| 06\/10\/2025 \| \|$/m);

    const row = api.weeks.weekRow(siteA.site, 3);
    assert.ok(row);
    await vscode.commands.executeCommand('worklog.weeks.createWeek', row);
    await until(() => (vscode.window.activeTextEditor?.document.uri.toString() === files[0].uri.toString() ? true : undefined), 'the new week 3 to open');
    const week3 = await until(() => weeksOf('site-a').find((w) => w.label === 'Week 3' && w.children[0]?.label === 'Tiếng Việt · Worklog Tuần 3'), 'week 3 to become a page with its twin');
    assert.equal(week3.description, '6–8 Oct 2025 · Storage');
    assert.equal(week3.contextValue?.startsWith('worklogWeek'), true);

    await revertAndCloseAll();
    await vscode.workspace.fs.delete(workspaceUri('site-a/content/1-Worklog/1.3-Week3'), { recursive: true });
    await until(() => (weeksOf('site-a').find((w) => w.label === 'Week 3')?.contextValue === 'worklogMissingWeek' ? true : undefined), 'week 3 to be missing again');
  });

  it('adds the next day row to a week page from its row, as one undoable edit with the cursor in the Task cell', async () => {
    await settledTree();
    const siteA = group('site-a/content/1-Worklog');
    const row = api.weeks.weekRow(siteA.site, 1);
    assert.ok(row);
    await vscode.commands.executeCommand('worklog.weeks.addDayRow', row);
    const editor = await until(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('site-a/content/1-Worklog/1.1-Week1/_index.md') ? vscode.window.activeTextEditor : undefined), 'week 1 to open');
    const line = editor.document.lineAt(18).text;
    assert.equal(line, '| 5 | -  | 09/25/2025 | 09/25/2025 |  |');
    assert.deepEqual([editor.selection.active.line, editor.selection.active.character], [18, 8]);
    const week1 = await until(() => {
      const found = child(weeksOf('site-a'), 'Week 1');
      return found.children.length === 5 ? found : undefined;
    }, 'the new day row in the tree');
    assert.equal(week1.children[4].label, 'Thu 25 Sep');
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.lineCount, 23);
    assert.equal(editor.document.isDirty, false);
  });

  it('filters to the weeks with errors or warnings and back', async () => {
    const all = await settledTree();
    const clean = new Set(all.flatMap((s) => s.children.filter((w) => w.icon === 'calendar' || w.contextValue === 'worklogMissingWeek').map((w) => `${s.label}/${w.label}`)));
    assert.ok(clean.size > 0);
    await vscode.commands.executeCommand('worklog.weeks.filterProblems');
    const filtered = api.weeks.snapshot();
    const shown = filtered.flatMap((s) => s.children.map((w) => `${s.label}/${w.label}`));
    assert.ok(shown.includes('site-c/Week 3') && shown.includes('site-c/Week 2'), JSON.stringify(shown));
    assert.deepEqual(shown.filter((w) => clean.has(w)), []);
    assert.ok(filtered.flatMap((s) => s.children).every((w) => w.icon === 'error' || w.icon === 'warning'));
    assert.equal(api.weeks.view.message, 'Showing only weeks with errors or warnings.');
    await vscode.commands.executeCommand('worklog.weeks.clearFilter');
    assert.deepEqual(api.weeks.snapshot().map((s) => s.children.length), all.map((s) => s.children.length));
    assert.equal(api.weeks.view.message, undefined);
  });

  it('follows an edit of the section index and of a day row, a page created on disk and a page deleted on disk', async () => {
    await settledTree();
    // Unsaved edits show: a summary in the section index and a task in the day table.
    const index = await vscode.workspace.openTextDocument(workspaceUri('site-a/content/1-Worklog/_index.md'));
    const indexLine = index.getText().split('\n').findIndex((l) => l.startsWith('**Week 2:**'));
    const started = Date.now();
    const edit = new vscode.WorkspaceEdit();
    edit.replace(index.uri, index.lineAt(indexLine).range, '**Week 2:** [VPC and EC2](1.2-week2/)');
    const week2 = await vscode.workspace.openTextDocument(workspaceUri('site-a/content/1-Worklog/1.2-Week2/_index.md'));
    const taskLine = week2.getText().split('\n').findIndex((l) => l.includes('Launch an EC2 instance'));
    const taskStart = week2.lineAt(taskLine).text.indexOf('Launch');
    edit.replace(week2.uri, new vscode.Range(taskLine, taskStart, taskLine, taskStart + 6), 'Start');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const updated = await until(() => {
      const w = child(weeksOf('site-a'), 'Week 2');
      return w.description?.endsWith(' · VPC and EC2') && w.children.some((d) => d.label === 'Tue 30 Sep · Start an EC2 instance and connect to it') ? w : undefined;
    }, 'the edited summary and task');
    console.log(`      edits reflected in the tree after ${Date.now() - started} ms`);
    assert.equal(updated.description, '29 Sep – 1 Oct 2025 · VPC and EC2');
    await revertAndCloseAll();

    // A week written on disk by another tool appears; deleting it removes it again.
    const created = workspaceUri('site-b/content/worklog/week-3.en.md');
    const text = ['---', 'title: "Week 3: Serverless"', 'date: 2025-10-27', 'weight: 13', '---', '', '| Day | Tasks | Start | End | Resources |', '| --- | --- | --- | --- | --- |', '| Mon | Write a Lambda function | 2025-10-27 | 2025-10-27 | |', ''].join('\n');
    await vscode.workspace.fs.writeFile(created, new TextEncoder().encode(text));
    const week3 = await until(() => weeksOf('site-b').find((w) => w.label === 'Week 3'), 'site-b week 3 from disk');
    assert.equal(week3.description, '27 Oct 2025 · Serverless');
    assert.deepEqual(labels(week3.children), ['Mon 27 Oct · Write a Lambda function']);
    await vscode.workspace.fs.delete(created);
    await until(() => (weeksOf('site-b').length === 2 ? true : undefined), 'site-b week 3 to go');
  });

  it('follows a renamed week file and a renamed week folder, on disk and through workspace.fs, without duplicates', async () => {
    await settledTree();
    const resources = (site: string) => weeksOf(site).flatMap((w) => [w, ...w.children]).map((i) => i.resource).filter((r): r is string => r !== undefined);
    const waitFor = (site: string, expected: string[], gone: string[]) =>
      until(() => {
        const list = resources(site);
        return expected.every((e) => list.filter((r) => r === e).length === 1) && !gone.some((g) => list.includes(g)) ? list : undefined;
      }, `${expected.join(', ')} instead of ${gone.join(', ')}`);

    // A file renamed by another tool (git mv, a file manager).
    const before = 'site-b/content/worklog/week-2.en.md';
    const after = 'site-b/content/worklog/week-02.en.md';
    fs.renameSync(workspaceUri(before).fsPath, workspaceUri(after).fsPath);
    await waitFor('site-b', [after], [before]);
    assert.deepEqual(labels(weeksOf('site-b')), ['Week 1', 'Week 2']);
    // And back through the workspace API.
    await vscode.workspace.fs.rename(workspaceUri(after), workspaceUri(before));
    await waitFor('site-b', [before], [after]);

    // A week folder renamed: its pages in both languages move with it.
    const pagesIn = (folder: string) => [`${folder}/_index.md`, `${folder}/_index.vi.md`];
    const folder = 'site-a/content/1-Worklog/1.4-Week4';
    const renamed = 'site-a/content/1-Worklog/1.4-Week04';
    await vscode.workspace.fs.rename(workspaceUri(folder), workspaceUri(renamed));
    await waitFor('site-a', pagesIn(renamed), pagesIn(folder));
    assert.deepEqual(labels(weeksOf('site-a')), ['Week 1', 'Week 2', 'Week 3', 'Week 4']);
    fs.renameSync(workspaceUri(renamed).fsPath, workspaceUri(folder).fsPath);
    await waitFor('site-a', pagesIn(folder), pagesIn(renamed));
  });

  it('marks pages outside any worklog section as loose, with no missing weeks between them', async () => {
    await settledTree();
    const folder = workspaceUri('loose-notes');
    try {
      // One page at a time: the view is about the marking, not about two files written in the same millisecond.
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'week-07.md'), new TextEncoder().encode(loosePage(7, '2025-10-20')));
      await until(() => api.weeks.snapshot().find((s) => s.label === 'loose-notes'), 'week 7 in the tree');
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, 'week-09.md'), new TextEncoder().encode(loosePage(9, '2025-11-03')));
      const loose = await until(() => api.weeks.snapshot().find((s) => s.label === 'loose-notes' && s.children.length === 2), 'the loose pages in the tree').catch((error: Error) =>
        assert.fail(`${error.message}; sites: ${JSON.stringify(api.weeks.snapshot().map((s) => [s.label, s.description, labels(s.children)]))}`),
      );
      assert.equal(loose.description, 'EN · loose pages');
      // Week 8 is not "missing": the two pages are no sequence, each was found by its own name.
      assert.deepEqual(labels(loose.children), ['Week 7', 'Week 9']);
      assert.deepEqual(loose.children.map((w) => w.description), ['20 Oct 2025 · loose page', '3 Nov 2025 · loose page']);
      assert.deepEqual(loose.children.map((w) => [w.icon, w.resource]), [['file', 'loose-notes/week-07.md'], ['file', 'loose-notes/week-09.md']]);
      // The sites in worklog sections are not marked.
      const others = api.weeks.snapshot().filter((s) => s.label !== 'loose-notes');
      assert.deepEqual(others.flatMap((s) => [s.description, ...s.children.map((w) => w.description)]).filter((d) => d?.includes('loose')), []);
    } finally {
      await vscode.workspace.fs.delete(folder, { recursive: true });
      await until(() => (api.weeks.snapshot().some((s) => s.label === 'loose-notes') ? undefined : true), 'the loose pages to go');
    }
  });

  it('reads the pages of a folder made with them at once, as a checkout or a copy makes it', async () => {
    await settledTree();
    const folder = workspaceUri('checked-out');
    try {
      // No pause between the folder and its files: the watcher may report the folder alone.
      fs.mkdirSync(folder.fsPath);
      fs.writeFileSync(vscode.Uri.joinPath(folder, 'week-04.md').fsPath, loosePage(4, '2025-09-29'));
      fs.writeFileSync(vscode.Uri.joinPath(folder, 'week-05.md').fsPath, loosePage(5, '2025-10-06'));
      const site = await until(() => api.weeks.snapshot().find((s) => s.label === 'checked-out' && s.children.length === 2), 'both pages of the new folder in the tree');
      assert.deepEqual(labels(site.children), ['Week 4', 'Week 5']);
    } finally {
      fs.rmSync(folder.fsPath, { recursive: true, force: true });
      await until(() => (api.weeks.snapshot().some((s) => s.label === 'checked-out') ? undefined : true), 'the folder\'s pages to go');
    }
  });

  it('creates a worklog section from the template in a folder that has none, and opens its first week', async () => {
    await settledTree();
    const root = workspaceUri('new-site');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, 'hugo.toml'), new TextEncoder().encode('title = "New site"\n'));
    await vscode.commands.executeCommand('worklog.weeks.createWorklog', root);
    const editor = await until(() => (vscode.window.activeTextEditor?.document.uri.path.endsWith('new-site/content/1-Worklog/1.1-Week1/_index.md') ? vscode.window.activeTextEditor : undefined), 'the first week to open');
    assert.match(editor.document.getText(), /^title: "Week 1 Worklog"$/m);
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => (t.input instanceof vscode.TabInputText ? vscode.workspace.asRelativePath(t.input.uri, false) : t.label));
    assert.deepEqual(tabs, ['new-site/content/1-Worklog/1.1-Week1/_index.md']);
    const read = async (file: string) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, 'content/1-Worklog', file)));
    assert.match(await read('_index.md'), /^\*\*Week 1:\*\* \[Getting started\]\(1\.1-week1\/\)$/m);
    assert.match(await read('_index.vi.md'), /^title: "Nhật ký công việc"$/m);
    assert.match(await read('1.1-Week1/_index.vi.md'), /^title: "Worklog Tuần 1"$/m);
    const week1 = await until(
      () => api.weeks.snapshot().find((s) => s.label === 'new-site')?.children.find((w) => w.description?.endsWith(' · Getting started') && w.children[0]?.label === 'Tiếng Việt · Worklog Tuần 1'),
      'the new site in the tree with its summary and twin',
    );
    assert.equal(week1.label, 'Week 1');
    assert.equal(week1.children.length, 6);

    // A second run refuses to overwrite what is there.
    const edited = (await read('_index.md')).replace('Getting started', 'Accounts and IAM');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(root, 'content/1-Worklog/_index.md'), new TextEncoder().encode(edited));
    await vscode.commands.executeCommand('worklog.weeks.createWorklog', root);
    assert.equal(await read('_index.md'), edited);

    await revertAndCloseAll();
    await vscode.workspace.fs.delete(root, { recursive: true });
    await until(() => (api.weeks.snapshot().some((s) => s.label === 'new-site') ? undefined : true), 'the new site to go');
  });
});
