import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SiteFiles } from '../core';

/** `SiteFiles` over node:fs: each folder is listed once, each path answered once, and names compare case-insensitively, as Hugo URLs do. */
export function nodeSiteFiles(): SiteFiles {
  const listings = new Map<string, Map<string, string> | undefined>();
  const list = (dir: string): Map<string, string> | undefined => {
    if (!listings.has(dir)) {
      let names: string[] | undefined;
      try {
        names = fs.readdirSync(dir);
      } catch {
        names = undefined;
      }
      listings.set(dir, names && new Map(names.map((n) => [n.normalize('NFC').toLowerCase(), n])));
    }
    return listings.get(dir);
  };
  // Every page links the same few places (the section, the images folder): each answer is kept for the run.
  const answers = new Map<string, boolean>();
  const exists = (file: string): boolean => {
    let answer = answers.get(file);
    if (answer === undefined) answers.set(file, (answer = lookUp(file)));
    return answer;
  };
  const lookUp = (file: string): boolean => {
    const resolved = path.resolve(file);
    const root = path.parse(resolved).root;
    let current = root;
    for (const segment of resolved.slice(root.length).split(path.sep).filter((s) => s !== '')) {
      const real = list(current)?.get(segment.normalize('NFC').toLowerCase());
      if (real === undefined) return false;
      current = path.join(current, real);
    }
    return true;
  };
  return { exists };
}
