// "Show Problems by Rule": the workspace's findings grouped by code, most important first, and "Fix all of this kind".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixAllOfKind, groupByRule } from '../../src/editor/triage';
import { activateExtension, revertAndCloseAll, until } from './helpers';

const RANK = { error: 0, warning: 1, information: 2, hint: 3 };

const codesOf = (uri: vscode.Uri) =>
  vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'worklog').map((d) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code)));

describe('Show Problems by Rule (real extension host)', function () {
  this.timeout(60_000);

  afterEach(revertAndCloseAll);

  it('groups the workspace findings by code: errors first, then the commonest, with counts matching the Problems panel', async () => {
    const api = await activateExtension();
    await api.diagnostics.whenIdle();
    const groups = groupByRule(api.store, api.diagnostics.allLinted());
    assert.ok(groups.length >= 5, groups.map((g) => g.code).join(', '));
    assert.equal(groups[0].severity, 'error');
    for (let i = 1; i < groups.length; i++) {
      const [a, b] = [groups[i - 1], groups[i]];
      assert.ok(RANK[a.severity] < RANK[b.severity] || (a.severity === b.severity && a.entries.length >= b.entries.length), `${a.code} before ${b.code}`);
    }
    const invalid = groups.find((g) => g.code === 'date.invalid');
    assert.ok(invalid);
    const shown = vscode.languages.getDiagnostics().reduce((n, [, list]) => n + list.filter((d) => d.source === 'worklog' && typeof d.code === 'object' && d.code?.value === 'date.invalid').length, 0);
    assert.equal(invalid.entries.length, shown);
  });

  it('fixes all of one kind across the workspace as one edit, leaving the other kinds', async () => {
    const api = await activateExtension();
    await api.diagnostics.whenIdle();
    const weight = groupByRule(api.store, api.diagnostics.allLinted()).find((g) => g.code === 'week.weight');
    assert.ok(weight && weight.fixable > 0, 'week.weight has fixes');
    const uris = [...new Set(weight.entries.map((e) => e.uri.toString()))].map((u) => vscode.Uri.parse(u));
    const others = uris.map((uri) => codesOf(uri).filter((c) => c !== 'week.weight').sort());
    assert.ok(await vscode.workspace.applyEdit(fixAllOfKind(weight)));
    for (const [i, uri] of uris.entries()) {
      await until(() => (codesOf(uri).includes('week.weight') ? undefined : true), `week.weight gone from ${uri.path}`);
      assert.deepEqual(codesOf(uri).filter((c) => c !== 'week.weight').sort(), others[i], uri.path);
    }
  });
});
