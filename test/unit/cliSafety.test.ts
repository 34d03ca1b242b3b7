// Inputs that must not hang or mislead the CLI: user regexes, broken configs, FIFOs and symbolic link loops.
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli, tempSites } from './cliHarness';
import { parseConfig } from '../../src/core';

const HEAD = '| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';
const WEEK3 = 'content/1-Worklog/1.3-Week3/_index.md';
/** A cell that makes `(a+)+$` backtrack for minutes: `https://` + 32 × a + `!`. */
const EVIL_LINK = `https://${'a'.repeat(32)}!`;
const PAGE = `---\ntitle: "Week 3 Worklog"\nweight: 3\n---\n\n${HEAD}| 2 | Read [notes](${EVIL_LINK} x) | 09/22/2025 | 09/22/2025 | x |\n`;

const sites = tempSites('worklog-safety-');
const site = sites.site;
const cli = runCli;

describe('CLI safety', () => {
  after(() => sites.removeAll());

  it('refuses a super-linear ignoreLinks regex, naming the file, line and key, and still applies the rest of the config', async () => {
    const config = '{\n  "severities": { "table.empty-cell": "off" },\n  "ignoreLinks": ["intranet", "/^https:\\\\/\\\\/(a+)+$/"]\n}\n';
    const root = site({ '.worklogrc.json': config, [WEEK3]: PAGE });
    const { code, stdout, stderr } = await cli(root, WEEK3);
    assert.match(stderr, /^worklog-lint: \.worklogrc\.json:3:31: ignoreLinks\[1\]: \/\^https:\\\/\\\/\(a\+\)\+\$\/ can take time that grows faster than the link \(ReDoS\); it is not used\n$/);
    assert.match(stdout, /link\.syntax/, 'the link is still checked');
    assert.doesNotMatch(stdout, /table\.empty-cell/, 'the severities still apply');
    assert.equal(code, 0, 'a refused pattern is a warning, not a failed run');
  });

  it('finishes promptly as a process on that config and page', () => {
    const root = site({ '.worklogrc.json': '{"ignoreLinks": ["/^https:\\\\/\\\\/(a+)+$/"]}', [WEEK3]: PAGE });
    const cliJs = path.resolve(__dirname, '..', '..', 'dist', 'cli.js');
    assert.ok(fs.existsSync(cliJs), 'dist/cli.js is missing: run npm run build before the unit tests');
    // A generous bound: the pattern used to run for minutes; refused, the whole run takes well under a second.
    const result = spawnSync(process.execPath, [cliJs, WEEK3], { cwd: root, timeout: 60000, encoding: 'utf8' });
    assert.equal(result.signal, null, 'the CLI did not finish');
    assert.match(result.stderr, /ReDoS/);
  });

  it('exits 2 on a config that is not JSON, naming file:line:column, also for --config', async () => {
    const root = site({ '.worklogrc.json': '{\n  "dateOrder": "dmy",\n  "labs": [1,]\n}\n', [WEEK3]: PAGE, 'other.json': '{"x": }' });
    const found = await cli(root, WEEK3);
    assert.equal(found.code, 2);
    assert.match(found.stderr, /^worklog-lint: \.worklogrc\.json:3:14: error: not valid JSON: ValueExpected\n/);
    assert.equal(found.stdout, '');
    const given = await cli(root, '--config', 'other.json', WEEK3);
    assert.equal(given.code, 2);
    assert.match(given.stderr, /other\.json:1:7: error: not valid JSON/);
  });

  it('reports an unknown code in severities with the nearest known code', () => {
    const { issues, config } = parseConfig('{"severities": {"table.empty-cells": "off", "week.weight": "error"}}');
    assert.deepEqual(issues.map((i) => i.message), ['severities: unknown code "table.empty-cells"; did you mean "table.empty-cell"?']);
    assert.equal(issues[0].offset, 16);
    assert.deepEqual(config.severities, { 'week.weight': 'error' });
  });

  it('refuses a FIFO named on the command line with exit 2, and skips one met while walking', async function () {
    if (process.platform === 'win32') this.skip();
    const root = site({ [WEEK3]: PAGE });
    const fifo = path.join(root, 'content', '1-Worklog', 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    const named = await cli(root, 'content/1-Worklog/pipe.md');
    assert.equal(named.code, 2);
    assert.equal(named.stderr, `worklog-lint: ${l10nPath('content/1-Worklog/pipe.md')}: not a regular file (a FIFO, socket or device)\n`.replace(/^worklog-lint: /, 'worklog-lint: cannot read '));
    const walked = await cli(root, 'content');
    assert.match(walked.stdout, /1 file checked/);
  });

  it('says "symbolic link loop" for a named link that points at itself', async function () {
    if (process.platform === 'win32') this.skip();
    const root = site({});
    fs.symlinkSync('loop.md', path.join(root, 'loop.md'));
    const { code, stderr } = await cli(root, 'loop.md');
    assert.equal(code, 2);
    assert.equal(stderr, 'worklog-lint: cannot read loop.md: symbolic link loop\n');
  });
});

function l10nPath(p: string): string {
  return p.split('/').join(path.sep);
}
