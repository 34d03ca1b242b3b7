import type { Config } from '../config';
import type { Page } from '../page/page';
import type { Span } from '../page/text';
import { labOccurrences } from './labLinks';

/** A lab link the online check asks about: well-formed, with a scheme, written as a link. */
export interface OnlineLink {
  readonly url: string;
  readonly span: Span;
}

const MAX_URL_LENGTH = 2048;

/** The lab links of a page worth a request; malformed ones are `link.lab-malformed`'s and cost none. */
export function onlineLinks(page: Page, config: Pick<Config, 'ignoreLinks'>): OnlineLink[] {
  if (page.identity.kind !== 'week' && page.identity.kind !== 'section') return [];
  return labOccurrences(page, config)
    .filter((o) => o.link !== undefined && o.lab.scheme !== undefined && o.lab.problems.length === 0 && o.url.length <= MAX_URL_LENGTH && isHttpUrl(o.url))
    .map((o) => ({ url: o.url, span: o.span }));
}

function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:';
  } catch {
    return false;
  }
}
