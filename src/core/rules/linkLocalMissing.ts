import { resolveLocalLink } from '../hugoLinks';
import { readLabUrl } from '../labUrl';
import { isIgnoredLink, writesUrl } from '../links';
import { Rule } from './types';

const LOCAL_KINDS = new Set(['inline', 'image', 'html', 'reference-definition']);
/** A destination that starts with a host name: `www.google.com`, `docs.aws.amazon.com/…`. */
const HOST_LIKE = /^(?:www\.[^/\s]+|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|net|org|io|vn|dev|edu|gov|app|info|co|me|ai|cloud|aws|tech|xyz))(?:[/?#:]|$)/i;

export const linkLocalMissing: Rule = {
  code: 'link.local-missing',
  defaultSeverity: 'warning',
  description: 'A relative link to a page or file that does not exist in the Hugo site (matched case-insensitively, with pretty URLs and _index.md / index.md / .md pages).',
  sectionPages: true,
  needsFiles: true,
  checkPage({ page, config, files, report }) {
    if (!files) return;
    for (const link of page.links) {
      if (!writesUrl(link) || !LOCAL_KINDS.has(link.kind) || isIgnoredLink(link.url, config.ignoreLinks)) continue;
      const url = link.url.trim();
      if (HOST_LIKE.test(url)) {
        // awsstudygroup hosts are link.lab-malformed's to report.
        if (readLabUrl(url)) continue;
        report({
          message: `${url} looks like a web address without https://, so Hugo treats it as a page of this site and the link breaks. Write https://${url}.`,
          span: link.span,
          fixes: [{ title: 'Add https://', edits: [{ start: link.span.start, end: link.span.start, newText: 'https://' }] }],
        });
        continue;
      }
      const target = resolveLocalLink(page.path, url, files);
      if (target.kind !== 'missing') continue;
      const more = target.tried.length > 1 ? ` and ${target.tried.length - 1} other place${target.tried.length > 2 ? 's' : ''}` : '';
      report({
        message: `No page or file of this site matches "${url}", so the link is broken (looked for ${target.tried[0]}${more}, ignoring case).`,
        span: link.span,
      });
    }
  },
};
