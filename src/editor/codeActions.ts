import * as vscode from 'vscode';
import { Finding, Fix, Page, TextEdit, docsUrl, fixAllEdits } from '../core';
import { DiagnosticsService, toRange } from './diagnostics';
import { ids } from './ids';

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append(ids.diagnosticSource);

/** Quick fixes from the core, "fix all of this kind", "learn more", "ignore on this line", and source.fixAll.worklog. */
export function registerCodeActions(diagnostics: DiagnosticsService): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions(document, range, context) {
      const linted = diagnostics.linted(document.uri);
      if (!linted || linted.page.text !== document.getText()) return [];
      const { page, findings } = linted;
      if (context.only && FIX_ALL_KIND.contains(context.only) && !context.only.contains(vscode.CodeActionKind.QuickFix)) {
        return fixAllAction(document, page, findings, undefined);
      }
      const actions: vscode.CodeAction[] = [];
      const wanted = context.diagnostics.filter((d) => d.source === ids.diagnosticSource);
      for (const diagnostic of wanted) {
        const finding = findings.find((f) => codeOf(diagnostic) === f.code && toRange(page, f.span).isEqual(diagnostic.range));
        if (!finding) continue;
        for (const fix of finding.fixes) actions.push(quickFix(document, page, fix, [diagnostic], true));
        const sameKind = findings.filter((f) => f.code === finding.code && f.fixes.length > 0);
        if (sameKind.length > 1) actions.push(...fixAllAction(document, page, sameKind, finding.code));
        actions.push(ignoreAction(document, page, finding, diagnostic));
        actions.push(learnMoreAction(finding.code));
      }
      if (context.only === undefined || context.only.contains(FIX_ALL_KIND)) {
        if (findings.some((f) => f.fixes.length > 0) && !range.isEmpty) actions.push(...fixAllAction(document, page, findings, undefined));
      }
      return actions;
    },
  };
  return vscode.languages.registerCodeActionsProvider({ language: 'markdown' }, provider, {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  });
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object' && code !== null) return String(code.value);
  return code === undefined ? undefined : String(code);
}

function toWorkspaceEdit(document: vscode.TextDocument, page: Page, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, toRange(page, e), e.newText);
  return edit;
}

function quickFix(document: vscode.TextDocument, page: Page, fix: Fix, diagnostics: vscode.Diagnostic[], preferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.edit = toWorkspaceEdit(document, page, fix.edits);
  action.diagnostics = diagnostics;
  action.isPreferred = preferred;
  // Runs after the edit: tells the walkthrough which kind of problem was fixed.
  const code = diagnostics.map(codeOf).find((c) => c !== undefined);
  action.command = { command: ids.commands.quickFixApplied, title: fix.title, arguments: [code] };
  return action;
}

/** The first fix of each finding, skipping any that overlaps one already taken, as one undoable edit. */
function fixAllAction(document: vscode.TextDocument, page: Page, findings: readonly Finding[], code: string | undefined): vscode.CodeAction[] {
  const taken = fixAllEdits(findings);
  if (taken.length === 0) return [];
  const title = code ? vscode.l10n.t('Fix all {0} problems in this file', code) : vscode.l10n.t('Fix all worklog problems in this file');
  const action = new vscode.CodeAction(title, code ? vscode.CodeActionKind.QuickFix : FIX_ALL_KIND);
  action.edit = toWorkspaceEdit(document, page, taken);
  return [action];
}

function learnMoreAction(code: string): vscode.CodeAction {
  const action = new vscode.CodeAction(vscode.l10n.t('Learn more about {0}', code), vscode.CodeActionKind.QuickFix);
  action.command = { command: 'vscode.open', title: action.title, arguments: [vscode.Uri.parse(docsUrl(code))] };
  return action;
}

/**
 * A comment line above the finding (a YAML comment in the front matter); inside a table a comment
 * line would end the table, so there the comment goes at the end of the row's last cell instead.
 */
function ignoreAction(document: vscode.TextDocument, page: Page, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(vscode.l10n.t('Ignore {0} on this line', finding.code), vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  const line = page.lines.positionAt(finding.span.start).line;
  const row = page.tables.flatMap((t) => [t.header, t.delimiter, ...t.rows]).find((r) => r.line === line);
  const edit = new vscode.WorkspaceEdit();
  if (row && row.cells.length > 0) {
    const last = row.cells[row.cells.length - 1];
    const at = page.lines.positionAt(last.span.end);
    edit.insert(document.uri, new vscode.Position(at.line, at.character), ` <!-- worklog-disable-line ${finding.code} -->`);
  } else {
    const text = page.lines.lineText(line);
    const indent = /^\s*/.exec(text)?.[0] ?? '';
    const inFrontMatter = page.frontMatter !== undefined && line < page.bodyLine && line > 0;
    const comment = inFrontMatter ? `# worklog-disable-next-line ${finding.code}` : `<!-- worklog-disable-next-line ${finding.code} -->`;
    edit.insert(document.uri, new vscode.Position(line, 0), `${indent}${comment}${page.eol}`);
  }
  action.edit = edit;
  return action;
}
