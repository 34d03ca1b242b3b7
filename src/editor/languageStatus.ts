import * as vscode from 'vscode';
import { orderLabel } from '../core';
import { DiagnosticsService } from './diagnostics';
import type { PageDatesReader } from './pageDates';
import { PageStore } from './pageStore';

/** Worklog pages live in a Hugo site's content folder; the items show only on Markdown files there. */
const SELECTOR: vscode.DocumentSelector = [
  { language: 'markdown', pattern: '**/content/**/*.md' },
  { language: 'markdown', pattern: '**/content/**/*.markdown' },
];

/**
 * Two language status items on a worklog page: the date order used and why (click: the setting), and the page's
 * problem count (click: the Problems panel).
 */
export function registerLanguageStatus(store: PageStore, diagnostics: DiagnosticsService, datesOf: PageDatesReader): vscode.Disposable {
  const order = vscode.languages.createLanguageStatusItem('worklog.dateOrder', SELECTOR);
  order.name = vscode.l10n.t('Worklog date order');
  const problems = vscode.languages.createLanguageStatusItem('worklog.problems', SELECTOR);
  problems.name = vscode.l10n.t('Worklog problems');
  problems.command = { command: 'workbench.actions.view.problems', title: vscode.l10n.t('Show Problems') };
  order.command = { command: 'workbench.action.openSettings', title: vscode.l10n.t('Settings'), arguments: ['worklog.dateOrder'] };

  let generation = 0;
  const update = async () => {
    const current = ++generation;
    const document = vscode.window.activeTextEditor?.document;
    const page = document && document.languageId === 'markdown' ? store.fromDocument(document) : undefined;
    if (!document || !page) return;
    const findings = diagnostics.linted(document.uri)?.findings ?? [];
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    problems.text = findings.length === 0 ? `$(check) ${vscode.l10n.t('No worklog problems')}` : `$(warning) ${vscode.l10n.t('{0} worklog problems', findings.length)}`;
    problems.detail = vscode.l10n.t('{0} errors, {1} warnings', errors, warnings);
    problems.severity = errors > 0 ? vscode.LanguageStatusSeverity.Error : warnings > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    if (page.identity.kind !== 'week') {
      order.text = vscode.l10n.t('Worklog');
      order.detail = page.identity.kind === 'section' ? vscode.l10n.t('section page') : vscode.l10n.t('not a week page');
      return;
    }
    const decision = (await datesOf(page, document.uri)).decision;
    if (current !== generation) return;
    const label = decision.order ? orderLabel(decision.order) : vscode.l10n.t('date order not needed');
    order.text = `$(calendar) ${label}`;
    // The reason starts with the order it explains ("month-first: 09/15/2025 has no month 15"); the text says it already.
    order.detail = decision.order && decision.reason.startsWith(label) ? decision.reason.slice(label.length).replace(/^[:,]\s*/, '') : decision.reason;
  };
  void update();
  return vscode.Disposable.from(
    order,
    problems,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    diagnostics.onDidPublish(() => void update()),
  );
}
