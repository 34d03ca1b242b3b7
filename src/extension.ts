import * as coreL10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { registerCodeActions } from './editor/codeActions';
import { registerCodeLens } from './editor/codeLens';
import { registerCommands } from './editor/commands';
import { registerCompletions } from './editor/completions';
import { registerDayRowCommands } from './editor/dayRowCommands';
import { registerDocumentLinks } from './editor/documentLinks';
import { registerFormatter } from './editor/formatter';
import { registerHovers } from './editor/hovers';
import { registerLanguageStatus } from './editor/languageStatus';
import { registerTriage } from './editor/triage';
import { registerWalkthrough } from './editor/walkthrough';
import { registerIgnoreLink } from './editor/ignoreLink';
import { OnlineLinksService, registerOnlineLinks } from './editor/onlineLinks';
import { DiagnosticsService, registerDiagnostics } from './editor/diagnostics';
import { pageDatesReader } from './editor/pageDates';
import { PageStore } from './editor/pageStore';
import { CohortReportService, registerCohortReport } from './editor/cohortReport';
import { PreviewService, registerPreview } from './editor/preview';
import { SettingsProvider } from './editor/settings';
import { WorkspaceFiles } from './editor/workspaceFiles';
import { WeeksTree, registerWeeksTree } from './editor/weeksTree';
import type { NodeHost } from './node/nodeHost';
import { InHostRenderer } from './editor/previewRenderer';

declare const WORKLOG_VERSION: string | undefined;

/** What the extension exports to its tests and to other extensions. */
export interface WorklogApi {
  readonly diagnostics: DiagnosticsService;
  readonly store: PageStore;
  readonly weeks: WeeksTree;
  /** The live preview: its panels, the last message posted to a webview, and the next render. */
  readonly preview: PreviewService;
  /** Worklog: Open Cohort Report: the report shown and the page a row opens. */
  readonly report: CohortReportService;
  /** The opt-in online check of lab links and the findings it shows. */
  readonly online: OnlineLinksService;
  /** How long activate() took, for the host benchmark. */
  readonly activationMs: number;
}

/** Composes the editor features; each feature lives in its own file under src/editor/. `node` is absent in the web host. */
export function activate(context: vscode.ExtensionContext, node: NodeHost | undefined): WorklogApi {
  const started = performance.now();
  // The core localises its messages through @vscode/l10n; hand it the bundle VS Code picked for the display language.
  coreL10n.config({ contents: vscode.l10n.bundle ?? {} });
  const output = vscode.window.createOutputChannel('Worklog Studio');
  // Which build is running is the first thing to know when a feature behaves differently on github.dev.
  output.appendLine(
    !node
      ? vscode.l10n.t('Worklog Studio {0} is running in the web extension host: links are not checked online there.', typeof WORKLOG_VERSION === 'string' ? WORKLOG_VERSION : '')
      : vscode.l10n.t('Worklog Studio {0} is running.', typeof WORKLOG_VERSION === 'string' ? WORKLOG_VERSION : ''),
  );
  const store = new PageStore();
  const settings = new SettingsProvider(output);
  const siteFiles = new WorkspaceFiles();
  const diagnostics = registerDiagnostics(store, settings, siteFiles, output);
  context.subscriptions.push(output, settings, siteFiles, diagnostics, registerCodeActions(diagnostics), registerCommands(diagnostics, output));
  const datesOf = pageDatesReader(store, settings);
  const weeks = registerWeeksTree(store, diagnostics, datesOf);
  context.subscriptions.push(store, weeks);
  context.subscriptions.push(
    registerCompletions(store, datesOf),
    registerHovers(store, datesOf),
    registerDayRowCommands(store, datesOf),
    registerDocumentLinks(store),
    registerCodeLens(store),
    registerFormatter(store),
    registerLanguageStatus(store, diagnostics, datesOf),
    registerWalkthrough(context, store, diagnostics, datesOf),
    registerTriage(store, diagnostics),
  );
  const log = (line: string) => output.appendLine(line);
  const preview = registerPreview(context.extensionUri, store, settings, siteFiles, output, node?.renderer(log) ?? new InHostRenderer(log));
  const online = registerOnlineLinks(store, settings, diagnostics, context.globalStorageUri.fsPath, node?.online);
  context.subscriptions.push(preview, online, registerIgnoreLink(online));
  const report = registerCohortReport(store, diagnostics, settings);
  context.subscriptions.push(report);
  return { diagnostics, store, weeks, preview, online, report, activationMs: performance.now() - started };
}
