import * as fs from 'node:fs';
import * as path from 'node:path';
import { sortNaturally } from '../core';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', 'public', 'resources', 'themes', '.hugo_build.lock', 'dist', 'out']);

export interface Discovery {
  /** Markdown files; the caller keeps found ones only when they read as worklog pages (by path, title or `pre`). */
  readonly files: ReadonlyArray<{ readonly path: string; readonly explicit: boolean }>;
  readonly missing: readonly string[];
  /** Named paths that cannot be read as a page: a FIFO, socket or device, or a symbolic link loop. */
  readonly refused: ReadonlyArray<{ readonly path: string; readonly reason: 'not-regular' | 'loop' }>;
  /** The dot-names (`.git`, `.worklogrc.json`…) of each folder the walk read, for `configFinder`. */
  readonly listed: FolderListing;
}

/**
 * The names starting with a dot, files and folders, of folders already read. A folder holding a symbolic link so
 * named is not listed: whether such a link leads anywhere is the file system's to say.
 */
export type FolderListing = ReadonlyMap<string, ReadonlySet<string>>;

export function discover(paths: readonly string[]): Discovery {
  const files = new Map<string, boolean>();
  const missing: string[] = [];
  const refused: Array<{ path: string; reason: 'not-regular' | 'loop' }> = [];
  const listed = new Map<string, ReadonlySet<string>>();
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ELOOP') refused.push({ path: given, reason: 'loop' });
      else missing.push(given);
      continue;
    }
    if (stat.isDirectory()) {
      for (const file of walk(given, [], listed)) if (!files.has(file)) files.set(file, false);
    } else if (stat.isFile()) {
      files.set(path.normalize(given), true);
    } else {
      // Reading a FIFO waits for a writer forever; a device may never end.
      refused.push({ path: given, reason: 'not-regular' });
    }
  }
  // `1.2-Week2` before `1.10-Week10`, as people count: the order the report prints pages in.
  return { files: sortNaturally([...files].map(([p, explicit]) => ({ path: p, explicit })), (f) => f.path), missing, refused, listed };
}

/** The Markdown files under `dir`, added to `found`: a list, not nested generators, which step each name through every level. */
function walk(dir: string, found: string[], listed: Map<string, ReadonlySet<string>>): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return found;
  }
  // `dir` is already normal (resolved, then joined with plain names), so a separator is all path.join would add.
  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  const dotNames = new Set<string>();
  let dotLink = false;
  for (const entry of entries) {
    if (entry.name.startsWith('.')) {
      if (entry.isSymbolicLink()) dotLink = true;
      else dotNames.add(entry.name);
    }
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) walk(prefix + entry.name, found, listed);
    } else if (entry.isFile() && /\.(md|markdown)$/i.test(entry.name)) {
      found.push(prefix + entry.name);
    }
  }
  if (!dotLink) listed.set(dir, dotNames);
  return found;
}

/**
 * The nearest `.worklogrc.json` above a file, looked up once per folder: in `listed` for folders the walk read (two
 * `existsSync` per folder were about 1% of a check of 329 pages), on disk for the others.
 */
export function configFinder(fileName: string, listed: FolderListing = new Map()): (file: string) => string | undefined {
  const cache = new Map<string, string | undefined>();
  const has = (dir: string, name: string): boolean => listed.get(dir)?.has(name) ?? fs.existsSync(path.join(dir, name));
  const find = (dir: string): string | undefined => {
    if (cache.has(dir)) return cache.get(dir);
    let found: string | undefined;
    if (has(dir, fileName)) found = path.join(dir, fileName);
    else {
      const parent = path.dirname(dir);
      found = parent !== dir && !has(dir, '.git') ? find(parent) : undefined;
    }
    cache.set(dir, found);
    return found;
  };
  return (file) => find(path.dirname(path.resolve(file)));
}
