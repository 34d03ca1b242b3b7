import * as vscode from 'vscode';
import { pageLanguage } from '../core';
import type { RenderInput } from '../core/render/render';
import { PageStore } from './pageStore';
import { isInsideFolder } from '../core/links/hugoLinks';
import { baseName, countProblems, problemsOf, remoteImagesAllowed, renderInput, siteRootOf, summaryText } from './previewContent';
import { MAX_EMBEDDED_IMAGE_BYTES, imageDataUrl, standaloneHtml } from './previewHtml';
import type { PreviewRenderer } from './previewRenderer';
import { SettingsProvider } from './settings';

/** What an export needs from the preview feature. */
export interface ExportContext {
  readonly extensionUri: vscode.Uri;
  readonly store: PageStore;
  readonly settings: SettingsProvider;
  readonly renderer: PreviewRenderer;
}

/** Writes the page's preview as one standalone HTML file; asks where unless a target Uri is given. */
export async function exportPreview(context: ExportContext, resource: vscode.Uri | undefined, target: unknown): Promise<vscode.Uri | undefined> {
  const { extensionUri, store, settings, renderer } = context;
  if (!resource) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a worklog page to preview it.'));
    return undefined;
  }
  const destination =
    target instanceof vscode.Uri
      ? target
      : await vscode.window.showSaveDialog({
          defaultUri: exportUriFor(resource),
          filters: { HTML: ['html', 'htm'] },
          saveLabel: vscode.l10n.t('Export'),
          title: vscode.l10n.t('Export Preview as HTML'),
        });
  if (!destination) return undefined;
  try {
    const document = await vscode.workspace.openTextDocument(resource);
    const { config } = await settings.forResource(resource);
    const problems = problemsOf(document);
    const remoteImages = remoteImagesAllowed(resource);
    const input = renderInput(document, problems, config.dateOrder, exportImageBase(resource), remoteImages);
    // First the page's local images are learnt, then it is rendered with them embedded: the file has no file: URL.
    const first = await renderer.render(`export:${resource.toString()}`, { ...input, embeddedImages: {} });
    if (!first?.ok) throw new Error(first ? first.error : vscode.l10n.t('The render was cancelled.'));
    const embedded = await embedImages(resource, first.output.localImages);
    const result = Object.keys(embedded).length === 0 ? first : await renderer.render(`export:${resource.toString()}`, { ...input, embeddedImages: embedded });
    if (!result?.ok) throw new Error(result ? result.error : vscode.l10n.t('The render was cancelled.'));
    const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css')));
    const html = standaloneHtml({
      title: result.output.title || baseName(resource),
      language: pageLanguage(store.fromDocument(document)),
      summary: summaryText(countProblems(problems)),
      bodyHtml: result.output.html,
      css,
      remoteImages,
    });
    await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(html));
    void vscode.window.showInformationMessage(vscode.l10n.t('Preview exported to {0}.', vscode.workspace.asRelativePath(destination)));
    return destination;
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the preview: {0}', error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

/** Embeds the local images the preview could show (the page's folder and the site's static/), each up to a bound. */
async function embedImages(resource: vscode.Uri, urls: readonly string[]): Promise<Record<string, string>> {
  const site = siteRootOf(resource);
  const roots = [vscode.Uri.joinPath(resource, '..'), ...(site ? [vscode.Uri.joinPath(site, 'static')] : [])];
  const embedded: Record<string, string> = {};
  for (const url of urls) {
    let uri: vscode.Uri;
    try {
      uri = vscode.Uri.parse(url, true);
    } catch {
      continue;
    }
    if (!roots.some((root) => root.scheme === uri.scheme && root.authority === uri.authority && isInsideFolder(root.path, uri.path))) continue;
    try {
      if ((await vscode.workspace.fs.stat(uri)).size > MAX_EMBEDDED_IMAGE_BYTES) continue;
      const data = imageDataUrl(await vscode.workspace.fs.readFile(uri));
      if (data) embedded[url] = data;
    } catch {
      // A missing or unreadable image is left out; its path shows in its place.
    }
  }
  return embedded;
}

function exportImageBase(resource: vscode.Uri): RenderInput['imageBase'] {
  const site = siteRootOf(resource);
  return { page: `${vscode.Uri.joinPath(resource, '..').toString()}/`, ...(site ? { site: `${vscode.Uri.joinPath(site, 'static').toString()}/` } : {}) };
}

/** `1.1-Week1.html` for a bundle's `_index.md` (an `_index.html` would be a second index page to Hugo), else `<name>.html`. */
function exportUriFor(resource: vscode.Uri): vscode.Uri {
  const segments = resource.path.split('/');
  const file = segments[segments.length - 1] ?? 'page.md';
  const index = /^_?index((?:\.[a-z]{2}(?:-[a-z]{2,4})?)?)\.(md|markdown)$/i.exec(file);
  const folder = segments[segments.length - 2];
  const name = index && folder ? `${folder}${index[1]}.html` : `${file.replace(/\.(md|markdown)$/i, '')}.html`;
  return vscode.Uri.joinPath(resource, '..', name);
}
