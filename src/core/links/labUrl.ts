import * as l10n from '@vscode/l10n';
import { Span, isWhiteSpace } from '../page/text';

export const LAB_DOMAIN = 'awsstudygroup.com';
/** awsstudygroup hosts that are not numbered labs: the learning portal and the hash-routed course site. */
export const PORTAL_HOSTS: readonly string[] = ['cloudjourney', 'specialforce'];

/** What is wrong with a URL that points (or tries to point) at awsstudygroup.com. */
export type LabUrlProblem =
  /** No `https://`: not a link at all, or a relative path on the worklog's own site. */
  | { readonly kind: 'scheme' }
  /** The domain is misspelled (`awstudygroup.com`) or glued to the id (`000001awsstudygroup.com`). */
  | { readonly kind: 'domain'; readonly written: string; readonly span: Span }
  /** The label before the domain is not a lab id (`00003`, `f000001`, `100000`) nor a portal host; `reason` says so in a sentence. */
  | { readonly kind: 'id'; readonly written: string; readonly span: Span; readonly reason: string; readonly suggestion?: string };

export interface LabUrl {
  /** `lab`: `NNNNNN.`; `portal`: `cloudjourney.` / `specialforce.`; `other`: the bare domain or another host. */
  readonly host: 'lab' | 'portal' | 'other';
  /** The well-formed lab id, for `lab` hosts without an id problem. */
  readonly id: string | undefined;
  /** The scheme in lower case, or undefined when the URL has none. */
  readonly scheme: string | undefined;
  /** Offsets within the URL string. */
  readonly hostSpan: Span;
  readonly problems: readonly LabUrlProblem[];
}

const PREFIX = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?([^/?#\s:@<>()[\]|"'`]+)/;
const LAB_ID = /^000\d{3}$/;

/**
 * Readings of URLs with nothing to report, by URL: a week writes the same few lab URLs on every row, and each is
 * read by several rules on every lint. A reading with a problem holds a message in the run's language: not kept.
 */
const CLEAN_READINGS = new Map<string, LabUrl | undefined>();
const MAX_CLEAN_READINGS = 4096;

/** Reads a URL (or a scheme-less `host/path`) as an awsstudygroup link; undefined when it is not one. */
export function readLabUrl(url: string): LabUrl | undefined {
  // Most URLs (docs.aws.amazon.com) are told apart without a reading, and are not kept.
  if (labDomainCandidate(url, 0) < 0) return undefined;
  const known = CLEAN_READINGS.get(url);
  if (known !== undefined || CLEAN_READINGS.has(url)) return known;
  const reading = readLabUrlAfresh(url);
  if (reading === undefined || reading.problems.length === 0) {
    if (CLEAN_READINGS.size >= MAX_CLEAN_READINGS) CLEAN_READINGS.clear();
    CLEAN_READINGS.set(url, reading);
  }
  return reading;
}

const LAB_WORD = /aws|stud|group/gi;

/**
 * Where the first `aws`, `stud` or `group` at or after `from` that may be part of the lab domain ends, or -1. Every
 * spelling findDomain accepts (within two edits of awsstudygroup, or glued to an id) keeps one of the three words in
 * a label of 10 or more characters followed by a dot: the word AWS in a sentence, or docs.aws.amazon.com, is none.
 */
export function labDomainCandidate(text: string, from: number): number {
  LAB_WORD.lastIndex = from;
  while (LAB_WORD.test(text)) {
    const hitEnd = LAB_WORD.lastIndex;
    // A label with a non-ASCII letter is let through: lower-casing may lengthen it (İ).
    let wide = false;
    let start = hitEnd - 1;
    for (let c = text.charCodeAt(start - 1); start > 0 && isLabelChar(c); c = text.charCodeAt(--start - 1)) if (c >= 128) wide = true;
    let end = hitEnd;
    for (let c = text.charCodeAt(end); end < text.length && isLabelChar(c); c = text.charCodeAt(++end)) if (c >= 128) wide = true;
    if (text.charCodeAt(end) === 46 /* . */ && (end - start >= 10 || wide)) return hitEnd;
    LAB_WORD.lastIndex = end;
  }
  return -1;
}

/** A character of a host label as PREFIX reads it: not a dot, white space or ``/?#:@<>()[]|"'` ``. */
function isLabelChar(c: number): boolean {
  switch (c) {
    case 46: case 47: case 63: case 35: case 58: case 64: case 60: case 62: // . / ? # : @ < >
    case 40: case 41: case 91: case 93: case 124: case 34: case 39: case 96: // ( ) [ ] | " ' `
      return false;
    default:
      return !isWhiteSpace(c);
  }
}

function readLabUrlAfresh(url: string): LabUrl | undefined {
  const m = PREFIX.exec(url);
  if (!m) return undefined;
  const scheme = m[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return undefined;
  const hostStart = m[0].length - m[2].length;
  const host = m[2].replace(/\.$/, '');
  const labels = host.toLowerCase().split('.');
  if (labels.length < 2) return undefined;
  const domain = findDomain(labels);
  if (!domain) return undefined;
  const problems: LabUrlProblem[] = [];
  if (scheme === undefined) problems.push({ kind: 'scheme' });
  const sub = labels.slice(0, domain.index).join('.');
  const domainStart = hostStart + (sub === '' ? 0 : sub.length + 1);
  if (domain.glued !== undefined) {
    problems.push({ kind: 'domain', written: host.slice(domainStart - hostStart), span: { start: domainStart, end: hostStart + host.length } });
    const id = domain.glued;
    const idProblem = judgeId(id, { start: domainStart, end: domainStart + id.length });
    // Its span lies inside the domain's, so only the domain gets a suggested repair.
    if (idProblem) problems.push(idProblem.kind === 'id' ? { ...idProblem, suggestion: undefined } : idProblem);
    return { host: 'lab', id: idProblem ? undefined : id, scheme, hostSpan: { start: hostStart, end: hostStart + host.length }, problems };
  }
  if (domain.misspelled) problems.push({ kind: 'domain', written: host.slice(domainStart - hostStart), span: { start: domainStart, end: hostStart + host.length } });
  const subSpan = { start: hostStart, end: hostStart + sub.length };
  const hostSpan = { start: hostStart, end: hostStart + host.length };
  if (sub === '' || sub === 'www') return { host: 'other', id: undefined, scheme, hostSpan, problems };
  if (PORTAL_HOSTS.includes(sub)) return { host: 'portal', id: undefined, scheme, hostSpan, problems };
  if (/\d/.test(sub)) {
    const idProblem = judgeId(host.slice(0, sub.length), subSpan);
    if (idProblem) problems.push(idProblem);
    return { host: 'lab', id: idProblem ? undefined : sub, scheme, hostSpan, problems };
  }
  const portal = PORTAL_HOSTS.find((p) => editDistance(sub, p) <= 2);
  if (portal) {
    problems.push({ kind: 'id', written: host.slice(0, sub.length), span: subSpan, reason: l10n.t('The lab host "{0}" is not an awsstudygroup host; the portal is {1}.', host.slice(0, sub.length), `${portal}.${LAB_DOMAIN}`), suggestion: portal });
    return { host: 'portal', id: undefined, scheme, hostSpan, problems };
  }
  return { host: 'other', id: undefined, scheme, hostSpan, problems };
}

function judgeId(written: string, span: Span): LabUrlProblem | undefined {
  if (LAB_ID.test(written)) return undefined;
  let reason: string;
  if (/^\d+$/.test(written)) {
    reason =
      written.length !== 6
        ? l10n.t('The lab host "{0}" has {1} digits; lab ids have 6 and start with 000 (000001 … 000200).', written, written.length)
        : l10n.t('The lab host "{0}" does not start with 000; lab ids run 000001 … 000200.', written);
  } else if (/^[a-z]+\d{6}$/i.test(written) && LAB_ID.test(written.replace(/^[a-z]+/i, ''))) {
    reason = l10n.t('The lab host "{0}" has a letter prefix; the lab id is {1}.', written, written.replace(/^[a-z]+/i, ''));
    return { kind: 'id', written, span, reason, suggestion: written.replace(/^[a-z]+/i, '') };
  } else {
    reason = l10n.t('The lab host "{0}" is not a lab id; lab ids are 6 digits starting with 000.', written);
  }

  return { kind: 'id', written, span, reason };
}

/** Where the awsstudygroup domain sits in the host's labels, and whether it is spelled right. */
function findDomain(labels: readonly string[]): { index: number; misspelled: boolean; glued?: string } | undefined {
  const n = labels.length;
  const base = labels[n - 2];
  const tld = labels[n - 1];
  if (base === 'awsstudygroup' && tld === 'com') return { index: n - 2, misspelled: false };
  const glued = /^(\d+|[a-z]\d+)awsstudygroup$/.exec(base);
  if (glued && tld === 'com') return { index: n - 2, misspelled: true, glued: glued[1] };
  if (!/^[a-z]{2,}$/.test(tld)) return undefined;
  if (base === 'awsstudygroup') return { index: n - 2, misspelled: true };
  if (n >= 3 && labels[n - 3] === 'awsstudygroup' && base === 'com') return { index: n - 3, misspelled: true };
  const distance = base.length >= 10 ? editDistance(base, 'awsstudygroup') : Infinity;
  // Two edits reach real sites (lawstudygroup.com); only a lab or portal host in front makes them a typo of ours.
  if (distance === 1 || (distance === 2 && n >= 3 && (/\d/.test(labels[n - 3]) || PORTAL_HOSTS.includes(labels[n - 3])))) return { index: n - 2, misspelled: true };
  return undefined;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps cost 1. */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length);
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
