// Worklog: Open Cohort Report in the real extension host: the workspace's sites, and a row opening its page at the line.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WorklogApi } from '../../src/extension';
import { activateExtension, revertAndCloseAll, until, workspaceUri } from './helpers';

describe('Cohort report (real extension host)', function () {
  this.timeout(90_000);
  let api: WorklogApi;

  before(async () => {
    api = await activateExtension();
  });

  after(revertAndCloseAll);

  it('reports every site of the workspace in a webview with the strict CSP, and a row opens its page at the line of its worst problem', async () => {
    await vscode.commands.executeCommand('worklog.report.open');
    const shown = await until(() => api.report.shown(), 'the cohort report');
    const { report, html, pages } = shown;

    const sites = report.sites.map((s) => [s.root, s.title]);
    assert.ok(sites.some(([root, title]) => root === 'site-a' && title === 'Site A worklog'), JSON.stringify(sites));
    assert.ok(sites.some(([root, title]) => root === 'site-b' && title === 'Site B worklog'), JSON.stringify(sites));
    assert.ok(sites.some(([root]) => root === 'site-c'), JSON.stringify(sites));
    const siteA = report.sites.find((s) => s.root === 'site-a');
    assert.ok(siteA);
    assert.deepEqual(siteA.missingWeeks, [3]);
    assert.deepEqual(siteA.languages, ['en', 'vi']);

    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-[^"]+; script-src &#39;nonce-/);
    await until(() => (vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.label === 'Cohort Report')) ? true : undefined), 'the Cohort Report tab');

    // site-c's week 3 has an impossible date: its row opens the page at that error's line.
    const week3 = report.sites.find((s) => s.root === 'site-c')?.weeks.find((w) => w.number === 3)?.pages[0];
    assert.ok(week3, 'no week 3 in site-c');
    assert.equal(week3.worst, 'error');
    const index = pages.indexOf(week3.fullPath);
    assert.ok(index >= 0);
    assert.ok(html.includes(`data-page="${index}" data-line="${week3.line}"`));
    const editor = await api.report.openPage(index, week3.line);
    assert.ok(editor);
    assert.equal(editor.document.uri.toString(), workspaceUri('site-c/content/1-Worklog/1.3-Week3/_index.md').toString());
    assert.equal(editor.selection.active.line, week3.line - 1);
    assert.match(editor.document.lineAt(week3.line - 1).text, /09\/31\/2025/);

    // An index the report did not give opens nothing.
    assert.equal(await api.report.openPage(pages.length + 5, 1), undefined);
  });
});
