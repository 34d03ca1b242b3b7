import * as assert from 'node:assert/strict';
import { run } from '../../src/cli/main';
import { tempSites } from './cliHarness';

const HEAD = '| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';

/** A site whose one week has enough impossible dates that its findings alone fill more than one write. */
function siteFiles(name: string): Record<string, string> {
  const rows = Array.from({ length: 1500 }, (_, i) => `| ${2 + (i % 5)} | Task ${i} | 31/02/2025 | 31/02/2025 | |`).join('\n');
  return {
    'hugo.toml': `title = "${name}"\n`,
    'content/1-Worklog/1.1-Week1/_index.md': `---\ntitle: "Week 1 Worklog"\nweight: 1\n---\n\n${HEAD}${rows}\n`,
  };
}

describe('worklog-lint output to a slow reader', function () {
  this.timeout(60000);
  const sites = tempSites('worklog-backpressure-');
  after(() => sites.removeAll());

  it('checks the next site only once stdout has taken what was printed, and then prints everything', async () => {
    const root = sites.site({ ...prefixed('a', siteFiles('A')), ...prefixed('b', siteFiles('B')), ...prefixed('c', siteFiles('C')) });
    let stdout = '';
    let release: () => void = () => undefined;
    let waits = 0;
    const done = run([root], {
      stdout: (t) => (stdout += t),
      stderr: () => undefined,
      isTty: false,
      cwd: root,
      // The reader is busy: nothing drains until the test says so.
      drained: () => {
        waits++;
        return new Promise((resolve) => (release = resolve));
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const beforeRelease = stdout;
    assert.equal(waits, 1, 'the CLI waits after the first site');
    assert.match(beforeRelease, /a[\\/]content/);
    assert.doesNotMatch(beforeRelease, /[bc][\\/]content/, 'the second site is not printed while stdout is full');
    for (let i = 0; i < 3; i++) {
      release();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(await done, 1);
    assert.match(stdout, /b[\\/]content/);
    assert.match(stdout, /c[\\/]content/);
    assert.match(stdout, /3 files checked/);
  });
});

function prefixed(dir: string, files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([file, text]) => [`${dir}/${file}`, text]));
}
