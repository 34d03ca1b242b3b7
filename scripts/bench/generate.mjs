// Writes a synthetic FCJ worklog corpus for the benchmark: Hugo sites with EN/VI week twins of 10–13 KB,
// five-row day tables with `<br>&emsp; +` bullets and lab autolinks, and a sprinkling of the faults
// real worklogs have. Deterministic: the same seed gives the same bytes.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ACHIEVEMENTS, HEADINGS, OBJECTIVES, PROSE, TABLE_HEADERS, TOPICS } from './words.mjs';

/** A small seeded PRNG (mulberry32), so every run benchmarks the same corpus. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const DAY_MS = 86_400_000;
const pad = (n, w = 2) => String(n).padStart(w, '0');

function formatDate(date, order) {
  const d = pad(date.getUTCDate());
  const m = pad(date.getUTCMonth() + 1);
  const y = date.getUTCFullYear();
  if (order === 'iso') return `${y}-${m}-${d}`;
  return order === 'mdy' ? `${m}/${d}/${y}` : `${d}/${m}/${y}`;
}

const lab = (id) => `${pad(id, 6)}.awsstudygroup.com`;

/** The faults one week (both twins) carries; most weeks carry none. */
function weekFaults(rng, site, week) {
  return {
    missingCell: rng.chance(0.1), // the template's own day-2 row lacks its last cell
    extraCell: rng.chance(0.01),
    duplicateDay: rng.chance(0.03),
    prose: rng.chance(0.05),
    insecureLab: rng.chance(0.02),
    malformedLab: rng.chance(0.015),
    invalidDate: rng.chance(0.01),
    emptyTask: rng.chance(0.02),
    brokenDelimiter: rng.chance(0.01),
    noOuterPipe: rng.chance(0.02),
    titleMismatch: rng.chance(0.01),
    placeholderDate: site.placeholderDates || rng.chance(0.05),
    rLeftover: rng.chance(0.02),
    noDate: site.noDates,
    weightOne: site.weightOne && week > 1,
    fractionalWeight: rng.chance(0.01),
  };
}

/** One row's Task cell: topics in bold, each followed by its bullets, grown until `budget` bytes. */
function taskCell(rng, lang, topics, budget) {
  const i = lang === 'en' ? 0 : 1;
  const parts = [];
  let size = 0;
  let t = 0;
  while (size < budget) {
    const topic = topics[t % topics.length];
    t++;
    const head = `${parts.length > 0 ? ' <br><br> ' : ''}- **${topic.title[i]}**`;
    parts.push(head);
    size += Buffer.byteLength(head);
    const steps = [...topic.steps].sort(() => rng.next() - 0.5);
    for (const step of steps) {
      if (size >= budget) break;
      const bullet = ` <br>&emsp; + ${step[i]}`;
      parts.push(bullet);
      size += Buffer.byteLength(bullet);
    }
    if (t > 40) break;
  }
  return parts.join('');
}

function referenceCell(rng, lang, labs, faults, row) {
  const links = labs.map((id, k) => {
    let host = lab(id);
    if (faults.malformedLab && row === 1 && k === 0) host = `${pad(id, 5)}.awsstudygroup.com`;
    const scheme = faults.insecureLab && row === 2 && k === 0 ? 'http' : 'https';
    const suffix = rng.chance(0.15) ? (lang === 'vi' ? 'vi/' : 'en/') : '';
    const url = `${scheme}://${host}/${suffix}`;
    const style = rng.next();
    if (style < 0.6) return `<${url}>`;
    if (style < 0.9) return `[${lang === 'vi' ? 'Bài lab' : 'Lab'} ${pad(id, 6)}](${url})`;
    return url;
  });
  if (rng.chance(0.1)) links.push('<https://cloudjourney.awsstudygroup.com/>');
  return links.join(' <br> ');
}

function frontMatter(lang, week, monday, faults, eol) {
  const title = lang === 'vi' ? `Worklog Tuần ${faults.titleMismatch ? week + 1 : week}` : `Week ${faults.titleMismatch ? week + 1 : week} Worklog`;
  const lines = ['---', `title: "${title}"`];
  if (faults.rLeftover) lines.push('date: "`r Sys.Date()`"');
  else if (faults.placeholderDate) lines.push('date: 2024-01-01');
  else if (!faults.noDate) lines.push(`date: ${formatDate(monday, 'iso')}`);
  lines.push(`weight: ${faults.fractionalWeight ? `1.${week}` : faults.weightOne ? 1 : week}`, 'chapter: false', `pre: " <b> 1.${week}. </b> "`, '---');
  return lines.join(eol);
}

/** A week page of about `target` bytes: rows grow until the page reaches it. */
function weekPage(rng, options) {
  let slack = 0;
  let text = '';
  for (let attempt = 0; attempt < 6; attempt++) {
    text = buildWeekPage(rng, { ...options, slack });
    const missing = options.target - Buffer.byteLength(text);
    if (missing <= 0) break;
    slack += missing + 100;
  }
  return text;
}

function buildWeekPage(rng, { lang, week, monday, order, faults, topics, labs, target, eol, slack }) {
  const i = lang === 'en' ? 0 : 1;
  const h = HEADINGS[lang];
  const out = [frontMatter(lang, week, monday, faults, eol), ''];
  out.push(h.objectives(week), '');
  for (let k = 0; k < 3; k++) out.push(`* ${rng.pick(OBJECTIVES)[i].replace('{topic}', topics[k % topics.length].title[i])}`);
  out.push('');
  const achievements = [];
  for (let k = 0; k < 4; k++) achievements.push(`* ${rng.pick(ACHIEVEMENTS)[i].replace('{topic}', topics[k % topics.length].title[i])}`);
  const tail = ['', h.achievements(week), '', ...achievements, ''];
  const fixed = Buffer.byteLength(out.join(eol) + tail.join(eol)) + 800 - slack;

  if (faults.prose) {
    out.push(h.notes, '');
    let size = fixed;
    let k = 0;
    while (size < target) {
      const topic = TOPICS[(TOPICS.indexOf(topics[0]) + k) % TOPICS.length];
      const para = `${rng.pick(PROSE)[i].replace('{topic}', topic.title[i])} ${taskCell(rng, lang, [topic], 400).replace(/ <br>&emsp; \+ /g, ' ').replace(/ <br><br> /g, ' ')}`;
      out.push(para, '');
      size += Buffer.byteLength(para) + 2;
      k++;
    }
    return out.concat(tail).join(eol) + eol;
  }

  out.push(h.tasks);
  const header = TABLE_HEADERS[lang];
  out.push(`| ${header.join(' | ')} |`);
  out.push(faults.brokenDelimiter ? `| --- | --- | --- | --- |` : `| --- | --- | --- | --- | --- |`);
  const perRow = Math.max(600, Math.floor((target - fixed) / 5));
  for (let row = 0; row < 5; row++) {
    const day = faults.duplicateDay && row === 3 ? 4 : row + 2;
    const start = new Date(monday.getTime() + row * DAY_MS);
    const end = rng.chance(0.2) ? new Date(start.getTime() + DAY_MS) : start;
    let startText = formatDate(start, order);
    if (faults.invalidDate && row === 4) startText = order === 'mdy' ? `09/31/${start.getUTCFullYear()}` : `31/09/${start.getUTCFullYear()}`;
    const first = TOPICS.indexOf(topics[row % topics.length]);
    const rowTopics = Array.from({ length: 8 }, (_, k) => TOPICS[(first + k * 5) % TOPICS.length]);
    const task = faults.emptyTask && row === 2 ? '' : taskCell(rng, lang, rowTopics, perRow);
    const refs = referenceCell(rng, lang, labs.slice(row % labs.length, (row % labs.length) + rng.int(1, 2)), faults, row);
    const cells = [String(day), task, startText, formatDate(end, order), refs];
    if (faults.missingCell && row === 0) cells.pop();
    if (faults.extraCell && row === 1) cells.push(lang === 'vi' ? 'ghi chú thêm' : 'extra note');
    const line = faults.noOuterPipe && row === 3 ? cells.join(' | ') : `| ${cells.join(' | ')} |`;
    out.push(line);
  }
  return out.concat(tail).join(eol) + eol;
}

/**
 * One week page without faults, of about `target` bytes: the 13 KB page of the render benchmark. Larger
 * targets repeat the week's objectives, table and achievements (as a page pasted together from many weeks).
 */
export function generateWeekPage({ seed = 20250908, lang = 'en', target = 13_000 } = {}) {
  const rng = random(seed);
  const monday = new Date(Date.UTC(2025, 9, 20));
  const order = lang === 'en' ? 'mdy' : 'dmy';
  const one = (week) => {
    const topics = [0, 1, 2].map((k) => TOPICS[(week * 3 + k) % TOPICS.length]);
    const labs = [rng.int(1, 200), rng.int(1, 200), rng.int(1, 200)];
    return weekPage(rng, { lang, week, monday, order, faults: {}, topics, labs, target: Math.min(target, 13_000), eol: '\n' });
  };
  let text = one(7);
  for (let week = 8; Buffer.byteLength(text) < target; week++) text += '\n' + one(week).replace(/^---\n[\s\S]*?\n---\n/, '');
  return text;
}

function sectionPage(lang, weeks, weekDir) {
  const title = lang === 'vi' ? 'Nhật ký công việc' : 'Worklog';
  const lines = ['---', `title: "${title}"`, 'weight: 1', 'chapter: false', 'pre: " <b> 1. </b> "', '---', ''];
  for (let w = 1; w <= weeks; w++) {
    const label = lang === 'vi' ? `**Tuần ${w}:** [Ghi chép tuần ${w}](${weekDir(w).toLowerCase()}/)` : `**Week ${w}:** [Notes for week ${w}](${weekDir(w).toLowerCase()}/)`;
    lines.push(label, '');
  }
  return lines.join('\n');
}

/**
 * Writes sites under `root` until `weekPages` week pages exist (twins count as two pages).
 * Returns the counts written.
 */
export function generateCorpus(root, { weekPages = 2000, seed = 20250908 } = {}) {
  const rng = random(seed);
  let written = 0;
  let files = 0;
  let bytes = 0;
  let siteIndex = 0;
  const write = (file, text) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const data = Buffer.from(text, 'utf8');
    fs.writeFileSync(file, data);
    files++;
    bytes += data.length;
  };
  while (written < weekPages) {
    siteIndex++;
    const site = {
      weightOne: rng.chance(0.15),
      placeholderDates: rng.chance(0.08),
      noDates: rng.chance(0.15),
      lowerCase: rng.chance(0.05),
      viDefault: rng.chance(0.1),
      bom: rng.chance(0.03),
      crlf: rng.chance(0.02),
    };
    const weeks = Math.min(rng.chance(0.2) ? 13 : 12, Math.ceil((weekPages - written) / 2));
    const section = site.lowerCase ? '1-worklog' : '1-Worklog';
    const weekDir = (w) => (site.lowerCase ? `1.${w}-week${w}` : `1.${w}-Week${w}`);
    const base = path.join(root, `site-${pad(siteIndex, 3)}`, 'content', section);
    const firstMonday = new Date(Date.UTC(2025, 5, 2) + rng.int(0, 26) * 7 * DAY_MS);
    const languages = site.viDefault ? [['vi', '_index.md'], ['en', '_index.en.md']] : [['en', '_index.md'], ['vi', '_index.vi.md']];
    for (const [lang, file] of languages) write(path.join(base, file), sectionPage(lang, weeks, weekDir));
    for (let week = 1; week <= weeks && written < weekPages; week++) {
      const faults = weekFaults(rng, site, week);
      const monday = new Date(firstMonday.getTime() + (week - 1) * 7 * DAY_MS);
      const topics = [0, 1, 2].map((k) => TOPICS[(week * 3 + k + siteIndex) % TOPICS.length]);
      const labs = [rng.int(1, 200), rng.int(1, 200), rng.int(1, 200)];
      for (const [lang, file] of languages) {
        if (written >= weekPages) break;
        const eol = site.crlf ? '\r\n' : '\n';
        let text = weekPage(rng, {
          lang,
          week,
          monday,
          order: lang === 'en' ? (rng.chance(0.1) ? 'dmy' : 'mdy') : 'dmy',
          faults,
          topics,
          labs,
          target: rng.int(10_200, 12_600),
          eol,
        });
        if (rng.chance(0.01)) text = text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''); // no front matter
        else if (rng.chance(0.003)) text = text.replace(/(\r?\n)---(\r?\n)/, '$1$2'); // never closed
        if (site.bom) text = '\uFEFF' + text;
        write(path.join(base, weekDir(week), file), text);
        written++;
      }
    }
  }
  return { files, weekPages: written, bytes, sites: siteIndex };
}

const STRESS_FRONT = (week) => `---\ntitle: "Week ${week} Worklog"\ndate: 2025-09-08\nweight: ${week}\n---\n\n### Week ${week} Objectives:\n\n* Learn.\n\n### Tasks carried out this week:\n\n`;
const STRESS_HEADER = '| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n';

/** A day table of `rows` rows: two in three in one week (read month-first), the rest spread over the year, so the week rules have work. */
export function largeTable(rows) {
  const body = Array.from({ length: rows }, (_, i) => {
    const date = i % 3 === 0 ? `${pad(1 + (i % 11))}/${pad(1 + (i % 9))}/2025` : `09/${pad(8 + (i % 5))}/2025`;
    return `| ${2 + (i % 5)} | Task ${i} <br>&emsp; + [step](https://docs.aws.amazon.com/) | ${date} | ${date} | <https://000003.awsstudygroup.com/> |`;
  });
  return STRESS_FRONT(1) + STRESS_HEADER + body.join('\n') + '\n';
}

/**
 * Week pages built to find work that grows faster than the page: a large table, long lines of brackets, a long word
 * next to a lab host, many code spans. Each is `{ name, text }`; the text is a page of week 1.
 */
export function stressPages() {
  const small = STRESS_FRONT(1) + STRESS_HEADER + '| 2 | Lab | 08/09/2025 | 08/09/2025 | <https://000003.awsstudygroup.com/> |\n\n';
  return [
    { name: 'table of 3,000 rows', text: largeTable(3000) },
    { name: 'line of 20,000 [', text: small + '['.repeat(20000) + '\n' },
    { name: '[ then 10,000 ](', text: small + '[' + '](x'.repeat(10000) + '\n' },
    { name: '5,000 nested [[…]](x)', text: small + '[['.repeat(2500) + ']](x)'.repeat(2500) + '\n' },
    { name: '20,000-letter word by a lab host', text: small + 'See 000003.awsstudygroup.com ' + 'x'.repeat(20000) + '\n' },
    { name: '10,000 dotted numbers by a lab host', text: small + 'awsstudygroup ' + '1.'.repeat(10000) + '\n' },
    { name: '5,000 code spans after [', text: small + '[' + '`a` '.repeat(5000) + '](x)\n' },
  ];
}

/** The week page the host benchmark edits: `rows` rows of the same day pattern (32 rows ≈ 9 KB, 760 rows ≈ 210 KB). */
export function editBenchPage(week, rows) {
  const row = (i) =>
    `| ${2 + (i % 5)} | - **Lab ${i}: networking** <br>&emsp; + Create a VPC with two public subnets and one private subnet <br>&emsp; + Attach an internet gateway and route tables <br>&emsp; + Launch an instance and test the path out | 09/${String(8 + (i % 5)).padStart(2, '0')}/2025 | 09/${String(8 + (i % 5)).padStart(2, '0')}/2025 | <https://000003.awsstudygroup.com/> |`;
  const body = Array.from({ length: rows }, (_, i) => row(i)).join('\n');
  return `---\ntitle: "Week ${week} Worklog"\ndate: 2025-09-08\nweight: ${week}\nchapter: false\npre: " <b> 1.${week}. </b> "\n---\n\n### Week ${week} Objectives:\n\n* Practise networking.\n\n### Tasks carried out this week:\n\n| Day | Task | Start Date | Completion Date | Reference Material |\n| --- | --- | --- | --- | --- |\n${body}\n\n### Week ${week} Achievements:\n\n* Done.\n`;
}
