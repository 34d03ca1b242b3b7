// Builds content folders with the real Hugo and stub layouts of our own, and reads back what each page became.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** One source page as Hugo rendered it. */
export interface HugoPage {
  /** Path of the source file, relative to the built folder, with `/`. */
  readonly file: string;
  readonly title: string;
  /** `.Date` as YYYY-MM-DD, or undefined when Hugo has no date for the page. */
  readonly date: string | undefined;
  readonly weight: number;
  /** Front matter as Hugo read it (keys lower-cased by Hugo). */
  readonly params: Readonly<Record<string, unknown>>;
  /** The rendered content (HTML). */
  readonly content: string;
}

export interface HugoBuild {
  readonly pages: ReadonlyMap<string, HugoPage>;
  /** Pages that make the build fail, with Hugo's message; they are left out of the build that follows. */
  readonly errors: ReadonlyMap<string, string>;
}

const config = (defaultLanguage: string) => `baseURL = "http://example.org/"
defaultContentLanguage = "${defaultLanguage}"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[outputs]
home = ["JSON"]
[languages.en]
weight = 1
[languages.vi]
weight = 2
# FCJ sites (learn / relearn themes) allow raw HTML: the <br> in day cells depends on it.
[markup.goldmark.renderer]
unsafe = true
`;

// One JSON record per page of every language: the homes of both languages print them, deduplicated by file.
const INDEX_JSON = `[{{- range $i, $p := .Site.AllPages -}}{{- with $p.File -}}
{{- if $i }},{{ end -}}
{{- dict "file" .Path "title" $p.Title "date" (cond $p.Date.IsZero "" ($p.Date.Format "2006-01-02")) "weight" $p.Weight "params" $p.Params "content" (string $p.Content) | jsonify -}}
{{- end -}}{{- end -}}]
`;

// The learn themes' notice box holds Markdown: `{{% notice %}}` output is rendered with the page.
const NOTICE = '{{ .Inner }}';

let versionCache: string | null | undefined;

/** `hugo version`'s first line, or null when Hugo is not on the PATH. */
export function hugoVersion(): string | null {
  if (versionCache === undefined) {
    const run = spawnSync('hugo', ['version'], { encoding: 'utf8' });
    versionCache = run.status === 0 ? run.stdout.trim() : null;
  }
  return versionCache;
}

/** Builds the sources; a site with `.en.md` pages has Vietnamese as its default language, so it builds apart. */
export function buildWithHugo(sources: ReadonlyMap<string, string>): HugoBuild {
  const vi = new Map([...sources].filter(([, dir]) => hasEnglishSuffix(path.join(dir, 'content'))));
  const en = new Map([...sources].filter(([name]) => !vi.has(name)));
  const builds = [en.size > 0 ? buildOnce(en, 'en') : undefined, vi.size > 0 ? buildOnce(vi, 'vi') : undefined];
  return {
    pages: new Map(builds.flatMap((b) => (b ? [...b.pages] : []))),
    errors: new Map(builds.flatMap((b) => (b ? [...b.errors] : []))),
  };
}

function hasEnglishSuffix(dir: string): boolean {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.en.md'));
}

/**
 * Copies `sources` (name → folder holding `content/`) into one temporary Hugo site under content/<name>/ and builds
 * it; a page that fails the build is recorded and removed, and the build runs again.
 */
function buildOnce(sources: ReadonlyMap<string, string>, defaultLanguage: string): HugoBuild {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'worklog-hugo-'));
  try {
    fs.writeFileSync(path.join(root, 'config.toml'), config(defaultLanguage));
    writeFile(root, 'layouts/index.json', INDEX_JSON);
    writeFile(root, 'layouts/_default/single.html', '');
    writeFile(root, 'layouts/_default/list.html', '');
    writeFile(root, 'layouts/shortcodes/notice.html', NOTICE);
    for (const [name, dir] of sources) fs.cpSync(path.join(dir, 'content'), path.join(root, 'content', name), { recursive: true });
    const errors = new Map<string, string>();
    for (let attempt = 0; attempt < 50; attempt++) {
      const run = spawnSync('hugo', ['--quiet', '-D', '-E', '-F', '--destination', path.join(root, 'public'), '--source', root], { encoding: 'utf8', timeout: 120_000 });
      if (run.status === 0) return { pages: readPages(root), errors };
      const failing = failingFile(root, `${run.stderr}\n${run.stdout}`);
      if (!failing) throw new Error(`hugo failed without naming a page:\n${run.stderr}${run.stdout}`);
      errors.set(failing.file, failing.message);
      fs.rmSync(path.join(root, 'content', failing.file));
    }
    throw new Error('hugo kept failing after 50 pages were left out');
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function writeFile(root: string, relative: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  fs.writeFileSync(path.join(root, relative), text);
}

/** The first content file named in Hugo's error output, relative to content/, and the message about it. */
function failingFile(root: string, output: string): { file: string; message: string } | undefined {
  const content = path.join(root, 'content') + path.sep;
  const at = output.indexOf(content);
  if (at < 0) return undefined;
  const rest = output.slice(at + content.length);
  const file = /^[^:"\n]+\.md/.exec(rest)?.[0];
  if (!file) return undefined;
  const line = output.slice(output.lastIndexOf('\n', at) + 1, output.indexOf('\n', at) < 0 ? undefined : output.indexOf('\n', at));
  return { file: file.split(path.sep).join('/'), message: line.replace(root, '<site>').trim() };
}

function readPages(root: string): Map<string, HugoPage> {
  const pages = new Map<string, HugoPage>();
  for (const lang of ['', 'en', 'vi']) {
    const json = path.join(root, 'public', lang, 'index.json');
    if (!fs.existsSync(json)) continue;
    for (const p of JSON.parse(fs.readFileSync(json, 'utf8')) as HugoPage[]) {
      const file = p.file.split(path.sep).join('/');
      pages.set(file, { ...p, file, date: p.date || undefined });
    }
  }
  return pages;
}
