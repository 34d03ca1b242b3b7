// Generated cohorts for the report tests: interns' sites with own words, missing, template and copied weeks, lab links.
import * as fs from 'node:fs';
import * as path from 'node:path';
import template from '../../data/template.json';
import { CohortReport, CohortSite, Page, buildCohortReport, groupBySite, hugoTitle, lintPages, parsePage } from '../../src/core';

const VERBS = ['Configured', 'Reviewed', 'Deployed', 'Measured', 'Documented', 'Refactored', 'Tested', 'Sketched', 'Migrated', 'Secured', 'Tuned', 'Replaced'];
const OBJECTS = ['the staging bucket', 'a nightly export job', 'the login form', 'our billing alarm', 'the tenant database', 'a queue consumer', 'the image resizer', 'the audit trail', 'a cache layer', 'the deploy pipeline', 'the team wiki', 'a search index'];
const DETAILS = ['with lifecycle rules', 'for the mentor demo', 'behind a private subnet', 'using tagged releases', 'after the load test', 'with least privilege', 'for weekend traffic', 'against the old schema', 'with retries and backoff', 'under a new naming scheme', 'before the sprint review', 'with structured logs'];
const EXTRAS = ['carefully', 'twice', 'quickly', 'again', 'together', 'alone', 'slowly', 'finally'];

/** A small deterministic generator (mulberry32), so a cohort is the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences an intern might write; different seeds give different wording. */
export function tasks(seed: number, count: number): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, () => `${pick(VERBS)} ${pick(OBJECTS)} ${pick(DETAILS)} ${pick(EXTRAS)} and ${pick(VERBS).toLowerCase()} ${pick(OBJECTS)} ${pick(DETAILS)}`);
}

export interface WeekSpec {
  readonly week: number;
  /** One per day row; default: generated from the site's seed. */
  readonly tasks?: readonly string[];
  /** Lab ids linked from the rows, one per row in turn. */
  readonly labs?: readonly string[];
  /** Written as `[title](url)` when given, else as `<url>`. */
  readonly labTitles?: readonly string[];
  /** A week made only of the template's week-1 sentences. */
  readonly template?: boolean;
  /** A week written as prose, without a day table. */
  readonly noTable?: boolean;
  /** The Vietnamese twin too. */
  readonly twin?: boolean;
}

const MONDAY_WEEK1 = Date.UTC(2025, 8, 8);

function mmdd(week: number, day: number): string {
  const d = new Date(MONDAY_WEEK1 + ((week - 1) * 7 + day) * 86_400_000);
  return `${String(d.getUTCMonth() + 1).padStart(2, '0')}/${String(d.getUTCDate()).padStart(2, '0')}/${d.getUTCFullYear()}`;
}

const EN_SENTENCES = template.week1Sentences.filter((s) => !/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/.test(s));

/** One week page of the template's shape: front matter, objectives, a five-day table, achievements. */
export function weekPage(spec: WeekSpec, seed: number, language: 'en' | 'vi' = 'en'): string {
  const front = `---\ntitle: "${language === 'vi' ? `Worklog Tuần ${spec.week}` : `Week ${spec.week} Worklog`}"\nweight: ${spec.week}\nchapter: false\npre: " <b> 1.${spec.week}. </b> "\n---\n\n`;
  const own = spec.template ? EN_SENTENCES.slice(0, 5) : (spec.tasks ?? tasks(seed * 100 + spec.week, 5));
  if (spec.noTable) return `${front}### Week ${spec.week}\n\n${own.map((t) => `- ${t}.`).join('\n')}\n`;
  const rows = own.slice(0, 5).map((task, i) => {
    const lab = spec.labs?.[i % spec.labs.length];
    const title = spec.labTitles?.[i % spec.labTitles.length];
    const link = lab ? (title ? `[${title}](https://${lab}.awsstudygroup.com/)` : `<https://${lab}.awsstudygroup.com/>`) : '';
    return `| ${i + 2} | - ${task} | ${mmdd(spec.week, i)} | ${mmdd(spec.week, i)} | ${link} |`;
  });
  const objectives = spec.template ? EN_SENTENCES.slice(5) : own.slice(5);
  return [
    front.trimEnd(),
    '',
    `### Week ${spec.week} Objectives:`,
    '',
    ...objectives.map((o) => `* ${o}`),
    '',
    '### Tasks to be carried out this week:',
    '| Day | Task | Start Date | Completion Date | Reference Material |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

export interface SiteSpec {
  /** The folder name of the clone. */
  readonly name: string;
  readonly title?: string;
  readonly seed: number;
  readonly weeks: readonly WeekSpec[];
}

/** The files of one site, relative to the cohort folder. */
export function siteFiles(site: SiteSpec): Record<string, string> {
  const files: Record<string, string> = {};
  if (site.title !== undefined) files[`${site.name}/hugo.toml`] = `baseURL = "https://example.org/"\ntitle = "${site.title}"\n`;
  files[`${site.name}/content/1-Worklog/_index.md`] = `---\ntitle: "Worklog"\nweight: 1\nchapter: false\n---\n\n${site.weeks.map((w) => `**Week ${w.week}:** [Week ${w.week}](1.${w.week}-week${w.week}/)`).join('\n\n')}\n`;
  for (const week of site.weeks) {
    const folder = `${site.name}/content/1-Worklog/1.${week.week}-Week${week.week}`;
    files[`${folder}/_index.md`] = weekPage(week, site.seed);
    if (week.twin) files[`${folder}/_index.vi.md`] = weekPage(week, site.seed, 'vi');
  }
  return files;
}

/** Weeks 1..n, each written in the intern's own words. */
export function weeks(n: number, extra: (week: number) => Partial<WeekSpec> = () => ({})): WeekSpec[] {
  return Array.from({ length: n }, (_, i) => ({ week: i + 1, ...extra(i + 1) }));
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, ...file.split('/'));
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
  }
}

/** Parses the generated files under /cohort, groups them by site and lints each, as the CLI does. */
export function cohortOf(specs: readonly SiteSpec[]): CohortReport {
  const pages: Page[] = [];
  const titles = new Map<string, string>();
  for (const spec of specs) {
    for (const [file, text] of Object.entries(siteFiles(spec))) {
      if (file.endsWith('hugo.toml')) titles.set(`/cohort/${spec.name}`, hugoTitle('hugo.toml', text) ?? '');
      else pages.push(parsePage(`/cohort/${file}`, text));
    }
  }
  const sites: CohortSite[] = [...groupBySite(pages)].map(([dir, list]) => ({
    root: dir.replace('/cohort/', ''),
    dir,
    title: titles.get(dir),
    pages: list,
    findings: lintPages(list),
  }));
  return buildCohortReport(sites);
}
