import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_CACHE_TTL_MS, VerdictCache } from '../core';
import { writeCacheFile } from './cliCacheDir';

const FILE = 'links.json';

/** The cache kept in `dir`; a missing or damaged file is an empty cache. */
export function loadLinkCache(dir: string, ttlMs: number = DEFAULT_CACHE_TTL_MS): VerdictCache {
  const cache = new VerdictCache(ttlMs);
  try {
    cache.load(fs.readFileSync(path.join(dir, FILE), 'utf8'));
  } catch {
    // Nothing cached yet.
  }
  return cache;
}

/** Writes the cache when it gained entries; written beside and renamed, so a reader never sees half a file. */
export function saveLinkCache(dir: string, cache: VerdictCache): void {
  if (!cache.dirty) return;
  writeCacheFile(path.join(dir, FILE), cache.serialize());
}

export function clearLinkCache(dir: string): void {
  fs.rmSync(path.join(dir, FILE), { force: true });
}
