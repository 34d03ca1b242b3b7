// The online check in the extension host: the command on a page against a local server on 127.0.0.1 (the site's
// .worklogrc.json remaps the lab hosts to it), then *Ignore this link* writing the link into that file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LinkServer, startLinkServer } from '../unit/linkServer';
import { activateExtension, revertAndCloseAll, until, workspaceUri } from './helpers';

const PAGE = 'site-online/content/1-Worklog/1.1-Week1/_index.md';
const CONFIG = 'site-online/.worklogrc.json';
const HEAD = '| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';

function online(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'worklog' && typeof d.code === 'object' && String(d.code.value).startsWith('link.un'))
    .map((d) => `${d.range.start.line + 1} ${vscode.DiagnosticSeverity[d.severity]} ${typeof d.code === 'object' ? String(d.code.value) : ''}`);
}

describe('Online lab link check (extension host)', () => {
  let server: LinkServer;
  const write = (relative: string, text: string) => vscode.workspace.fs.writeFile(workspaceUri(relative), new TextEncoder().encode(text));

  before(async () => {
    await activateExtension();
    server = await startLinkServer();
    await write(CONFIG, JSON.stringify({ remap: [`^https://(\\d{6})\\.awsstudygroup\\.com/(.*)$ http://127.0.0.1:${server.port}/$1/$2`] }, null, 2) + '\n');
    await write(PAGE, `---\ntitle: "Week 1 Worklog"\nweight: 1\n---\n\n${HEAD}| 2 | Lab | 09/08/2025 | 09/08/2025 | <https://000001.awsstudygroup.com/ok/> |\n| 3 | Lab | 09/09/2025 | 09/09/2025 | <https://000002.awsstudygroup.com/gone/> |\n`);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('worklog.links').update('checkOnline', undefined, vscode.ConfigurationTarget.Workspace);
    await revertAndCloseAll();
    // Later suites count the workspace's sites.
    await vscode.workspace.fs.delete(workspaceUri('site-online'), { recursive: true });
    await server.close();
  });

  it('sends nothing while the setting is off, then reports the 410 link; Ignore this link adds it to .worklogrc.json', async function () {
    this.timeout(60_000);
    const uri = workspaceUri(PAGE);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('worklog.links.checkPage');
    assert.equal(server.hits.length, 0, 'the setting is off: no request');
    assert.deepEqual(online(uri), []);

    await vscode.workspace.getConfiguration('worklog.links').update('checkOnline', true, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('worklog.links.checkPage');
    await until(() => (online(uri).length > 0 ? true : undefined), 'the online diagnostics');
    assert.deepEqual(online(uri), ['9 Error link.unreachable']);
    assert.equal(server.hits.length, 2);

    const diagnostic = vscode.languages.getDiagnostics(uri).find((d) => typeof d.code === 'object' && d.code.value === 'link.unreachable') as vscode.Diagnostic;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => a.title.startsWith('Ignore this link'));
    assert.ok(ignore?.edit, JSON.stringify(actions.map((a) => a.title)));
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    const config = await vscode.workspace.openTextDocument(workspaceUri(CONFIG));
    await config.save();
    const written = JSON.parse(config.getText()) as { remap: string[]; ignoreLinks: string[] };
    assert.deepEqual(written.ignoreLinks, ['https://000002.awsstudygroup.com/gone/']);
    assert.equal(written.remap.length, 1, 'the rest of the file is kept');
    await until(() => (online(uri).length === 0 ? true : undefined), 'the ignored link to lose its diagnostic');

    // With the setting on, saving the page checks it: a new broken link shows without a command.
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await editor.edit((b) => b.insert(new vscode.Position(9, 0), '| 4 | Lab | 09/10/2025 | 09/10/2025 | <https://000003.awsstudygroup.com/missing/> |\n'));
    const asked = server.hits.length;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    assert.equal(server.hits.length, asked, 'never on a keystroke');
    await editor.document.save();
    await until(() => (online(uri).length > 0 ? true : undefined), 'the check on save');
    assert.deepEqual(online(uri), ['10 Error link.unreachable']);
  });
});

