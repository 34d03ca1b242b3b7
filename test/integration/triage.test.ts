// "Show Problems by Rule": the workspace's findings grouped by code, most important first, and "Fix all of this kind".
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fixAllOfKind, groupByRule } from '../../src/editor/triage';
import { activateExtension, revertAndCloseAll } from './helpers';

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

  it('fixes all of one kind across the workspace as one edit: the first fix of each finding, in every page that has one', async () => {
    const api = await activateExtension();
    await api.diagnostics.whenIdle();
    const weight = groupByRule(api.store, api.diagnostics.allLinted()).find((g) => g.code === 'week.weight');
    assert.ok(weight && weight.fixable > 0, 'week.weight has fixes');
    // Read, not applied: the other suites share these fixture pages.
    const edit = fixAllOfKind(weight);
    const pages = new Set(weight.entries.filter((e) => e.finding.fixes.length > 0).map((e) => e.uri.toString()));
    assert.deepEqual(edit.entries().map(([uri]) => uri.toString()).sort(), [...pages].sort());
    const written = edit.entries().flatMap(([, edits]) => edits.map((e) => e.newText)).sort();
    const expected = weight.entries.flatMap((e) => (e.finding.fixes[0]?.edits ?? []).map((x) => x.newText)).sort();
    assert.deepEqual(written, expected);
    assert.ok(codesOf(vscode.Uri.parse([...pages][0])).includes('week.weight'), 'nothing applied');
  });
});
