// Accounts for every finding an earlier build reported that the current one does not: each disappearance is
// put down to one of the deliberate changes that make the checks quieter, or listed as unaccounted.
import * as fs from 'node:fs';
import * as path from 'node:path';

const NONE_MARKERS = new Set(['-', '--', '–', '—', 'n/a', 'na', 'none', 'không', 'khong', 'x', '.', '...', '…']);
const SITE_ROOT_FILES = ['hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config.yaml', 'config.yml', 'config.json', 'static'];
const DATE_CONSEQUENCES = new Set(['day.weekday-mismatch', 'date.row-order', 'date.outside-week', 'week.dates-sequence', 'twin.mismatch', 'date.range-order', 'date.invalid']);

/**
 * `before` and `now` are per corpus lists of `{ path, findings }` (paths relative to the corpus folder `dir`).
 * Returns the table rows and the unaccounted findings.
 */
export function account(corpora, before, now) {
  const byCode = new Map();
  const reasons = new Map();
  const severity = new Map();
  const unaccounted = [];
  const row = (code) => {
    if (!byCode.has(code)) byCode.set(code, { code, before: 0, now: 0, removed: 0, added: 0 });
    return byCode.get(code);
  };
  for (const { name, dir } of corpora) {
    const was = new Map(before[name].map((p) => [p.path, p.findings]));
    const is = new Map(now[name].map((p) => [p.path, p.findings]));
    for (const page of new Set([...was.keys(), ...is.keys()])) {
      const old = was.get(page) ?? [];
      const cur = is.get(page) ?? [];
      const key = (f) => `${f.code}@${f.span.start}`;
      const curKeys = new Map(cur.map((f) => [key(f), f]));
      const oldKeys = new Set(old.map(key));
      for (const f of old) row(f.code).before++;
      for (const f of cur) row(f.code).now++;
      for (const f of cur) if (!oldKeys.has(key(f))) row(f.code).added++;
      const text = readText(path.join(dir, page));
      for (const f of old) {
        const still = curKeys.get(key(f));
        if (still) {
          if (still.severity !== f.severity) bump(severity, `${f.code}: ${f.severity} → ${still.severity}`);
          continue;
        }
        row(f.code).removed++;
        const reason = why(f, { page, text, dir, cur, old, now: is });
        if (reason) bump(reasons, `${f.code}\t${reason}`);
        else unaccounted.push({ corpus: name, page, finding: f });
      }
    }
  }
  return { codes: [...byCode.values()].sort((a, b) => b.removed - a.removed || a.code.localeCompare(b.code)), reasons, severity, unaccounted };
}

function bump(map, key) {
  map.set(key, (map.get(key) ?? 0) + 1);
}

function readText(file) {
  try {
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    return '';
  }
}

/** The change that explains a finding's disappearance, or undefined. */
function why(f, { page, text, dir, cur, now }) {
  const has = (code) => cur.some((c) => c.code === code);
  if (cur.some((c) => c.related.some((r) => r.span && r.span.start === f.span.start && (!r.path || r.path === page || r.path.endsWith(page))))) {
    return 'one finding per cause: now a related location of the finding that remains';
  }
  const line = lineAt(text, f.span.start);
  switch (f.code) {
    case 'table.empty-cell': {
      const cell = cellAt(line.text, f.span.start - line.start);
      if (NONE_MARKERS.has(cell.text.trim().toLowerCase())) return 'a deliberate "none" is not an empty cell';
      if (cell.last || /column "[^"]*(reference|tài liệu|nguồn)[^"]*"/i.test(f.message)) return 'an empty Reference Material cell is left alone';
      return undefined;
    }
    case 'date.missing-year':
      if (has('date.missing-year')) return 'reported once per page, the other cells related';
      if (/\b(19|20)\d\d\b/.test(line.text)) return 'the row carries the year in its other date cell';
      return undefined;
    case 'content.template-leftover':
      if (insideComment(text, f.span.start)) return 'inside an HTML comment Hugo does not show';
      if (has('content.template-leftover')) return 'reported once per page';
      return undefined;
    case 'content.duplicate-section':
      if (has('content.template-leftover')) return 'template text is left to content.template-leftover';
      return undefined;
    case 'link.local-missing':
      if (!siteRootAbove(dir, page)) return 'no Hugo site root above the page: the tool cannot see where Hugo looks';
      return undefined;
    case 'frontmatter.unterminated':
      if (/^---[^\n]*$/m.test(text.split('\n').slice(1).join('\n'))) return 'front matter closed by a line that starts with ---, as Hugo reads it';
      return undefined;
    case 'day.duplicate':
      if (sharesDayAndDate(text, line.text)) return 'sub-rows of one day (same Day, same date)';
      if (has('day.weekday-mismatch')) return 'a weekday Day on two dates is day.weekday-mismatch’s to report';
      return undefined;
    case 'table.not-rendered': {
      const m = /header has (\d+) cells but the delimiter row under it has (\d+)/.exec(f.message);
      if (m && Number(m[2]) > Number(m[1])) return 'a delimiter row wider than its header renders in Hugo';
      return undefined;
    }
    case 'date.mixed-order':
      if (has('date.mixed-order')) return 'reported once per page, the other cells related';
      return undefined;
  }
  if (DATE_CONSEQUENCES.has(f.code)) {
    if (has('content.template-leftover')) return "a page still the template's example is content.template-leftover's to report";
    if (has('date.mixed-order')) return 'explained by one date.mixed-order';
    if (f.code === 'date.outside-week' && has('date.outside-week')) return 'the stale rows of a partly updated copy are named instead';
    if (f.code === 'week.dates-sequence' && copiedFromSibling(text, page, now, dir)) return 'a table copied from another week is content.duplicate-section’s to report';
    if (f.code === 'twin.mismatch' && twinExplained(page, now)) return 'reported once per pair, or explained by a finding on the pair';
  }
  return undefined;
}

function lineAt(text, offset) {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return { start, text: text.slice(start, end < 0 ? text.length : end) };
}

/** The table cell holding column `at` of a row line, and whether it is the row's last cell. */
function cellAt(row, at) {
  const pipes = [];
  for (let i = 0; i < row.length; i++) if (row[i] === '|' && row[i - 1] !== '\\') pipes.push(i);
  const trimmed = row.trimEnd();
  const closing = trimmed.endsWith('|') ? pipes.length - 1 : pipes.length;
  let k = pipes.findIndex((p) => p >= at);
  if (k < 0) k = pipes.length;
  const from = k > 0 ? pipes[k - 1] + 1 : 0;
  const to = k < pipes.length ? pipes[k] : row.length;
  return { text: row.slice(from, to), last: k === closing };
}

function insideComment(text, offset) {
  const open = text.lastIndexOf('<!--', offset);
  return open >= 0 && text.indexOf('-->', open) > offset;
}

function siteRootAbove(dir, page) {
  let folder = path.dirname(path.join(dir, page));
  for (;;) {
    if (SITE_ROOT_FILES.some((f) => fs.existsSync(path.join(folder, f)))) return true;
    if (path.resolve(folder) === path.resolve(dir)) return false;
    const up = path.dirname(folder);
    if (up === folder) return false;
    folder = up;
  }
}

function cells(rowText) {
  return rowText.split('|').map((c) => c.trim());
}

function sharesDayAndDate(text, rowText) {
  const mine = cells(rowText);
  const key = `${mine[1]}|${mine[3]}`;
  return text.split('\n').filter((l) => l.trim().startsWith('|') && l !== rowText).some((l) => {
    const c = cells(l);
    return `${c[1]}|${c[3]}` === key;
  });
}

/** True when the page's date cells repeat, in order, those of another page of the same corpus. */
function copiedFromSibling(text, page, now, dir) {
  const dates = (t) => (t.match(/\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/g) ?? []).join(',');
  const mine = dates(text);
  if (!mine) return false;
  const folder = path.dirname(path.dirname(page));
  return [...now.keys()].some((other) => other !== page && path.dirname(path.dirname(other)) === folder && path.basename(other) === path.basename(page) && otherDates(other) === mine);
  function otherDates(other) {
    return dates(readText(path.join(dir, other)));
  }
}

function twinExplained(page, now) {
  // Twins share a folder and a base name, one of them with a language suffix (`_index.md`, `_index.vi.md`, `_index.en.md`).
  const base = (p) => p.replace(/(\.[a-z]{2})?\.md$/, '');
  const pair = [...now.keys()].filter((p) => base(p) === base(page));
  return pair.flatMap((p) => now.get(p) ?? []).some((f) => f.code === 'twin.mismatch' || f.code.startsWith('date.') || f.code.startsWith('day.'));
}

/** Prints the accounting; returns how many disappearances nothing explains. */
export function printAccount(corpora, before, now, log = console.log) {
  const result = account(corpora, before, now);
  const pages = corpora.reduce((n, c) => n + now[c.name].length, 0);
  const total = (k) => result.codes.reduce((n, r) => n + r[k], 0);
  log(`Findings before ${total('before')}, now ${total('now')}: ${total('removed')} gone, ${total('added')} new (${pages} pages).`);
  log('\ncode'.padEnd(31) + 'before'.padStart(8) + 'now'.padStart(8) + 'gone'.padStart(8) + 'new'.padStart(8));
  for (const r of result.codes) log(r.code.padEnd(30) + String(r.before).padStart(8) + String(r.now).padStart(8) + String(r.removed).padStart(8) + String(r.added).padStart(8));
  log('\ngone, by reason:');
  for (const [key, n] of [...result.reasons].sort((a, b) => b[1] - a[1])) {
    const [code, reason] = key.split('\t');
    log(`${String(n).padStart(6)}  ${code.padEnd(28)} ${reason}`);
  }
  if (result.severity.size > 0) {
    log('\nkept with another severity:');
    for (const [key, n] of [...result.severity].sort((a, b) => b[1] - a[1])) log(`${String(n).padStart(6)}  ${key}`);
  }
  log(`\nunaccounted: ${result.unaccounted.length}`);
  for (const u of result.unaccounted.slice(0, 40)) log(`  ${u.corpus}/${u.page}: ${u.finding.code} ${u.finding.message.slice(0, 100)}`);
  return result.unaccounted.length;
}
