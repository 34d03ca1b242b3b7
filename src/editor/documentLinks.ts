import * as vscode from 'vscode';
import { readLabUrl } from '../core';
import { PageStore } from './pageStore';

/** Lab autolinks and relative links of worklog week pages as clickable document links. */
export function registerDocumentLinks(store: PageStore): vscode.Disposable {
  return vscode.languages.registerDocumentLinkProvider(
    { language: 'markdown' },
    {
      provideDocumentLinks(document) {
        const page = store.fromDocument(document);
        if (page.identity.kind !== 'week') return [];
        const links: vscode.DocumentLink[] = [];
        for (const link of page.links) {
          if (link.kind === 'reference') continue;
          const range = new vscode.Range(document.positionAt(link.span.start), document.positionAt(link.span.end));
          const lab = readLabUrl(link.url);
          if (lab?.id) {
            const target = new vscode.DocumentLink(range, vscode.Uri.parse(`https://${lab.id}.awsstudygroup.com/`));
            target.tooltip = vscode.l10n.t('Open lab {0}', lab.id);
            links.push(target);
          } else if (!/^[a-z][a-z0-9+.-]*:|^#|^\//i.test(link.url) && link.url !== '') {
            const path = link.url.replace(/[?#].*$/, '');
            const target = vscode.Uri.joinPath(document.uri, '..', path.endsWith('/') ? `${path}_index.md` : path);
            links.push(new vscode.DocumentLink(range, target));
          }
        }
        return links;
      },
    },
  );
}
