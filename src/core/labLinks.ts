import type { Config } from './config';
import { LabUrl, readLabUrl } from './labUrl';
import { Link, codeSpans, htmlComments, isIgnoredLink, lineSpans, linksStartingIn, writesUrl } from './links';
import type { Page } from './page';
import type { Span } from './text';

/** An awsstudygroup URL on a page: a link, or host text a reader cannot click because it has no scheme. */
export interface LabOccurrence {
  readonly url: string;
  /** The URL as written. */
  readonly span: Span;
  readonly lab: LabUrl;
  /** Undefined for scheme-less text such as `000039.awsstudygroup.com/`. */
  readonly link: Link | undefined;
}

const HOST_TEXT = /(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?:\/[^\s<>|()[\]"'`*]*)?/g;
const HTML_TAG = /<\/?[A-Za-z][^<>]*>/g;
const cache = new WeakMap<Page, WeakMap<readonly string[], readonly LabOccurrence[]>>();

/** Every awsstudygroup URL on the page (minus `config.ignoreLinks`), computed once per page and ignore list. */
export function labOccurrences(page: Page, config: Pick<Config, 'ignoreLinks'>): readonly LabOccurrence[] {
  let byConfig = cache.get(page);
  if (!byConfig) cache.set(page, (byConfig = new WeakMap()));
  let found = byConfig.get(config.ignoreLinks);
  if (!found) {
    found = [...fromLinks(page), ...fromText(page)].filter((o) => !isIgnoredLink(o.url, config.ignoreLinks)).sort((a, b) => a.span.start - b.span.start);
    byConfig.set(config.ignoreLinks, found);
  }
  return found;
}

function fromLinks(page: Page): LabOccurrence[] {
  const found: LabOccurrence[] = [];
  for (const link of page.links) {
    if (!writesUrl(link) || link.kind === 'image') continue;
    const lab = readLabUrl(link.url);
    if (lab) found.push({ url: link.url, span: link.span, lab, link });
  }
  return found;
}

/** Host names written as plain text (`000039.awsstudygroup.com/`), outside links, code, comments and HTML tags. */
function fromText(page: Page): LabOccurrence[] {
  const { text } = page;
  const bodyStart = page.bodyLine < page.lines.lineCount ? page.lines.lines[page.bodyLine].start : text.length;
  const body = text.slice(bodyStart);
  if (!/aws|stud|group/i.test(body)) return [];
  const comments = htmlComments(text, bodyStart, text.length);
  const found: LabOccurrence[] = [];
  for (const line of lineSpans(text, bodyStart, text.length)) {
    const content = text.slice(line.start, line.end);
    if (!/aws|stud|group/i.test(content) || page.codeLines.has(page.lines.positionAt(line.start).line)) continue;
    const taken = linksStartingIn(page.links, line.start, line.end).map((l) => l.fullSpan);
    const skip = [...codeSpans(text, line.start, line.end), ...comments, ...taken, ...[...content.matchAll(HTML_TAG)].map((m) => ({ start: line.start + (m.index ?? 0), end: line.start + (m.index ?? 0) + m[0].length }))];
    for (const m of content.matchAll(HOST_TEXT)) {
      const start = line.start + (m.index ?? 0);
      const before = text[start - 1] ?? '';
      if (/[\w.@/:%-]/.test(before) || skip.some((s) => s.start <= start && start < s.end)) continue;
      const url = m[0].replace(/[.,;:!?]+$/, '');
      const lab = readLabUrl(url);
      // The bare domain in prose ("awsstudygroup.com") names the site; only lab and portal hosts are meant as links.
      // So does a portal host named in a sentence ("the specialforce.awsstudygroup.com website") unless a path follows.
      if (!lab || lab.host === 'other' || (lab.host === 'portal' && !url.includes('/'))) continue;
      found.push({ url, span: { start, end: start + url.length }, lab, link: undefined });
    }
  }
  return found;
}
