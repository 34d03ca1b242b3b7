import { load as loadYaml } from 'js-yaml';
import { parse as parseToml } from 'smol-toml';
import type { Page } from '../page/page';

/** Hugo's site configuration files, in the order Hugo reads them (the first found wins). */
export const HUGO_CONFIG_FILES: readonly string[] = [
  'hugo.toml',
  'hugo.yaml',
  'hugo.yml',
  'hugo.json',
  'config.toml',
  'config.yaml',
  'config.yml',
  'config.json',
  'config/_default/hugo.toml',
  'config/_default/hugo.yaml',
  'config/_default/config.toml',
  'config/_default/config.yaml',
];

/** Site configs larger than this are not a Hugo config worth reading for a title. */
const MAX_CONFIG_BYTES = 256 * 1024;

function segments(path: string): string[] {
  return path.split(/[\\/]/);
}

/**
 * The folder of the site a page belongs to: the folder holding `content/`, else the worklog section's folder
 * (a loose `1-Worklog` copied out of its site). Spelled as the page's path spells it.
 */
export function siteRootOf(path: string): string {
  const parts = segments(path);
  parts.pop();
  const content = parts.lastIndexOf('content');
  if (content >= 0) return joinLike(path, parts.slice(0, content));
  const file = segments(path).pop() ?? '';
  // A week folder's index page: the section is the folder above.
  if (/^_?index(\.[a-z]{2})?\.(md|markdown)$/i.test(file) && parts.length > 1) parts.pop();
  return joinLike(path, parts);
}

function joinLike(path: string, parts: readonly string[]): string {
  const separator = path.includes('\\') && !path.includes('/') ? '\\' : '/';
  const joined = parts.join(separator);
  return joined === '' ? (path.startsWith('/') || path.startsWith('\\') ? separator : '.') : joined;
}

/** A page's path relative to its site folder, with `/` separators. */
export function relativeTo(dir: string, path: string): string {
  const normalized = path.replace(/\\/g, '/');
  const base = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  if (base === '.' || base === '') return normalized;
  return normalized.startsWith(base + '/') ? normalized.slice(base.length + 1) : normalized;
}

/** The last segment of a folder path. */
export function folderName(dir: string): string {
  const parts = segments(dir).filter((s) => s !== '' && s !== '.');
  return parts[parts.length - 1] ?? dir;
}

/** Groups pages by their site folder, in the order first seen. */
export function groupBySite(pages: readonly Page[]): Map<string, Page[]> {
  const sites = new Map<string, Page[]>();
  for (const page of pages) {
    const root = siteRootOf(page.path);
    const list = sites.get(root);
    if (list) list.push(page);
    else sites.set(root, [page]);
  }
  return sites;
}

/**
 * The site's title from a Hugo config (`hugo.toml`, `config.yaml`, …): the top-level `title`, else the default
 * language's, else the first language's. Undefined when the file does not parse or names no title.
 */
export function hugoTitle(fileName: string, text: string): string | undefined {
  if (text.length > MAX_CONFIG_BYTES) return undefined;
  let config: unknown;
  try {
    if (/\.toml$/i.test(fileName)) config = parseToml(text);
    else if (/\.json$/i.test(fileName)) config = JSON.parse(text);
    else config = loadYaml(text, { json: true });
  } catch {
    return undefined;
  }
  if (!isRecord(config)) return undefined;
  const own = textOf(config.title);
  if (own) return own;
  const languages = isRecord(config.languages) ? config.languages : undefined;
  if (!languages) return undefined;
  const preferred = typeof config.defaultContentLanguage === 'string' ? config.defaultContentLanguage : undefined;
  const ordered = Object.keys(languages).sort((a, b) => (a === preferred ? -1 : b === preferred ? 1 : 0));
  for (const key of ordered) {
    const language = languages[key];
    if (!isRecord(language)) continue;
    const title = textOf(language.title) ?? (isRecord(language.params) ? textOf(language.params.title) : undefined);
    if (title) return title;
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 200) : undefined;
}
