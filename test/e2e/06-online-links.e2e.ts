// The opt-in online check as a person meets it: the command explains that it is off, Turn On, then the page's lab
// links are checked against a local server on 127.0.0.1 (the site's .worklogrc.json remaps the lab hosts to it)
// with a progress notification, and the broken ones show in the Problems panel.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LinkServer, startLinkServer } from '../unit/linkServer';
import { closeAllEditors, eventually, openFile, runCommand, screenshot, session, waitForProblems } from './helpers';

const week = 'site-links/content/1-Worklog/1.1-Week1/_index.md';
const HEAD = '| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';

describe('Online lab link check', () => {
  let server: LinkServer;
  const settingsFile = () => path.join(session().workspace, '.vscode', 'settings.json');

  before(async () => {
    const { page, workspace } = session();
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 90_000 });
    // Slow answers keep the progress notification on screen long enough to be seen.
    server = await startLinkServer(1_500);
    const site = path.join(workspace, 'site-links');
    fs.mkdirSync(path.join(site, 'content', '1-Worklog', '1.1-Week1'), { recursive: true });
    fs.writeFileSync(path.join(site, '.worklogrc.json'), JSON.stringify({ remap: [`^https://(\\d{6})\\.awsstudygroup\\.com/(.*)$ http://127.0.0.1:${server.port}/$1/$2`] }, null, 2));
    const rows = ['ok/', 'missing/', 'home/', 'head405/'].map((p, i) => `| ${i + 2} | Lab ${i + 1} | 09/${String(8 + i).padStart(2, '0')}/2025 | 09/${String(8 + i).padStart(2, '0')}/2025 | <https://00000${i + 1}.awsstudygroup.com/${p}> |`);
    fs.writeFileSync(path.join(site, 'content', '1-Worklog', '1.1-Week1', '_index.md'), `---\ntitle: "Week 1 Worklog"\nweight: 1\n---\n\n${HEAD}${rows.join('\n')}\n`);
  });

  after(async () => {
    // Later suites save pages with real lab links: the setting goes back off so nothing leaves this machine.
    const file = settingsFile();
    if (fs.existsSync(file)) {
      const settings = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
      delete settings['worklog.links.checkOnline'];
      fs.writeFileSync(file, JSON.stringify(settings, null, 2));
    }
    await closeAllEditors(session().page);
    await server?.close();
  });

  it('explains that the check is off, turns it on, shows progress, then the broken links in Problems', async () => {
    const { page } = session();
    await openFile(page, week);
    await runCommand(page, 'Worklog: Check Lab Links in This Page');
    // Notifications are read in the notification center, which lists them whether or not a toast is still shown.
    await runCommand(page, 'Notifications: Show Notifications');
    const center = page.locator('.notifications-center');
    await center.waitFor({ state: 'visible', timeout: 10_000 });
    const off = center.locator('.monaco-list-row').filter({ hasText: 'Online link checks are off' });
    await off.waitFor({ state: 'visible', timeout: 20_000 }).catch(async (error: Error) => {
      await screenshot(page, 'e2e-online-no-message');
      throw error;
    });
    assert.equal(server.hits.length, 0, 'nothing is asked while the setting is off');
    await off.getByRole('button', { name: 'Turn On' }).click();
    await eventually(
      async () => (fs.existsSync(settingsFile()) ? fs.readFileSync(settingsFile(), 'utf8') : ''),
      (text) => text.includes('"worklog.links.checkOnline": true'),
    );

    await runCommand(page, 'Worklog: Check Lab Links in This Page');
    await runCommand(page, 'Notifications: Show Notifications');
    const progress = page.locator('.notifications-center .monaco-list-row').filter({ hasText: 'Checking lab links in' });
    await progress.waitFor({ state: 'visible', timeout: 20_000 });
    // Read while the check runs: the notification closes when it ends.
    await progress.getByRole('button', { name: 'Cancel' }).waitFor({ state: 'visible', timeout: 5_000 });
    const shown = await eventually(
      () => progress.innerText(),
      (text) => /\d of 4 links/.test(text),
      10_000,
    );
    await screenshot(page, 'e2e-online-progress');
    assert.match(shown, /\d of 4 links/, shown);
    assert.match(shown, /Checking lab links in site-links\/content\/1-Worklog\/1\.1-Week1\/_index\.md/, shown);

    const problems = await waitForProblems(page, (rows) => rows.filter((r) => r.code === 'link.unreachable').length === 2, { filter: 'site-links', timeoutMs: 60_000 });
    // The pointer rests where the Problems rows were clicked; moved off, no hover covers the second message.
    await page.mouse.move(700, 300);
    await screenshot(page, 'e2e-online-problems');
    const online = problems.filter((r) => r.code?.startsWith('link.un'));
    assert.deepEqual(
      online.map((r) => [r.severity, r.position]),
      [
        ['error', '[Ln 9, Col 42]'],
        ['error', '[Ln 10, Col 42]'],
      ],
      JSON.stringify(online),
    );
    assert.match(online[0].message ?? '', /answered 404/);
    assert.match(online[1].message ?? '', /portal home page/);
  });
});
