import type { OwnWords } from './ownWords';

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
/** Shingles two pages must share, and that the shorter page must have, before a share means anything. */
const MIN_SHARED = 10;
/** "Mostly the same": at least this share of the shorter page's shingles is in the other. */
export const MIN_PERCENT = 60;
/** Passages are quoted up to this many words. */
const PASSAGE_WORDS = 40;
/** A shingle on more pages than this is a common phrase (or a page copied many times), never evidence of one pair. */
const MAX_POSTINGS = 60;

/**
 * Pairs of pages from different sites whose own words are mostly the same. A phrase written in many of the
 * cohort's sites (at least 4 and a quarter of them) is common wording, not copying, and is left out.
 */
export function findSimilar(pages: readonly Comparable[], siteCount: number): SimilarMatch[] {
  const commonAt = Math.max(4, Math.ceil(siteCount / 4));
  const vocabulary = new Map<string, number>();
  const shingles = pages.map((p) => shinglesOf(p.words.keys, vocabulary));
  // Which pages hold each shingle, and in how many sites.
  const postings = new Map<string, { pages: number[]; sites: number; lastSite: number }>();
  shingles.forEach((list, index) => {
    const site = pages[index].site;
    for (const key of new Set(list)) {
      let entry = postings.get(key);
      if (!entry) postings.set(key, (entry = { pages: [], sites: 0, lastSite: -1 }));
      entry.pages.push(index);
      if (entry.lastSite !== site) {
        entry.sites++;
        entry.lastSite = site;
      }
    }
  });
  const distinctive = (key: string) => {
    const entry = postings.get(key);
    return entry !== undefined && entry.sites < commonAt && entry.pages.length <= MAX_POSTINGS;
  };
  const sets = shingles.map((list) => new Set(list.filter(distinctive)));
  const shared = new Map<number, number>();
  const n = pages.length;
  for (const entry of postings.values()) {
    if (entry.sites < 2 || entry.sites >= commonAt || entry.pages.length > MAX_POSTINGS) continue;
    const list = entry.pages;
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
    const [a, b] = sets[i].size <= sets[j].size ? [i, j] : [j, i];
    const smaller = sets[a].size;
    if (smaller < MIN_SHARED) continue;
    const percent = Math.round((100 * count) / smaller);
    if (percent < MIN_PERCENT) continue;
    matches.push({ a, b, percent: Math.min(100, percent), passage: passage(pages[a].words, shingles[a], sets[b]) });
  }
  return matches.sort((x, y) => y.percent - x.percent || x.a - y.a || x.b - y.b);
}

const plainSets = new WeakMap<OwnWords, Set<string>>();

/** The share (0–1) of `a`'s word shingles that `b` also has; for pages of one site, where no phrase is left out as common. */
export function containment(a: OwnWords, b: OwnWords): number {
  const setOf = (w: OwnWords) => {
    let set = plainSets.get(w);
    if (!set) {
      set = new Set<string>();
      for (let i = 0; i + SHINGLE <= w.keys.length; i++) set.add(w.keys.slice(i, i + SHINGLE).join(' '));
      plainSets.set(w, set);
    }
    return set;
  };
  const x = setOf(a);
  const y = setOf(b);
  if (x.size === 0) return 0;
  let shared = 0;
  for (const s of x) if (y.has(s)) shared++;
  return shared / x.size;
}

/** The page's shingles in order, as ids of their words (short keys instead of the words themselves). */
function shinglesOf(keys: readonly string[], vocabulary: Map<string, number>): string[] {
  const ids = keys.map((k) => {
    let id = vocabulary.get(k);
    if (id === undefined) vocabulary.set(k, (id = vocabulary.size));
    return id;
  });
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= ids.length; i++) out.push(ids.slice(i, i + SHINGLE).join(','));
  return out;
}

/** The longest run of the page's words whose shingles the other page shares. */
function passage(words: OwnWords, shingles: readonly string[], other: ReadonlySet<string>): string {
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
  const text = words.words.slice(best.from, end).join(' ');
  return end < best.to + SHINGLE ? `${text} …` : text;
}
