import { splitPath } from '../page/identity';
import type { SiteFiles } from '../workspace/siteFiles';

/** What a relative link on a page of a Hugo site points at. */
export type LocalTarget =
  /** Not a local link: a scheme (`https:`, `mailto:`), `//host`, a fragment only, a Hugo shortcode, or no site root. */
  | { readonly kind: 'skip' }
  | { readonly kind: 'found'; readonly path: string }
  /** `tried` lists the site paths looked at, for the message. */
  | { readonly kind: 'missing'; readonly target: string; readonly tried: readonly string[] };

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
const LANGUAGES = ['en', 'vi'];
const HAS_EXTENSION = /\.[A-Za-z0-9]{1,8}$/;

/**
 * Resolves `url` written on the page at `pagePath` the way Hugo serves the site: pretty URLs (`week-1.md` is
 * `/week-1/`), lower-cased paths, `_index.md` / `index.md` / `name.md` pages in any language, page-bundle
 * resources, and `static/` files. Links relative to the source file's folder (as an editor preview reads them)
 * count too, so a link is missing only when no reading finds it.
 */
export function resolveLocalLink(pagePath: string, url: string, files: SiteFiles): LocalTarget {
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('//') || SCHEME.test(trimmed) || trimmed.includes('{{')) return { kind: 'skip' };
  const pathPart = safeDecode(trimmed.replace(/[?#].*$/s, ''));
  if (pathPart === '') return { kind: 'skip' };
  const segments = splitPath(pagePath);
  const contentIndex = segments.map((s) => s.toLowerCase()).lastIndexOf('content');
  if (contentIndex < 0) return { kind: 'skip' };
  const root = segments.slice(0, contentIndex);
  const prefix = pagePath.replace(/\\/g, '/').startsWith('/') ? '/' : '';
  const rootPath = prefix + root.join('/');
  const pageSegments = segments.slice(contentIndex + 1);
  const file = pageSegments.pop() ?? '';
  const fileDir = pageSegments;
  const stem = file.replace(/\.(md|markdown)$/i, '').replace(/\.[a-z]{2}(-[a-z]{2,4})?$/i, '');
  const urlDir = /^_?index$/i.test(stem) ? fileDir : [...fileDir, stem];
  const linkSegments = pathPart.split('/');
  const absolute = pathPart.startsWith('/');
  const bases: string[][] = absolute ? absoluteBases(linkSegments.filter((s) => s !== '')) : [resolveSegments(urlDir, linkSegments), resolveSegments(fileDir, linkSegments)];
  const tried: string[] = [];
  for (const target of uniqueLists(bases)) {
    for (const candidate of candidates(target)) {
      const full = `${rootPath}/${candidate}`;
      tried.push(candidate);
      if (files.exists(full)) return { kind: 'found', path: full };
    }
  }
  // A link that leaves the content folder may still name a real file next to the page (an editor preview follows it).
  const fromFile = resolveSegments([...root, 'content', ...fileDir], linkSegments).join('/');
  if (files.exists(prefix + fromFile)) return { kind: 'found', path: prefix + fromFile };
  return { kind: 'missing', target: pathPart, tried: [...new Set(tried)] };
}

/** Files and folders that mark a Hugo site's root: its configuration, or the `static/` folder links resolve into. */
const SITE_ROOT_MARKERS = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json', 'config', 'static'];

/** Whether the folder above the page's `content/` is visibly a Hugo site root: without one, where Hugo looks is unknown. */
export function hasSiteRoot(pagePath: string, files: SiteFiles): boolean {
  const segments = splitPath(pagePath);
  const contentIndex = segments.map((s) => s.toLowerCase()).lastIndexOf('content');
  if (contentIndex < 0) return false;
  const prefix = pagePath.replace(/\\/g, '/').startsWith('/') ? '/' : '';
  const root = prefix + segments.slice(0, contentIndex).join('/');
  return SITE_ROOT_MARKERS.some((marker) => files.exists(root === '' || root === '/' ? `${root}${marker}` : `${root}/${marker}`));
}

/** `/a/b/` from the content root, and again without a first segment that may be the site's base path or a language. */
function absoluteBases(segments: readonly string[]): string[][] {
  const bases = [resolveSegments([], segments)];
  if (segments.length > 1) bases.push(resolveSegments([], segments.slice(1)));
  for (const language of LANGUAGES) bases.push(resolveSegments([language], segments));
  return bases;
}

/** The site paths (relative to the site root) where Hugo would find what `target` names. */
function candidates(target: readonly string[]): string[] {
  if (target.length === 0) return ['content'];
  const path = target.join('/');
  const last = target[target.length - 1];
  if (HAS_EXTENSION.test(last) && !/\.html?$/i.test(last)) return [`content/${path}`, `static/${path}`, `assets/${path}`];
  const page = path.replace(/\.html?$/i, '');
  return [`content/${page}`, `content/${page}.md`, ...LANGUAGES.map((l) => `content/${page}.${l}.md`), `static/${path}`, `static/${page}/index.html`];
}

/** Applies `.` and `..` segments; `..` above the content root stays at the root, as a web server does. */
function resolveSegments(base: readonly string[], link: readonly string[]): string[] {
  const result = [...base];
  for (const segment of link) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') result.pop();
    else result.push(segment);
  }
  return result;
}

function uniqueLists(lists: readonly string[][]): string[][] {
  const seen = new Set<string>();
  return lists.filter((l) => {
    const key = l.join('/').toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Whether `target` lies in `folder` (or is it), both absolute `/`-separated paths: `..` and `.` segments are
 * resolved first, so `a/../../b` is judged where it lands. Case-sensitive, as a link into another folder is.
 */
export function isInsideFolder(folder: string, target: string): boolean {
  const root = normalSegments(folder);
  const path = normalSegments(target);
  if (!root || !path || path.length < root.length) return false;
  return root.every((segment, i) => path[i] === segment);
}

/** Absolute path segments with `.` and `..` resolved; undefined for a relative path or one climbing above `/`. */
function normalSegments(path: string): string[] | undefined {
  if (!path.startsWith('/')) return undefined;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length === 0) return undefined;
      out.pop();
    } else out.push(segment);
  }
  return out;
}
