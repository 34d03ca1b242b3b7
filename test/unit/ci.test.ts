import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as yaml from 'js-yaml';

const root = path.resolve(__dirname, '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const version = (JSON.parse(read('package.json')) as { version: string }).version;

interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Array<{ uses?: string; run?: string; if?: string }> };
}

describe('One line for CI', () => {
  it('action.yml takes paths, format and fail-on, runs the released CLI, and uploads SARIF to code scanning', () => {
    const action = yaml.load(read('action.yml')) as Action;
    for (const input of ['paths', 'format', 'fail-on', 'sarif-file', 'upload', 'version']) assert.ok(action.inputs[input], `input ${input}`);
    assert.equal(action.inputs.paths.default, 'content');
    assert.equal(action.inputs['fail-on'].default, 'error');
    assert.equal(action.inputs.version.default, version);
    assert.equal(action.runs.using, 'composite');
    const script = action.runs.steps.map((step) => step.run ?? '').join('\n');
    assert.match(script, /npx --yes "worklog-lint@\$WORKLOG_VERSION" --format sarif/);
    const upload = action.runs.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    assert.ok(upload, 'no upload-sarif step');
    assert.match(upload.if ?? '', /always\(\)/, 'findings are uploaded even when the check step fails');
  });

  it('the action fails on findings at its fail-on level or worse, and only then', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-action-'));
    try {
      const sarif = path.join(dir, 'worklog.sarif');
      const results = [{ ruleId: 'week.weight', level: 'warning' }, { ruleId: 'table.missing', level: 'note' }];
      fs.writeFileSync(sarif, JSON.stringify({ version: '2.1.0', runs: [{ results }] }));
      const failOn = (level: string) => spawnSync(process.execPath, [path.join(root, 'scripts', 'action-fail-on.mjs'), sarif, level], { encoding: 'utf8' });
      assert.equal(failOn('error').status, 0);
      const warning = failOn('warning');
      assert.equal(warning.status, 1);
      assert.match(warning.stdout, /0 errors, 1 warnings, 1 notes/);
      assert.equal(failOn('none').status, 0);
      assert.equal(failOn('sometimes').status, 2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('.pre-commit-hooks.yaml runs worklog-lint from npm on the Markdown of a site\'s content folder', () => {
    const hooks = yaml.load(read('.pre-commit-hooks.yaml')) as Array<{ id: string; entry: string; language: string; files: string; additional_dependencies: string[] }>;
    const hook = hooks.find((h) => h.id === 'worklog-lint');
    assert.ok(hook);
    assert.equal(hook.entry, 'worklog-lint');
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.additional_dependencies, [`worklog-lint@${version}`]);
    assert.ok(new RegExp(hook.files).test('content/1-Worklog/1.1-Week1/_index.md'));
    assert.ok(!new RegExp(hook.files).test('README.md'), 'a README named on the command line would be checked as a worklog page');
  });

  it('every released version (action, hook, README, CHANGELOG) agrees with package.json', () => {
    const check = spawnSync(process.execPath, [path.join(root, 'scripts', 'release.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr + check.stdout);
  });

  it('the README shows the action and the hook', () => {
    const readme = read('README.md');
    assert.ok(readme.includes(`uses: worklog-studio/worklog-studio@v${version}`));
    assert.ok(readme.includes(`rev: v${version}`));
    assert.match(readme, /hooks: \[\{ id: worklog-lint \}\]/);
  });
});
