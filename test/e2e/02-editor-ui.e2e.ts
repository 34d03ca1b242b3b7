// The editor UI the extension feeds, as a person sees it: Problems panel entries and hovers.
import * as assert from 'node:assert/strict';
import {
  closeAllEditors,
  eventually,
  filterProblems,
  openFile,
  readHover,
  readProblems,
  screenshot,
  session,
  waitForProblems,
  waitForWorkbench,
  type ProblemEntry,
} from './helpers';

// A fixture page with known worklog findings (see test/integration/diagnostics.test.ts).
const pageWithFindings = 'site-c/content/1-Worklog/1.2-Week2/_index.md';
const pageWithDateAndLinkProblems = 'site-c/content/1-Worklog/1.3-Week3/_index.md';

function worklogMarkers(entries: ProblemEntry[]): ProblemEntry[] {
  return entries.filter((entry) => entry.kind === 'marker' && entry.source === 'worklog');
}

describe('Editor UI fed by the extension', () => {
  before(async () => {
    await waitForWorkbench(session().page);
  });

  afterEach(async () => {
    await filterProblems(session().page, '');
    await closeAllEditors(session().page);
  });

  it('lists worklog diagnostics in the Problems panel and shows them on hover', async () => {
    const { page } = session();
    await openFile(page, pageWithFindings);
    const entries = await waitForProblems(page, (rows) => worklogMarkers(rows).length > 0, { filter: pageWithFindings });
    const marker = worklogMarkers(entries)[0];
    assert.equal(marker.resource, pageWithFindings);
    assert.ok(marker.message && marker.code, `marker without message or code: ${JSON.stringify(marker)}`);
    await screenshot(page, 'e2e-03-problems');

    // A message can still change once the workspace scan has read the sibling weeks, so compare fresh pairs.
    const [hover, shown] = await eventually(
      async () => {
        const current = worklogMarkers(await readProblems(page, pageWithFindings)).find((entry) => entry.position === marker.position);
        const position = /Ln (\d+), Col (\d+)/.exec(current?.position ?? '');
        const text = position ? await readHover(page, Number(position[1]), Number(position[2]), { keepOpen: true }) : '';
        return [text, current?.message ?? ''] as const;
      },
      ([text, message]) => message !== '' && text.includes(message),
    );
    await screenshot(page, 'e2e-04-hover');
    await page.keyboard.press('Escape');
    assert.ok(shown !== '' && hover.includes(shown), `hover: ${hover}\nproblem: ${shown}`);
  });

  it('shows a bad date and a broken lab link in the Problems panel, each code linked to its rule', async () => {
    const { page } = session();
    await openFile(page, pageWithDateAndLinkProblems);
    const entries = await waitForProblems(
      page,
      (rows) => ['date.invalid', 'link.lab-malformed', 'link.lab-insecure'].every((code) => worklogMarkers(rows).some((m) => m.code?.includes(code))),
      { filter: pageWithDateAndLinkProblems },
    );
    await screenshot(page, 'e2e-06-problems-date-and-lab-link');
    const markers = worklogMarkers(entries);
    const date = markers.find((m) => m.code?.includes('date.invalid'));
    const lab = markers.find((m) => m.code?.includes('link.lab-malformed'));
    assert.equal(date?.severity, 'error');
    assert.match(date?.message ?? '', /09\/31\/2025 is not a date/);
    assert.equal(date?.position, '[Ln 18, Col 33]');
    assert.equal(lab?.severity, 'error');
    assert.match(lab?.message ?? '', /00005/);
    assert.equal(lab?.position, '[Ln 18, Col 60]');
    for (const marker of [date, lab]) {
      assert.match(marker?.codeLink ?? '', /docs\/rules\.md#(dateinvalid|linklab-malformed)$/, `code link of ${JSON.stringify(marker)}`);
    }
  });
});
