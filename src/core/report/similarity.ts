import { OwnWords, wordsOf } from './ownWords';

/** One page entered for comparison: the site it belongs to (an index) and its own words. */
export interface Comparable {
  readonly site: number;
  readonly words: OwnWords;
}

export interface SimilarMatch {
  /** Indexes into the compared list; `a` is the page with fewer own words. */
  readonly a: number;
  readonly b: number;
  readonly percent: number;
  readonly passage: string;
}

/** Words per shingle: five words in the same order rarely meet by chance, and a copied sentence has many. */
export const SHINGLE = 5;
/** Sampled shingles two pages must share, and that the shorter page must have, before a share means anything. */
const MIN_SHARED = 4;
/** "Mostly the same": at least this share of the shorter page's shingles is in the other. */
export const MIN_PERCENT = 60;
/** Passages are quoted up to this many words. */
const PASSAGE_WORDS = 40;
/** A shingle on more pages than this is a common phrase (or a page copied many times), never evidence of one pair. */
const MAX_POSTINGS = 60;
/** One shingle in this many (chosen by its hash, so the same in every page) is compared: the shares stay, the work is a quarter. */
const SAMPLE = 4;

/**
 * Pairs of pages from different sites whose own words are mostly the same. A phrase written in many of the
 * cohort's sites (at least 4 and a quarter of them) is common wording, not copying, and is left out.
 */
export function findSimilar(pages: readonly Comparable[], siteCount: number): SimilarMatch[] {
  const commonAt = Math.max(4, Math.ceil(siteCount / 4));
  const samples = pages.map((p) => [...new Set(sampled(shinglesOf(p.words)))]);
  // First pass: in how many sites each sampled shingle appears (last site × 1024 + count, one number per shingle).
  const siteCounts = new Map<number, number>();
  samples.forEach((list, index) => {
    const site = pages[index].site;
    for (const key of list) {
      const known = siteCounts.get(key);
      if (known === undefined) siteCounts.set(key, site * 1024 + 1);
      else if (Math.floor(known / 1024) !== site) siteCounts.set(key, site * 1024 + Math.min(1023, (known % 1024) + 1));
    }
  });
  const common = (key: number) => (siteCounts.get(key) ?? 0) % 1024 >= commonAt;
  // Second pass: which pages hold the shingles seen in two sites or more (most are in one site only).
  const postings = new Map<number, number[]>();
  const sizes = samples.map((list, index) => {
    let size = 0;
    for (const key of list) {
      const sites = (siteCounts.get(key) ?? 0) % 1024;
      if (sites >= commonAt) continue;
      size++;
      if (sites < 2) continue;
      const holders = postings.get(key);
      if (holders) holders.push(index);
      else postings.set(key, [index]);
    }
    return size;
  });
  const shared = new Map<number, number>();
  const n = pages.length;
  for (const list of postings.values()) {
    if (list.length > MAX_POSTINGS) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        if (pages[list[i]].site === pages[list[j]].site) continue;
        const key = list[i] * n + list[j];
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  const matches: SimilarMatch[] = [];
  for (const [key, count] of shared) {
    if (count < MIN_SHARED) continue;
    const i = Math.floor(key / n);
    const j = key % n;
    const [a, b] = sizes[i] <= sizes[j] ? [i, j] : [j, i];
    if (sizes[a] < MIN_SHARED) continue;
    const percent = Math.round((100 * count) / sizes[a]);
    if (percent < MIN_PERCENT) continue;
    const other = new Set([...shinglesOf(pages[b].words)].filter((k) => !common(k)));
    matches.push({ a, b, percent: Math.min(100, percent), passage: passage(pages[a].words, shinglesOf(pages[a].words), other) });
  }
  return matches.sort((x, y) => y.percent - x.percent || x.a - y.a || x.b - y.b);
}

function* sampled(shingles: Float64Array): Generator<number> {
  for (const key of shingles) if (key % SAMPLE === 0) yield key;
}

const shingleCache = new WeakMap<OwnWords, Float64Array>();

/** The page's shingles in order: five word hashes folded into one number below 2^53 (two 32-bit mixes). */
function shinglesOf(words: OwnWords): Float64Array {
  let out = shingleCache.get(words);
  if (out) return out;
  const h = words.hashes;
  out = new Float64Array(Math.max(0, words.count - SHINGLE + 1));
  for (let i = 0; i < out.length; i++) {
    let lo = 0x811c9dc5;
    let hi = 0x01000193;
    for (let k = 0; k < SHINGLE; k++) {
      lo = Math.imul(lo ^ h[i + k], 0x01000193) >>> 0;
      hi = Math.imul(hi ^ h[i + k], 0x9e3779b1) >>> 0;
    }
    out[i] = (hi >>> 11) * 0x100000000 + lo;
  }
  shingleCache.set(words, out);
  return out;
}

/** The share (0–1) of `a`'s shingles that `b` also has; for pages of one site, where no phrase is left out as common. */
export function containment(a: OwnWords, b: OwnWords): number {
  const x = new Set(shinglesOf(a));
  const y = new Set(shinglesOf(b));
  if (x.size === 0) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / x.size;
}

/** The longest run of the page's words whose shingles the other page shares. */
function passage(words: OwnWords, shingles: Float64Array, other: ReadonlySet<number>): string {
  let best = { from: 0, to: -1 };
  let from = -1;
  for (let i = 0; i <= shingles.length; i++) {
    const inside = i < shingles.length && other.has(shingles[i]);
    if (inside && from < 0) from = i;
    if (!inside && from >= 0) {
      if (i - from > best.to - best.from + 1) best = { from, to: i - 1 };
      from = -1;
    }
  }
  if (best.to < best.from) return '';
  const end = Math.min(best.to + SHINGLE, best.from + PASSAGE_WORDS);
  const text = wordsOf(words, best.from, end).join(' ');
  return end < best.to + SHINGLE ? `${text} …` : text;
}
