import * as vscode from 'vscode';
import { Page, localDateWords, siteKey } from '../core';
import type { RenderInput, RenderLabels, RenderProblem } from '../core/render/render';
import type { SummaryCounts } from '../webview/protocol';
import { ids } from './ids';
import { PageStore, corePath } from './pageStore';

const SEVERITY: Record<vscode.DiagnosticSeverity, RenderProblem['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'information',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** The Hugo site folder a page belongs to: the parent of its last `content` folder. */
export function siteRootOf(resource: vscode.Uri): vscode.Uri | undefined {
  const segments = resource.path.split('/');
  const content = segments.map((s) => s.toLowerCase()).lastIndexOf('content');
  return content > 0 ? resource.with({ path: segments.slice(0, content).join('/') || '/' }) : undefined;
}

/** Remote images load only in a trusted workspace with `worklog.preview.remoteImages` on, as VS Code's Markdown preview does. */
export function remoteImagesAllowed(resource: vscode.Uri): boolean {
  return vscode.workspace.isTrusted && vscode.workspace.getConfiguration(ids.section, resource).get<boolean>(ids.settings.previewRemoteImages, true) !== false;
}

export function renderInput(document: vscode.TextDocument, problems: RenderProblem[], dateOrder: RenderInput['dateOrder'], imageBase: RenderInput['imageBase'], remoteImages: boolean): RenderInput {
  return { path: corePath(document.uri), text: document.getText(), problems, dateOrder, imageBase, remoteImages, labels: renderLabels() };
}

/** The page's current diagnostics (every source, as the Problems panel shows them) as offsets into its text. */
export function problemsOf(document: vscode.TextDocument): RenderProblem[] {
  return vscode.languages.getDiagnostics(document.uri).map((d) => ({
    start: document.offsetAt(d.range.start),
    end: document.offsetAt(d.range.end),
    severity: SEVERITY[d.severity],
    code: diagnosticCode(d.code),
    message: d.message,
  }));
}

function diagnosticCode(code: vscode.Diagnostic['code']): string {
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function countProblems(problems: readonly RenderProblem[]): SummaryCounts {
  const count = (severity: RenderProblem['severity']) => problems.filter((p) => p.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), information: count('information'), hints: count('hint') };
}

/** "2 errors, 3 warnings" (information and hints only when there are some), or "No problems". */
export function summaryText(counts: SummaryCounts): string {
  if (counts.errors + counts.warnings + counts.information + counts.hints === 0) return vscode.l10n.t('No problems');
  const parts = [
    counts.errors === 1 ? vscode.l10n.t('1 error') : vscode.l10n.t('{0} errors', counts.errors),
    counts.warnings === 1 ? vscode.l10n.t('1 warning') : vscode.l10n.t('{0} warnings', counts.warnings),
  ];
  if (counts.information > 0) parts.push(vscode.l10n.t('{0} information', counts.information));
  if (counts.hints > 0) parts.push(counts.hints === 1 ? vscode.l10n.t('1 hint') : vscode.l10n.t('{0} hints', counts.hints));
  return parts.join(', ');
}

/** The preview's own words in the editor's language (the page's text stays as written). */
function renderLabels(): RenderLabels {
  return {
    week: vscode.l10n.t('Week'),
    dates: vscode.l10n.t('Dates'),
    date: vscode.l10n.t('Date'),
    weight: vscode.l10n.t('Weight'),
    pre: vscode.l10n.t('Menu prefix'),
    untitled: vscode.l10n.t('Untitled page'),
    noFrontMatter: vscode.l10n.t('No front matter'),
    frontMatterUnclosed: vscode.l10n.t('The front matter is never closed with ---: Hugo cannot build this page.'),
    frontMatterInvalid: vscode.l10n.t('The front matter is not valid YAML'),
    renderFailed: vscode.l10n.t('This page could not be rendered as Markdown, so its text is shown as written'),
    notice: vscode.l10n.t('Notice'),
    noticeTypes: { note: vscode.l10n.t('Note'), info: vscode.l10n.t('Info'), tip: vscode.l10n.t('Tip'), warning: vscode.l10n.t('Warning'), important: vscode.l10n.t('Important'), caution: vscode.l10n.t('Caution') },
    remoteImage: vscode.l10n.t('Remote image not loaded:'),
    imageLeftOut: vscode.l10n.t('Image left out:'),
    ...localDateWords(),
  };
}

export function previewTitle(resource: vscode.Uri, title: string | undefined, locked: boolean): string {
  const name = title ?? baseName(resource);
  return locked ? vscode.l10n.t('[Preview] {0}', name) : vscode.l10n.t('Preview {0}', name);
}

/** `1.1-Week1/_index.md` reads better than `_index.md` alone in a tab. */
export function baseName(resource: vscode.Uri): string {
  const segments = resource.path.split('/');
  const file = segments[segments.length - 1] ?? '';
  return /^_?index\./i.test(file) && segments.length > 1 ? `${segments[segments.length - 2]}/${file}` : file;
}

export function isWorklogPage(store: PageStore, document: vscode.TextDocument): boolean {
  if (document.languageId !== 'markdown' || document.uri.scheme === 'git' || document.uri.scheme === 'output') return false;
  return store.fromDocument(document).identity.kind !== 'other';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The page a command was invoked on: a Uri, a tree node or item (its resourceUri, uri or page), else the active editor or preview. */
export function resourceFrom(arg: unknown, store: PageStore, current: { readonly resource: vscode.Uri } | undefined): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (isRecord(arg)) {
    if (arg.resourceUri instanceof vscode.Uri) return arg.resourceUri;
    if (arg.uri instanceof vscode.Uri) return arg.uri;
    // A Weeks view node carries its page, or (a week row) its site and week number; the store knows the files.
    const page = arg.page;
    const uri = isRecord(page) ? store.uriOf(page as unknown as Page) : undefined;
    if (uri) return uri;
    if (arg.kind === 'week' && typeof arg.site === 'string' && typeof arg.week === 'number') {
      const pages = store.pages().filter((p) => p.identity.kind === 'week' && p.identity.week === arg.week && siteKey(p.path) === arg.site);
      // The site's default language first, as the row shows it.
      const chosen = pages.find((p) => p.identity.language === undefined || p.identity.language === 'en') ?? pages[0];
      const found = chosen && store.uriOf(chosen);
      if (found) return found;
    }
  }
  const editor = vscode.window.activeTextEditor;
  if (editor && editor.document.languageId === 'markdown') return editor.document.uri;
  return current?.resource;
}
