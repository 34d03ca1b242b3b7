import * as vscode from 'vscode';
import { Finding, Severity, fixAllEdits, ruleMeta } from '../core';
import { DiagnosticsService, LintedPage, toRange } from './diagnostics';
import { ids } from './ids';
import { PageStore } from './pageStore';

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };
const ICON: Record<Severity, string> = { error: '$(error)', warning: '$(warning)', information: '$(info)', hint: '$(lightbulb)' };

/** The workspace's findings of one code. */
export interface RuleGroup {
  readonly code: string;
  readonly severity: Severity;
  readonly entries: ReadonlyArray<{ readonly linted: LintedPage; readonly uri: vscode.Uri; readonly finding: Finding }>;
  /** How many findings of the group have a fix. */
  readonly fixable: number;
}

/** Findings grouped by code: errors before warnings before the rest, then the commonest first. */
export function groupByRule(store: PageStore, all: readonly LintedPage[]): RuleGroup[] {
  const groups = new Map<string, { code: string; severity: Severity; entries: RuleGroup['entries'][number][]; fixable: number }>();
  for (const linted of all) {
    const uri = store.uriOf(linted.page);
    if (!uri) continue;
    for (const finding of linted.findings) {
      let group = groups.get(finding.code);
      if (!group) groups.set(finding.code, (group = { code: finding.code, severity: finding.severity, entries: [], fixable: 0 }));
      if (RANK[finding.severity] < RANK[group.severity]) group.severity = finding.severity;
      group.entries.push({ linted, uri, finding });
      if (finding.fixes.length > 0) group.fixable++;
    }
  }
  return [...groups.values()].sort((a, b) => RANK[a.severity] - RANK[b.severity] || b.entries.length - a.entries.length || a.code.localeCompare(b.code));
}

/** One undoable edit with the first fix of every finding of the group (overlapping fixes in a page skipped). */
export function fixAllOfKind(group: RuleGroup): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  const byPage = new Map<LintedPage, { uri: vscode.Uri; findings: Finding[] }>();
  for (const entry of group.entries) {
    let page = byPage.get(entry.linted);
    if (!page) byPage.set(entry.linted, (page = { uri: entry.uri, findings: [] }));
    page.findings.push(entry.finding);
  }
  for (const [linted, { uri, findings }] of byPage) {
    for (const e of fixAllEdits(findings)) edit.replace(uri, toRange(linted.page, e), e.newText);
  }
  return edit;
}

/** "Worklog: Show Problems by Rule": pick a kind of problem, then a problem to go to, or fix all of that kind. */
export function registerTriage(store: PageStore, diagnostics: DiagnosticsService): vscode.Disposable {
  return vscode.commands.registerCommand(ids.commands.showProblemsByRule, async () => {
    await diagnostics.whenIdle();
    const groups = groupByRule(store, diagnostics.allLinted());
    if (groups.length === 0) return void vscode.window.showInformationMessage(vscode.l10n.t('No worklog problems in this workspace.'));
    const total = groups.reduce((n, g) => n + g.entries.length, 0);
    const picked = await vscode.window.showQuickPick(
      groups.map((group) => ({
        label: `${ICON[group.severity]} ${group.code}`,
        description: group.fixable > 0 ? vscode.l10n.t('{0} problems, {1} with a fix', group.entries.length, group.fixable) : vscode.l10n.t('{0} problems', group.entries.length),
        detail: ruleMeta(group.code)?.description,
        group,
      })),
      { title: vscode.l10n.t('Worklog problems by rule ({0} in all)', total), placeHolder: vscode.l10n.t('Most important first: pick a kind of problem'), matchOnDetail: true },
    );
    if (picked) await showGroup(picked.group);
  });
}

async function showGroup(group: RuleGroup): Promise<void> {
  type Item = vscode.QuickPickItem & { entry?: RuleGroup['entries'][number]; fixAll?: true };
  const files = new Set(group.entries.filter((e) => e.finding.fixes.length > 0).map((e) => e.uri.toString())).size;
  const items: Item[] = [];
  if (group.fixable > 0) {
    items.push({ label: `$(wand) ${vscode.l10n.t('Fix all of this kind')}`, description: vscode.l10n.t('{0} fixes in {1} files, one undoable edit', group.fixable, files), fixAll: true });
    items.push({ label: '', kind: vscode.QuickPickItemKind.Separator });
  }
  for (const entry of group.entries) {
    const line = entry.linted.page.lines.positionAt(entry.finding.span.start).line + 1;
    items.push({ label: entry.finding.message, description: `${vscode.workspace.asRelativePath(entry.uri, false)}:${line}`, entry });
  }
  const picked = await vscode.window.showQuickPick(items, { title: group.code, placeHolder: vscode.l10n.t('Pick a problem to go to it'), matchOnDescription: true });
  if (picked?.fixAll) {
    await vscode.workspace.applyEdit(fixAllOfKind(group));
    return;
  }
  if (picked?.entry) {
    const range = toRange(picked.entry.linted.page, picked.entry.finding.span);
    await vscode.window.showTextDocument(picked.entry.uri, { selection: range });
  }
}
