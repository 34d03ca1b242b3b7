// The Weeks view's items and its "new week" command, seen through the real vscode API in the extension host.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { until, workspaceUri } from './helpers';
import type { WorklogApi } from '../../src/extension';
import type { WeekItemSnapshot } from '../../src/editor/weeksTree';



const labels = (items: readonly WeekItemSnapshot[]) => items.map((i) => i.label);
const child = (items: readonly WeekItemSnapshot[], label: string) => {
  const found = items.find((i) => i.label === label);
  assert.ok(found, `no "${label}" among ${JSON.stringify(labels(items))}`);
  return found;
};

describe('Weeks view (real extension host)', function () {
  this.timeout(90_000);
  let api: WorklogApi;

  before(async () => {
    const extension = vscode.extensions.all.find((e) => e.packageJSON?.name === 'worklog-studio');
    assert.ok(extension, 'extension not found');
    api = (await extension.activate()) as WorklogApi;
  });

  /** The tree once the workspace scan has read every fixture site and linted site-c's broken week 3. */
  async function settledTree(): Promise<WeekItemSnapshot[]> {
    return until(() => {
      const tree = api.weeks.snapshot();
      const siteC = tree.find((s) => s.label === 'site-c');
      const week3 = siteC?.children.find((l) => l.label === 'Default language')?.children.find((w) => w.label === 'Week 3');
      return tree.length === 4 && week3?.icon === 'error' ? tree : undefined;
    }, 'the Weeks tree to list every site with diagnostics');
  }

  it('lists sites, languages, weeks with date ranges, placeholders, problem icons, day rows and labs', async () => {
    const tree = await settledTree();
    assert.deepEqual(labels(tree).filter((l) => l.startsWith('site-')), ['site-a', 'site-b', 'site-c']);

    const siteA = child(tree, 'site-a');
    assert.deepEqual(labels(siteA.children), ['Default language', 'VI']);
    const weeksA = child(siteA.children, 'Default language').children;
    assert.deepEqual(labels(weeksA), ['Week 1', 'Week 2', 'Week 3', 'Week 4']);
    const missing = child(weeksA, 'Week 3');
    assert.equal(missing.contextValue, 'worklogMissingWeek');
    assert.equal(missing.description, 'missing');
    assert.deepEqual(missing.children, []);

    const week1 = child(weeksA, 'Week 1');
    assert.equal(week1.description, 'Week 1 Worklog · 22–24 Sep 2025');
    assert.deepEqual(labels(week1.children), [
      'Mon 22 Sep · Enable MFA and create a budget',
      'Tue 23 Sep · Create IAM groups, users and roles',
      'Wed 24 Sep · Install and configure the AWS CLI',
    ]);
    const lab = week1.children[0].children[0];
    assert.equal(lab.description, '000001');
    assert.equal(lab.icon, 'beaker');
    assert.ok(lab.label.length > 0 && lab.label !== 'Lab 000001', `catalog title expected, got ${lab.label}`);

    // The VI twin reads its dates day-first.
    const viWeek1 = child(child(siteA.children, 'VI').children, 'Week 1');
    assert.equal(viWeek1.description, 'Worklog Tuần 1 · 22–24 Sep 2025');
    assert.equal(viWeek1.children[0].label, 'Mon 22 Sep · Bật MFA và tạo budget');

    const siteB = child(tree, 'site-b');
    assert.deepEqual(labels(siteB.children), ['EN', 'VI']);
    assert.deepEqual(labels(child(siteB.children, 'EN').children), ['Week 1', 'Week 2']);
    assert.equal(child(child(siteB.children, 'EN').children, 'Week 1').description, 'Week 1: Containers on AWS · 13–15 Oct 2025');

    const siteC = child(child(tree, 'site-c').children, 'Default language').children;
    assert.deepEqual(labels(siteC), ['Week 1', 'Week 2', 'Week 3']);
    assert.equal(child(siteC, 'Week 3').icon, 'error');
    assert.equal(child(siteC, 'Week 3').contextValue, 'worklogWeek.error');
    assert.equal(child(siteC, 'Week 2').icon, 'warning');
  });

  it('writes the next week of a month-first site and its VI twin, and of a day-first VI page, dates continuing, and creates them undoably', async () => {
    await settledTree();
    const group = api.weeks.groups().find((g) => g.site.replace(/\\/g, '/').endsWith('site-a/content/1-Worklog') && g.language === 'default');
    assert.ok(group, JSON.stringify(api.weeks.groups()));
    const files = api.weeks.newWeekFiles(group.site, group.language);
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
    const siteC = api.weeks.groups().find((g) => g.site.replace(/\\/g, '/').endsWith('site-c/content/1-Worklog') && g.language === 'vi');
    assert.ok(siteC, JSON.stringify(api.weeks.groups()));
    const viFiles = api.weeks.newWeekFiles(siteC.site, siteC.language);
    assert.deepEqual(viFiles.map((f) => vscode.workspace.asRelativePath(f.uri, false)), ['site-c/content/1-Worklog/1.3-Week3/_index.vi.md']);
    assert.match(viFiles[0].text, /^title: "Worklog Tuần 3"$/m);
    assert.match(viFiles[0].text, /^date: 2025-09-22$/m);
    assert.match(viFiles[0].text, /^\| 2 \| \| 22\/09\/2025 \| 22\/09\/2025 \| \|\n\| 3 \| \| 23\/09\/2025 \| 23\/09\/2025 \| \|$/m);

    const created = await api.weeks.newWeek(group.site, group.language);
    assert.equal(created?.toString(), workspaceUri('site-a/content/1-Worklog/1.5-Week5/_index.md').toString());
    assert.equal(vscode.window.activeTextEditor?.document.getText(), files[0].text);
    const weeks = await until(() => {
      const siteA = api.weeks.snapshot().find((s) => s.label === 'site-a');
      const list = siteA?.children.find((l) => l.label === 'Default language')?.children;
      return list && list.length === 5 ? list : undefined;
    }, 'week 5 in the tree');
    assert.equal(weeks[4].label, 'Week 5');

    // Clean up for the other suites: close the new pages unsaved and delete them.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    for (const file of files) {
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file.uri.toString());
      if (open) {
        await vscode.window.showTextDocument(open);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
    await vscode.workspace.fs.delete(workspaceUri('site-a/content/1-Worklog/1.5-Week5'), { recursive: true });
  });

  it('follows an edit, a page created on disk and a page deleted on disk, one page at a time', async () => {
    await settledTree();
    const weeksOf = (site: string, language: string) => child(child(api.weeks.snapshot(), site).children, language).children;

    // An edit of the open page's title shows in its description without a save.
    const uri = workspaceUri('site-a/content/1-Worklog/1.2-Week2/_index.md');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(1, 8, 1, 22), 'Week 2 Databases');
    const started = Date.now();
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until(() => (child(weeksOf('site-a', 'Default language'), 'Week 2').description?.startsWith('Week 2 Databases') ? true : undefined), 'the edited title');
    console.log(`      edit reflected in the tree after ${Date.now() - started} ms`);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    // A week written on disk by another tool appears; deleting it removes it again.
    const created = workspaceUri('site-b/content/worklog/week-3.en.md');
    const text = ['---', 'title: "Week 3: Serverless"', 'date: 2025-10-27', 'weight: 13', '---', '', '| Day | Tasks | Start | End | Resources |', '| --- | --- | --- | --- | --- |', '| Mon | Write a Lambda function | 2025-10-27 | 2025-10-27 | |', ''].join('\n');
    await vscode.workspace.fs.writeFile(created, new TextEncoder().encode(text));
    const week3 = await until(() => weeksOf('site-b', 'EN').find((w) => w.label === 'Week 3'), 'site-b week 3 from disk');
    assert.equal(week3.description, 'Week 3: Serverless · 27 Oct 2025');
    assert.deepEqual(labels(week3.children), ['Mon 27 Oct · Write a Lambda function']);
    await vscode.workspace.fs.delete(created);
    await until(() => (weeksOf('site-b', 'EN').length === 2 ? true : undefined), 'site-b week 3 to go');
  });
});
