// The Weeks view's model (src/core/workspace/weeksModel.ts) on a corpus: cold build, one changed page, heap it holds.
import { median, now, retainedHeap } from './measure.mjs';

/**
 * Builds what the view shows first: every site expanded, so each week row with its page's date range (day rows and
 * twin rows wait until a week is expanded). Page-alone date-order decisions are made by the checker before the view
 * asks, as in the extension, so they are warmed outside the timing.
 */
function buildShown(core, pages) {
  const index = new core.WeeksIndex();
  index.reset(pages);
  let rows = 0;
  for (const site of index.all()) {
    for (const slot of site.weeks) {
      rows++;
      if (slot.pages.length > 0) index.outline(slot.pages[0]);
    }
  }
  return { index, rows };
}

/** Expands every week: twin rows and day rows of every page. */
function expandAll(index) {
  let days = 0;
  for (const site of index.all()) for (const slot of site.weeks) for (const page of slot.pages) days += index.outline(page).days.length;
  return days;
}

/**
 * Measures on parsed copies of `docs` ({ path, text }): the cold build (median of `runs`, each on freshly parsed pages so no
 * cache carries over), the update after one page's text changes (re-parse that page, rebuild its site, outline it), and the
 * heap the model holds beyond the pages themselves.
 */
export function measureWeeks(core, docs, runs = 5) {
  const parseAll = () => {
    const pages = docs.map((d) => core.parsePage(d.path, d.text)).filter((p) => p.identity.kind !== 'other');
    for (const page of pages) core.decideDateOrder(page);
    return pages;
  };
  const cold = [];
  const expand = [];
  let shown;
  for (let i = 0; i < runs + 1; i++) {
    const pages = parseAll();
    const t0 = now();
    shown = buildShown(core, pages);
    const t1 = now();
    expandAll(shown.index);
    if (i > 0) {
      cold.push(t1 - t0);
      expand.push(now() - t1);
    }
  }
  const pages = parseAll();
  const { index } = buildShown(core, pages);
  const weekPages = pages.filter((p) => p.identity.kind === 'week');
  const target = weekPages[Math.floor(weekPages.length / 2)];
  const site = core.siteKey(target.path);
  const others = pages.filter((p) => p !== target && core.siteKey(p.path) === site);
  let current = target;
  const update = [];
  const withParse = [];
  let rows = 0;
  for (let i = 0; i < 50; i++) {
    // A keystroke in a Task cell: the page's text changes, everything else stays.
    const text = current.text.replace(/\| - \*\*/, i % 2 === 0 ? '| - **x' : '| - **');
    const t0 = now();
    const next = core.parsePage(current.path, text);
    const t1 = now();
    index.update(site, others.concat(next));
    for (const slot of index.site(site).weeks) for (const page of slot.pages) rows += index.outline(page).days.length;
    const t2 = now();
    update.push(t2 - t1);
    withParse.push(t2 - t0);
    current = next;
  }
  if (rows === 0) throw new Error('the changed site shows no day rows');
  const heap = retainedHeap(() => {
    const built = buildShown(core, pages);
    expandAll(built.index);
    return built;
  });
  return {
    pages: pages.length,
    sites: index.all().length,
    rows: shown.rows,
    coldMs: median(cold),
    expandMs: median(expand),
    updateMs: median(update),
    updateWithParseMs: median(withParse),
    heapPerPage: heap.bytes === undefined ? undefined : heap.bytes / pages.length,
  };
}

export const WEEKS_GOALS = { coldMs: 1000, updateMs: 20 };

/** Adds the Weeks view's rows to the benchmark table; `row(label, get)` reads each corpus result's `weeks`. */
export function reportWeeks(row, fmt) {
  row('Weeks view model: sites / week rows', (r) => `${fmt(r.weeks.sites, 0)} / ${fmt(r.weeks.rows, 0)}`);
  row(`  cold build, week rows with their ranges (ms; goal ≤ ${WEEKS_GOALS.coldMs})`, (r) => fmt(r.weeks.coldMs, 1));
  row('  then every week expanded: twins and day rows (ms)', (r) => fmt(r.weeks.expandMs, 1));
  row(`  one page changed: rebuild its site (ms; goal ≤ ${WEEKS_GOALS.updateMs})`, (r) => fmt(r.weeks.updateMs, 2));
  row('  the same with the page re-parsed (ms)', (r) => fmt(r.weeks.updateWithParseMs, 2));
  row('  heap held by the model per page, all expanded (KB)', (r) => (r.weeks.heapPerPage === undefined ? 'n/a' : fmt(r.weeks.heapPerPage / 1024, 2)));
}
