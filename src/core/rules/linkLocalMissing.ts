import * as l10n from '@vscode/l10n';
import { hasSiteRoot, resolveLocalLink } from '../links/hugoLinks';
import { readLabUrl } from '../links/labUrl';
import { Link, isIgnoredLink, writesUrl } from '../page/links';
import { MemoSlot } from '../page/memo';
import type { Page } from '../page/page';
import { Rule } from './types';

const LOCAL_KINDS = new Set(['inline', 'image', 'html', 'reference-definition']);
/** A destination that starts with a host name: `www.google.com`, `docs.aws.amazon.com/…`. */
const HOST_LIKE = /^(?:www\.[^/\s]+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|io|vn|dev|edu|gov|app|info|co|me|ai|cloud|aws|tech|xyz))(?:[/?#:]|$)/i;

/** A link this rule checks: a local destination, or one that starts with a host name (`hostLike`). */
interface Candidate {
  readonly link: Link;
  readonly url: string;
  readonly hostLike: boolean;
}

/** The page's candidates for one `ignoreLinks` list: this rule runs on every lint (it reads the site's files), so an unchanged sibling page is not walked again on each edit. */
type KnownCandidates = { ignore?: readonly string[]; list?: readonly Candidate[] };
const CANDIDATES = new MemoSlot<KnownCandidates>('local link candidates');

function localCandidates(page: Page, ignore: readonly string[]): readonly Candidate[] {
  const known = page.memo.get(CANDIDATES, (): KnownCandidates => ({}));
  if (known.list && known.ignore === ignore) return known.list;
  const list: Candidate[] = [];
  for (const link of page.links) {
    if (!writesUrl(link) || !LOCAL_KINDS.has(link.kind) || isIgnoredLink(link.url, ignore)) continue;
    const url = link.url.trim();
    const hostLike = HOST_LIKE.test(url);
    // awsstudygroup hosts are link.lab-malformed's to report.
    if (!hostLike || !readLabUrl(url)) list.push({ link, url, hostLike });
  }
  known.ignore = ignore;
  known.list = list;
  return list;
}

export const linkLocalMissing: Rule = {
  code: 'link.local-missing',
  defaultSeverity: 'warning',
  description: 'A relative link to a page or file that does not exist in the Hugo site (matched case-insensitively, with pretty URLs and _index.md / index.md / .md pages); checked only under a visible site root (hugo.toml, config.toml, static/…).',
  sectionPages: true,
  needsFiles: true,
  checkPage({ page, config, files, report }) {
    if (!files) return;
    const candidates = localCandidates(page, config.ignoreLinks);
    // Where no site root is visible, the tool cannot tell where Hugo would look: it does not judge.
    let rooted: boolean | undefined;
    for (const { link, url, hostLike } of candidates) {
      if (hostLike) {
        report({
          message: l10n.t('{0} looks like a web address without https://, so Hugo treats it as a page of this site and the link breaks. Write https://{0}.', url),
          span: link.span,
          fixes: [{ title: l10n.t('Add https://'), edits: [{ start: link.span.start, end: link.span.start, newText: 'https://' }] }],
        });
        continue;
      }
      rooted ??= hasSiteRoot(page.path, files);
      if (!rooted) continue;
      const target = resolveLocalLink(page.path, url, files);
      if (target.kind !== 'missing') continue;
      const others = target.tried.length - 1;
      report({
        message:
          others === 0
            ? l10n.t('No page or file of this site matches "{0}", so the link is broken (looked for {1}, ignoring case).', url, target.tried[0])
            : others === 1
              ? l10n.t('No page or file of this site matches "{0}", so the link is broken (looked for {1} and {2} other place, ignoring case).', url, target.tried[0], others)
              : l10n.t('No page or file of this site matches "{0}", so the link is broken (looked for {1} and {2} other places, ignoring case).', url, target.tried[0], others),

        span: link.span,
      });
    }
  },
};
