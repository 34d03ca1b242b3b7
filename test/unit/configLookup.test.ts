// The nearest .worklogrc.json above each page: read from the folders the walk listed, it is the file the disk says.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configFinder, discover } from '../../src/cli/discover';
import { tempSites } from './cliHarness';

const CONFIG = '.worklogrc.json';
const PAGE = '---\ntitle: "Week 1"\n---\n';
const sites = tempSites('worklog-config-lookup-');

describe('config lookup from the walk', () => {
  after(() => sites.removeAll());

  it('finds the nearest config, stops at .git, and looks above the walked folder on disk', () => {
    const outer = sites.site({
      [CONFIG]: '{}',
      'repo/content/1-Worklog/1.1-Week1/_index.md': PAGE,
      'repo/site-b/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/site-b/content/1-Worklog/1.1-Week1/_index.md': PAGE,
      'repo/site-c/.worklogrc.json': '{}',
      'repo/site-c/content/1-Worklog/1.1-Week1/_index.md': PAGE,
      'repo/site-d/.git': 'gitdir: ../.git/worktrees/d\n',
      'repo/site-d/content/1-Worklog/1.1-Week1/_index.md': PAGE,
    });
    const root = path.join(outer, 'repo');
    const found = discover([root]);
    const fromWalk = configFinder(CONFIG, found.listed);
    const fromDisk = configFinder(CONFIG);
    const configs = found.files.map((f) => path.relative(outer, path.dirname(path.dirname(path.dirname(path.dirname(f.path))))) + ' → ' + (fromWalk(f.path) ? path.relative(outer, fromWalk(f.path) as string) : 'none'));
    assert.deepEqual(configs, ['repo → .worklogrc.json', 'repo/site-b → none', 'repo/site-c → repo/site-c/.worklogrc.json', 'repo/site-d → none']);
    for (const f of found.files) assert.equal(fromWalk(f.path), fromDisk(f.path), f.path);
  });

  it('asks the disk where a dot-name is a symbolic link: one that leads to a file counts, a broken one does not', () => {
    const root = sites.site({ 'target.json': '{}', 'a/content/1-Worklog/1.1-Week1/_index.md': PAGE, 'b/content/1-Worklog/1.1-Week1/_index.md': PAGE, 'a/.git/HEAD': '', 'b/.git/HEAD': '' });
    fs.symlinkSync(path.join(root, 'target.json'), path.join(root, 'a', CONFIG));
    fs.symlinkSync(path.join(root, 'missing.json'), path.join(root, 'b', CONFIG));
    const found = discover([root]);
    const find = configFinder(CONFIG, found.listed);
    assert.deepEqual(
      found.files.map((f) => find(f.path)),
      [path.join(root, 'a', CONFIG), undefined],
    );
  });
});
