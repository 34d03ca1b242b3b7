/**
 * Read access to the files of the Hugo site a page belongs to, for rules that check relative links.
 * The CLI implements it over node:fs, the editor over a listing of the workspace; tests use `siteFilesFromPaths`.
 */
export interface SiteFiles {
  /**
   * Whether a file or folder exists at `path`, compared case-insensitively (Hugo lower-cases URLs).
   * `path` is absolute, or written the way the linted pages' paths are, with `/` separators.
   */
  exists(path: string): boolean;
}

/** A `SiteFiles` over a fixed list of file paths; every folder above a listed file exists too. */
export function siteFilesFromPaths(paths: Iterable<string>): SiteFiles {
  const known = new Set<string>();
  for (const path of paths) {
    const segments = normalizeSitePath(path).split('/');
    for (let i = 1; i <= segments.length; i++) known.add(segments.slice(0, i).join('/'));
  }
  return { exists: (path) => known.has(normalizeSitePath(path)) };
}

/** `/` separators, no `.` segments or doubled or trailing slashes, lower case: the key `siteFilesFromPaths` compares. */
export function normalizeSitePath(path: string): string {
  const segments: string[] = [];
  const parts = path.replace(/\\/g, '/').split('/');
  parts.forEach((part, index) => {
    if (part === '.' || (part === '' && index > 0)) return;
    if (part === '..' && segments.length > 0 && segments[segments.length - 1] !== '..' && segments[segments.length - 1] !== '') segments.pop();
    else segments.push(part);
  });
  return segments.join('/').normalize('NFC').toLowerCase();
}
