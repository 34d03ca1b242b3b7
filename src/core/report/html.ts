import { REPORT_CSS } from './htmlStyle';
import { ReportLabels, reportLabels } from './labels';
import type { CohortReport, ReportPage, SiteReport, WeekReport } from './model';

export interface HtmlOptions {
  /** A fresh random value per document: the only inline style and script allowed to run carry it. */
  readonly nonce: string;
  /** In the editor's webview, page names open the page (by index into `pages`) instead of being plain text. */
  readonly webview?: boolean;
  /** `lang` of the document. */
  readonly language?: string;
  /** Shown under the title, e.g. when the report was made. */
  readonly subtitle?: string;
}

export interface HtmlReport {
  readonly html: string;
  /** The pages `data-page` indexes refer to (full paths as the caller gave them); empty outside the webview. */
  readonly pages: readonly string[];
}

/** Sorting for tables marked `sortable`; posting `open` messages in the webview. Plain ES2017: it runs in any browser. */
const SCRIPT = `(function () {
  var api = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, col) {
      var kind = th.getAttribute('data-sort');
      if (!kind) return;
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = th.textContent;
      button.title = th.getAttribute('data-sort-label') || '';
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', function () {
        var current = th.getAttribute('aria-sort');
        var dir = current ? (current === 'ascending' ? 'descending' : 'ascending') : (kind === 'num' ? 'descending' : 'ascending');
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', dir);
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[col].getAttribute('data-value') || '', y = b.cells[col].getAttribute('data-value') || '';
          var c = kind === 'num' ? Number(x) - Number(y) : x.localeCompare(y);
          return dir === 'ascending' ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  });
  if (api) document.addEventListener('click', function (event) {
    var target = event.target && event.target.closest ? event.target.closest('[data-page]') : null;
    if (!target) return;
    event.preventDefault();
    api.postMessage({ type: 'open', page: Number(target.getAttribute('data-page')), line: Number(target.getAttribute('data-line')) || 1 });
  });
})();`;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** The CSP of the report: nothing but its own nonce'd style and script (and data: images). */
export function reportCsp(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

/** One self-contained HTML document: no network, readable without script, sortable with it. */
export function reportHtml(report: CohortReport, options: HtmlOptions): HtmlReport {
  const t = reportLabels();
  const pages: string[] = [];
  const pageIndex = new Map<string, number>();
  const open = (page: ReportPage): string => {
    if (!options.webview) return '';
    let index = pageIndex.get(page.fullPath);
    if (index === undefined) {
      pageIndex.set(page.fullPath, (index = pages.length));
      pages.push(page.fullPath);
    }
    return ` data-page="${index}" data-line="${page.line}"`;
  };
  const nonce = escapeHtml(options.nonce);
  const behind = report.sites.filter((s) => s.behind).length;
  const body = [
    `<header><h1>${escapeHtml(t.title)}</h1>`,
    `<p class="muted">${escapeHtml(t.summary(report.sites.length, report.medianProgress, behind, report.similar.length))}${options.subtitle ? ` · ${escapeHtml(options.subtitle)}` : ''}</p></header>`,
    `<nav><a href="#cohort">${escapeHtml(t.cohort)}</a><a href="#grid">${escapeHtml(t.weekGrid)}</a><a href="#similar">${escapeHtml(t.similar)}</a><a href="#labs">${escapeHtml(t.labs)}</a><a href="#sites">${escapeHtml(t.details)}</a></nav>`,
    report.sites.length === 0 ? `<p>${escapeHtml(t.noSites)}</p>` : '',
    cohortTable(report, t),
    weekGrid(report, t, open),
    similarSection(report, t, open),
    labMatrix(report, t),
    `<section id="sites"><h2>${escapeHtml(t.details)}</h2>`,
    ...report.sites.map((site, i) => siteDetails(site, i, report, t, open)),
    '</section>',
  ].join('\n');
  const html = `<!DOCTYPE html>
<html lang="${escapeHtml(options.language ?? 'en')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(reportCsp(options.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(t.title)}</title>
<style nonce="${nonce}">${REPORT_CSS}</style>
</head>
<body>
${body}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
  return { html, pages };
}

function num(n: number): string {
  return `<td class="num" data-value="${n}">${n}</td>`;
}

function list(numbers: readonly number[], t: ReportLabels): string {
  return numbers.length > 0 ? numbers.join(', ') : `<span class="muted">${escapeHtml(t.none)}</span>`;
}

function sortable(label: string, kind: 'num' | 'text', t: ReportLabels, className = ''): string {
  return `<th scope="col"${className ? ` class="${className}"` : ''} data-sort="${kind}" data-sort-label="${escapeHtml(t.sortBy(label))}">${escapeHtml(label)}</th>`;
}

function behindBadge(site: SiteReport, t: ReportLabels): string {
  return site.behind ? ` <span class="badge">${escapeHtml(t.behind)}</span>` : '';
}

function cohortTable(report: CohortReport, t: ReportLabels): string {
  const head = [
    sortable(t.site, 'text', t),
    sortable(t.progress, 'num', t, 'num'),
    sortable(t.missing, 'num', t, 'num'),
    sortable(t.template, 'num', t, 'num'),
    sortable(t.noTable, 'num', t, 'num'),
    sortable(t.errors, 'num', t, 'num'),
    sortable(t.warnings, 'num', t, 'num'),
    sortable(t.labs, 'num', t, 'num'),
    sortable(t.lastDay, 'text', t),
  ].join('');
  const rows = report.sites.map((site, i) => {
    const name = `<td data-value="${escapeHtml(site.title.toLowerCase())}"><a href="#site-${i}">${escapeHtml(site.title)}</a>${behindBadge(site, t)}<div class="root">${escapeHtml(site.root)}</div></td>`;
    return `<tr>${name}${num(site.progress)}${num(site.missingWeeks.length)}${num(site.templateWeeks.length)}${num(site.noTableWeeks.length)}${num(site.errors)}${num(site.warnings)}${num(site.labs.length)}<td data-value="${site.lastDay ?? ''}">${site.lastDay ?? ''}</td></tr>`;
  });
  return `<section id="cohort"><h2>${escapeHtml(t.cohort)}</h2><div class="wrap"><table class="cohort sortable"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div></section>`;
}

function weekClass(week: WeekReport): string {
  return `s-${week.worst ?? 'clean'}`;
}

function weekMark(week: WeekReport): string {
  return week.template ? 'T' : !week.table ? '∅' : week.errors > 0 ? String(week.errors) : '';
}

function weekGrid(report: CohortReport, t: ReportLabels, open: (page: ReportPage) => string): string {
  const numbers = Array.from({ length: report.weekCount }, (_, i) => i + 1);
  const head = `<tr><th scope="col">${escapeHtml(t.site)}</th>${numbers.map((n) => `<th scope="col" class="num">${n}</th>`).join('')}</tr>`;
  const rows = report.sites.map((site, i) => {
    const byNumber = new Map(site.weeks.map((w) => [w.number, w]));
    const cells = numbers.map((n) => {
      const week = byNumber.get(n);
      if (!week) {
        const missing = site.missingWeeks.includes(n);
        return missing ? `<td class="s-missing" title="${escapeHtml(t.cellMissing(n))}"><span>–</span></td>` : '<td></td>';
      }
      const state = week.template ? ` (${t.stateTemplate})` : !week.table ? ` (${t.stateNoTable})` : '';
      const title = escapeHtml(t.cellWeek(n, week.errors, week.warnings) + state);
      return `<td class="${weekClass(week)}" title="${title}"><a href="#site-${i}-week-${n}"${open(week.pages[0])}>${escapeHtml(weekMark(week))}</a></td>`;
    });
    return `<tr><th scope="row" title="${escapeHtml(site.root)}"><a href="#site-${i}">${escapeHtml(site.title)}</a>${behindBadge(site, t)}</th>${cells.join('')}</tr>`;
  });
  const legend = [
    ['s-clean', t.legendClean],
    ['s-information', t.legendInfo],
    ['s-warning', t.legendWarning],
    ['s-error', t.legendError],
    ['s-missing', t.legendMissing],
  ]
    .map(([c, label]) => `<span class="${c}">${escapeHtml(label)}</span>`)
    .concat([`<span class="mark"><b>T</b> ${escapeHtml(t.stateTemplate)}</span>`, `<span class="mark"><b>∅</b> ${escapeHtml(t.stateNoTable)}</span>`])
    .join('');
  return `<section id="grid"><h2>${escapeHtml(t.weekGrid)}</h2><div class="legend">${legend}</div><div class="wrap"><table class="grid"><thead>${head}</thead><tbody>\n${rows.join('\n')}\n</tbody></table></div></section>`;
}

function similarSection(report: CohortReport, t: ReportLabels, open: (page: ReportPage) => string): string {
  const titleOf = new Map(report.sites.map((s) => [s.root, s.title]));
  const side = (s: { root: string; week: number; page: string; fullPath: string }) =>
    `<b>${escapeHtml(titleOf.get(s.root) ?? s.root)}</b> · ${escapeHtml(t.weekN(s.week))}<div class="root"><span${open({ path: s.page, fullPath: s.fullPath, language: '', line: 1, worst: undefined })}>${escapeHtml(s.page)}</span></div>`;
  const rows = report.similar.map(
    (p) => `<tr><td class="num" data-value="${p.percent}">${p.percent}%</td><td>${side(p.a)}</td><td>${side(p.b)}</td><td><blockquote>${escapeHtml(p.passage)}</blockquote></td></tr>`,
  );
  const table =
    rows.length === 0
      ? `<p class="muted">${escapeHtml(t.noSimilar)}</p>`
      : `<div class="wrap"><table class="similar"><thead><tr><th class="num">${escapeHtml(t.percent)}</th><th>${escapeHtml(t.site)}</th><th>${escapeHtml(t.site)}</th><th>${escapeHtml(t.passage)}</th></tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table></div>`;
  return `<section id="similar"><h2>${escapeHtml(t.similar)}</h2><p class="muted">${escapeHtml(t.similarIntro)}</p>${table}</section>`;
}

function labMatrix(report: CohortReport, t: ReportLabels): string {
  const labs = new Map<string, string | undefined>();
  for (const site of report.sites) for (const lab of site.labs) if (!labs.has(lab.id) || !labs.get(lab.id)) labs.set(lab.id, lab.title);
  if (labs.size === 0) return `<section id="labs"><h2>${escapeHtml(t.labs)}</h2><p class="muted">${escapeHtml(t.noLabs)}</p></section>`;
  const head = `<tr><th scope="col">${escapeHtml(t.lab)}</th>${report.sites.map((s) => `<th scope="col" class="site" title="${escapeHtml(s.root)}">${escapeHtml(s.title)}</th>`).join('')}</tr>`;
  const rows = [...labs].sort(([a], [b]) => a.localeCompare(b)).map(([id, title]) => {
    const cells = report.sites.map((site) => {
      const lab = site.labs.find((l) => l.id === id);
      return lab ? `<td class="hit" title="${escapeHtml(`${site.title}: ${lab.weeks.map((w) => t.weekN(w)).join(', ')}`)}">${lab.weeks.join(', ')}</td>` : '<td></td>';
    });
    return `<tr><th scope="row"><code>${id}</code> ${escapeHtml(title ?? '')}</th>${cells.join('')}</tr>`;
  });
  return `<section id="labs"><h2>${escapeHtml(t.labs)}</h2><div class="wrap"><table class="labs"><thead>${head}</thead><tbody>\n${rows.join('\n')}\n</tbody></table></div></section>`;
}

function siteDetails(site: SiteReport, i: number, report: CohortReport, t: ReportLabels, open: (page: ReportPage) => string): string {
  const facts = [
    [t.languages, escapeHtml(site.languages.join(', '))],
    [t.progress, `${escapeHtml(t.weekN(site.progress))}${site.behind ? ` — ${escapeHtml(t.behindNote(site.progress, report.medianProgress))}` : ''}`],
    [t.missing, list(site.missingWeeks, t)],
    [t.template, list(site.templateWeeks, t)],
    [t.noTable, list(site.noTableWeeks, t)],
    [t.lastDay, escapeHtml(site.lastDay ?? '—')],
  ]
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${v}</dd>`)
    .join('');
  const weeks = site.weeks.map((w) => {
    const pages = w.pages.map((p) => `<span${open(p)}>${escapeHtml(p.path)}</span>`).join('<br>');
    const dates = w.start ? (w.end && w.end !== w.start ? `${w.start} – ${w.end}` : w.start) : '—';
    const state = w.template ? t.stateTemplate : !w.table ? t.stateNoTable : t.stateOk;
    return `<tr id="site-${i}-week-${w.number}"><td class="num ${weekClass(w)}">${w.number}</td><td class="root">${pages}</td><td>${dates}</td><td class="num">${w.errors}</td><td class="num">${w.warnings}</td><td>${escapeHtml(state)}</td></tr>`;
  });
  const weeksTable = `<div class="wrap"><table class="weeks"><thead><tr><th class="num">${escapeHtml(t.week)}</th><th>${escapeHtml(t.pages)}</th><th>${escapeHtml(t.dates)}</th><th class="num">${escapeHtml(t.errors)}</th><th class="num">${escapeHtml(t.warnings)}</th><th>${escapeHtml(t.state)}</th></tr></thead><tbody>${weeks.join('')}</tbody></table></div>`;
  const labs =
    site.labs.length === 0
      ? `<p class="muted">${escapeHtml(t.noLabs)}</p>`
      : `<ul>${site.labs.map((l) => `<li><code>${l.id}</code> ${escapeHtml(l.title ?? '')} <span class="muted">(${escapeHtml(l.weeks.map((w) => t.weekN(w)).join(', '))})</span></li>`).join('')}</ul>`;
  const counts = Object.entries(site.counts);
  const findings =
    counts.length === 0
      ? `<p class="muted">${escapeHtml(t.none)}</p>`
      : `<table class="counts"><thead><tr><th>${escapeHtml(t.code)}</th><th class="num">${escapeHtml(t.count)}</th></tr></thead><tbody>${counts.map(([code, n]) => `<tr><td><code>${escapeHtml(code)}</code></td><td class="num">${n}</td></tr>`).join('')}</tbody></table>`;
  return `<section class="site" id="site-${i}"><h3>${escapeHtml(site.title)}${behindBadge(site, t)}</h3><div class="root">${escapeHtml(site.root)}</div><dl class="facts">${facts}</dl>${weeksTable}<h4>${escapeHtml(t.labs)}</h4>${labs}<h4>${escapeHtml(t.findings)}</h4>${findings}</section>`;
}
