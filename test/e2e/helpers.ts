// Playwright helpers for driving the real VS Code workbench (code-server 1.139) in the UI E2E tests.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, FrameLocator, Locator, Page } from 'playwright-core';

/** Provided by scripts/host/run-e2e.mjs before mocha loads the test files. */
export interface E2ESession {
  page: Page;
  workbenchUrl: string;
  workspace: string;
  repoRoot: string;
  screenshotsDir: string;
  /** Starts a second workbench as `npm start` does (fresh profile, the example folder); not yet navigated to. */
  startNewcomer(): Promise<{ page: Page; workspace: string; workbenchUrl: string; close(): Promise<void> }>;
  /** Starts a workbench with workspace trust on and test/fixtures/untrusted/site not trusted; not yet navigated to. */
  startUntrusted(): Promise<{ page: Page; workspace: string; workbenchUrl: string; close(): Promise<void> }>;
}

export function session(): E2ESession {
  const provided = (globalThis as { worklogE2E?: E2ESession }).worklogE2E;
  if (!provided) throw new Error('no browser session: run the E2E tests with `npm run test:e2e`');
  return provided;
}

const LONG = 60_000;

/** The few DOM members the in-page callbacks use; the repo's tsconfig has no DOM lib, so they are typed here. */
interface DomNode {
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomNode | null;
  closest(selector: string): DomNode | null;
  readonly textContent: string | null;
  readonly innerText: string;
  readonly classList: { contains(token: string): boolean };
  readonly style: { top: string };
}

async function poll<T>(what: string, timeoutMs: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function ariaLabels(rows: Locator): Promise<string[]> {
  return rows.evaluateAll((elements: DomNode[]) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
}

/** Saves test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = session().screenshotsDir;
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Waits until the workbench shows the Explorer tree of the opened folder. */
export async function waitForWorkbench(page: Page, timeoutMs = 90_000): Promise<void> {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  // An earlier suite may have left a quick input open or another view container in the side bar.
  if (await page.locator('.quick-input-widget').isVisible()) await page.keyboard.press('Escape');
  if (!(await page.locator('.explorer-folders-view').isVisible())) await page.keyboard.press('Control+Shift+E');
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
}

function quickInput(page: Page): Locator {
  return page.locator('.quick-input-widget');
}

/** Rows currently shown by the quick input (Quick Open, command palette, quick picks). */
export async function readQuickPick(page: Page): Promise<string[]> {
  return ariaLabels(quickInput(page).locator('.monaco-list-row'));
}

async function closeQuickInput(page: Page): Promise<void> {
  if (await quickInput(page).isVisible()) {
    await page.keyboard.press('Escape');
    await quickInput(page).waitFor({ state: 'hidden' });
  }
}

/** Rows of the quick input once its search has finished and the list stopped changing (it re-sorts as results arrive). */
async function settledQuickPick(page: Page): Promise<string[]> {
  const progress = quickInput(page).locator('.quick-input-progress');
  let previous = '';
  return poll('the quick input list to settle', 10_000, async () => {
    const busy = await progress.evaluate((element: DomNode) => element.classList.contains('active') && !element.classList.contains('done')).catch(() => false);
    const labels = await readQuickPick(page);
    const key = JSON.stringify(labels);
    const stable = !busy && key === previous;
    previous = key;
    return stable ? labels : undefined;
  }).catch(() => readQuickPick(page));
}

/**
 * Types `text` into a freshly opened quick input, waits for a row accepted by `matches` and selects it with the
 * keyboard (clicking can hit a recycled row); retypes now and then because results can stay empty until the
 * remote search provider registers after startup.
 */
/** `preferred` picks among several matching rows (an exact title over a longer one that starts the same). */
async function pickFromQuickInput(
  page: Page,
  open: () => Promise<void>,
  text: string,
  matches: (label: string) => boolean,
  what: string,
  preferred: (label: string) => boolean = matches,
): Promise<void> {
  await closeQuickInput(page);
  await open();
  const input = quickInput(page).locator('input:not([type="checkbox"])');
  const opened = await input.waitFor({ state: 'visible', timeout: 5_000 }).then(
    () => true,
    () => false,
  );
  if (!opened) {
    // Keys pressed while a webview's frame has the focus go to the frame: give the focus back to the workbench.
    await page.evaluate(() => (globalThis as unknown as { document: { activeElement: { blur?: () => void } | null } }).document.activeElement?.blur?.());
    await open();
    await input.waitFor({ state: 'visible' });
  }
  const deadline = Date.now() + LONG;
  for (;;) {
    // A dialog or notification that takes focus makes the quick input inert or closes it: then it is opened again.
    const filled = await input.fill(text, { timeout: 5_000 }).then(
      () => true,
      () => false,
    );
    if (!filled) {
      await closeQuickInput(page);
      await open();
      await input.waitFor({ state: 'visible', timeout: 5_000 }).catch(() => undefined);
    }
    const seen = filled && (await poll(what, 5_000, async () => ((await readQuickPick(page)).some(matches) ? true : undefined)).catch(() => false));
    if (seen) {
      const labels = await settledQuickPick(page);
      const best = labels.findIndex(preferred);
      const index = best >= 0 ? best : labels.findIndex(matches);
      if (index >= 0) {
        // Arrow keys from the first row: the list keeps the row focus logical, whatever DOM rows it recycles.
        for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
        const focused = await quickInput(page).locator('.monaco-list-row.focused').getAttribute('aria-label').catch(() => null);
        if (focused !== null && matches(focused)) {
          await page.keyboard.press('Enter');
          return;
        }
      }
    }
    if (Date.now() > deadline) {
      throw new Error(`quick input never offered ${what}; rows: ${JSON.stringify(await readQuickPick(page))}`);
    }
    // Clearing and retyping triggers a new search (and resets the focus to the first row).
    await input.fill('');
  }
}

/** Runs a command from the command palette by its exact title, e.g. "View: Close All Editors". */
export async function runCommand(page: Page, title: string): Promise<void> {
  await pickFromQuickInput(
    page,
    () => page.keyboard.press('F1'),
    `>${title}`,
    (label) => label === title || label.startsWith(`${title},`) || label.startsWith(`${title} `),
    `command "${title}"`,
    // "Format Document" over "Format Document With...", "Open Preview" over "Open Preview to the Side".
    (label) => label === title || label.startsWith(`${title},`),
  );
}

/** Names of the output channels ("Output: Show Output Channels..."); an extension creates its own on activation. */
export async function readOutputChannels(page: Page): Promise<string[]> {
  await runCommand(page, 'Output: Show Output Channels...');
  await quickInput(page).locator('.monaco-list-row').first().waitFor({ state: 'visible' });
  const channels = await readQuickPick(page);
  await closeQuickInput(page);
  return channels;
}

/** The text the panel's output editor shows now (its visible lines), whitespace folded. */
export async function outputText(page: Page): Promise<string> {
  const text = await page.locator('.part.panel .monaco-editor .view-lines').first().innerText({ timeout: 2_000 }).catch(() => '');
  return text.replace(/\s+/g, ' ');
}

/** Polls `read` until `accept` passes; returns the last value read either way so the assertion shows it. */
export async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  let last = await read();
  const deadline = Date.now() + timeoutMs;
  while (!accept(last) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    last = await read();
  }
  return last;
}

/** The editor that currently has focus in the active editor group. */
export function activeEditor(page: Page): Locator {
  return page.locator('.editor-group-container.active .editor-instance .monaco-editor[data-uri]').first();
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits until the editor shows exactly that file. */
export async function openFile(page: Page, relativePath: string): Promise<Locator> {
  const base = path.posix.basename(relativePath);
  const dir = path.posix.dirname(relativePath);
  const wanted = dir === '.' ? base : `${base} ${dir}`;
  const expected = path.posix.join(session().workspace, relativePath);
  const editor = activeEditor(page);
  const shownPath = async (): Promise<string | undefined> => {
    const uri = await editor.getAttribute('data-uri', { timeout: 1_000 }).catch(() => null);
    return uri ? decodeURIComponent(new URL(uri).pathname) : undefined;
  };
  let shown: string | undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    await pickFromQuickInput(
      page,
      () => page.keyboard.press('Control+P'),
      relativePath,
      (label) => label === wanted || label.startsWith(`${wanted},`),
      `file ${relativePath}`,
    );
    await quickInput(page).waitFor({ state: 'hidden' });
    // The whole path: several sites in the fixture share the tail "content/1-Worklog/1.1-Week1/_index.md".
    shown = await poll(`an editor for ${relativePath}`, 20_000, async () => ((await shownPath()) === expected ? expected : undefined)).catch(() => shownPath());
    if (shown === expected) return editor;
  }
  throw new Error(`Quick Open did not open ${expected}; the active editor shows ${shown ?? 'nothing'}`);
}

/** Text of the lines the active editor currently renders (only the visible part of long files). */
export async function readEditorText(page: Page): Promise<string> {
  const lines = activeEditor(page).locator('.view-lines .view-line');
  const rendered = await lines.evaluateAll((elements: DomNode[]) =>
    elements
      .map((element) => ({ top: parseFloat(element.style.top) || 0, text: element.textContent ?? '' }))
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text.replace(/\u00a0/g, ' ')),
  );
  return rendered.join('\n');
}

/** Labels of the editor tabs in the active group, the active one marked with a leading "*". */
export async function readTabs(page: Page): Promise<string[]> {
  return page
    .locator('.editor-group-container.active .tabs-container .tab')
    .evaluateAll((tabs: DomNode[]) => tabs.map((tab) => `${tab.classList.contains('active') ? '*' : ''}${tab.getAttribute('aria-label') ?? ''}`));
}

export async function closeAllEditors(page: Page): Promise<void> {
  await runCommand(page, 'View: Close All Editors');
  await page.locator('.editor-group-container.active .monaco-editor[data-uri]').waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
}

/** Moves the cursor of the active editor to a 1-based line and column (Go to Line, Ctrl+G). */
export async function goToPosition(page: Page, line: number, column = 1): Promise<void> {
  await activeEditor(page).click({ position: { x: 5, y: 5 } }).catch(() => undefined);
  await page.keyboard.press('Control+G');
  const input = quickInput(page).locator('input:not([type="checkbox"])');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await quickInput(page).waitFor({ state: 'hidden' });
}

export interface ProblemEntry {
  /** 'file' rows group the markers of one resource, 'marker' rows are diagnostics, 'related' rows their related information. */
  kind: 'file' | 'marker' | 'related';
  ariaLabel: string;
  text: string;
  /** File and marker rows: the resource as the panel labels it, e.g. "site-c/content/1-Worklog/1.2-Week2/_index.md". */
  resource?: string;
  /** Marker rows only: 'error' | 'warning' | 'info' as shown by the icon. */
  severity?: string;
  message?: string;
  source?: string;
  code?: string;
  /** Marker rows only: where the code's link points (the rule reference), when the code is shown as a link. */
  codeLink?: string;
  /** Marker rows only, as shown: "[Ln 4, Col 9]". */
  position?: string;
}

/** Opens the Problems panel (Ctrl+Shift+M) if it is not visible yet. */
export async function openProblems(page: Page): Promise<Locator> {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
  await panel.waitFor({ state: 'visible', timeout: 10_000 });
  return panel;
}

/** Sets the Problems filter box, e.g. to a workspace-relative path so only that file's rows show ('' clears it). */
export async function filterProblems(page: Page, filter: string): Promise<void> {
  await openProblems(page);
  const input = page.locator('input[aria-label="Filter Problems"]');
  if ((await input.inputValue()) === filter) return;
  await input.fill(filter);
  // The panel applies the filter after a short debounce.
  await page.waitForTimeout(700);
}

/**
 * Rows the Problems panel renders right now (the list is virtualised: only rows in view). The extension lints
 * the whole workspace, so pass `filter` (a relative path) to see one file's rows.
 */
export async function readProblems(page: Page, filter?: string): Promise<ProblemEntry[]> {
  const panel = await openProblems(page);
  if (filter !== undefined) await filterProblems(page, filter);
  return panel.locator('.monaco-list-row').evaluateAll((rows: DomNode[]) => {
    let resource: string | undefined;
    return rows.map((row): ProblemEntry => {
      const text = (selector: string): string | undefined => row.querySelector(selector)?.textContent?.trim() || undefined;
      const base = { ariaLabel: row.getAttribute('aria-label') ?? '', text: row.innerText.replace(/\s+/g, ' ').trim() };
      const icon = row.querySelector('.marker-icon');
      if (row.getAttribute('aria-level') === '1') {
        const name = text('.label-name');
        const dir = text('.label-description');
        resource = dir && name ? `${dir}/${name}` : name;
        return { kind: 'file', ...base, resource };
      }
      if (!icon) return { kind: 'related', ...base };
      return {
        kind: 'marker',
        ...base,
        resource,
        severity: ['error', 'warning', 'info'].find((name) => icon.classList.contains(name)),
        message: text('.marker-message'),
        source: text('.marker-source'),
        code: text('.marker-code'),
        codeLink: (() => {
          // The workbench wraps the code in its link: <a class="monaco-link" href=…><div class="marker-code">.
          const link = row.querySelector('.marker-code')?.closest('a');
          return link?.getAttribute('href') || undefined;
        })(),
        position: text('.marker-line'),
      };
    });
  });
}

/** Polls the Problems panel until `accept` passes; diagnostics arrive asynchronously after a file opens. */
export async function waitForProblems(
  page: Page,
  accept: (entries: ProblemEntry[]) => boolean,
  options: { filter?: string; timeoutMs?: number } = {},
): Promise<ProblemEntry[]> {
  let last: ProblemEntry[] = [];
  try {
    return await poll('the expected Problems entries', options.timeoutMs ?? 30_000, async () => {
      last = await readProblems(page, options.filter);
      return accept(last) ? last : undefined;
    });
  } catch (error) {
    throw new Error(`${(error as Error).message}; last rows: ${JSON.stringify(last.map((entry) => entry.text), null, 1)}`);
  }
}

export interface TreeItem {
  label: string;
  level: number;
  expanded: boolean | undefined;
}

/** The pane (view) in a sidebar or panel whose header title is `viewTitle`, e.g. "Outline" or "Timeline". */
export function view(page: Page, viewTitle: string): Locator {
  return page.locator('.pane').filter({ has: page.locator('.pane-header h3.title', { hasText: viewTitle }) }).first();
}

/** Shows a view by name through "View: Open View..." (works for views in any container, e.g. the extension's own). */
export async function openView(page: Page, viewName: string): Promise<Locator> {
  await pickFromQuickInput(
    page,
    () => page.keyboard.press('F1'),
    `view ${viewName}`,
    (label) => label === viewName || label.startsWith(`${viewName},`),
    `view "${viewName}"`,
  );
  const pane = view(page, viewName);
  await pane.waitFor({ state: 'visible', timeout: 10_000 });
  return pane;
}

/** Rows of a tree view; `viewTitle` is the header of its pane (expanded if collapsed), or omit it for the file Explorer. */
export async function readTreeItems(page: Page, viewTitle?: string): Promise<TreeItem[]> {
  let container = page.locator('.explorer-folders-view');
  if (viewTitle) {
    container = view(page, viewTitle);
    const header = container.locator('.pane-header');
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  }
  await container.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
  return container.locator('.monaco-list-row').evaluateAll((rows: DomNode[]) =>
    rows.map((row) => {
      const expanded = row.getAttribute('aria-expanded');
      return {
        label: row.getAttribute('aria-label') ?? row.innerText.trim(),
        level: Number(row.getAttribute('aria-level') ?? '1'),
        expanded: expanded === null ? undefined : expanded === 'true',
      };
    }),
  );
}

/** Shows the hover at a position of the active editor (Ctrl+K Ctrl+I) and returns its text; `keepOpen` for a screenshot. */
export async function readHover(page: Page, line: number, column: number, options: { keepOpen?: boolean } = {}): Promise<string> {
  await goToPosition(page, line, column);
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    if (await hover.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) break;
  }
  await hover.waitFor({ state: 'visible', timeout: 5_000 });
  const text = await hover.innerText();
  if (!options.keepOpen) await page.keyboard.press('Escape');
  return text.trim();
}

/** Triggers suggestions at a position of the active editor (Ctrl+Space) and returns the labels. */
export async function readCompletions(page: Page, line: number, column: number): Promise<string[]> {
  await goToPosition(page, line, column);
  const widget = page.locator('.editor-widget.suggest-widget');
  await page.keyboard.press('Control+Space');
  await widget.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 15_000 });
  const labels = await widget
    .locator('.monaco-list-row')
    .evaluateAll((rows: DomNode[]) => rows.map((row) => row.querySelector('.label-name')?.textContent ?? row.getAttribute('aria-label') ?? ''));
  await page.keyboard.press('Escape');
  return labels;
}

/** The inner document of a webview (editor or view); `index` picks among several visible webviews. */
export function webview(page: Page, index = 0): FrameLocator {
  return page.frameLocator('iframe.webview.ready').nth(index).frameLocator('iframe#active-frame');
}

/** Waits for a webview to render and returns its body text. */
export async function readWebview(page: Page, index = 0): Promise<string> {
  const body = webview(page, index).locator('body');
  await body.waitFor({ state: 'attached', timeout: 30_000 });
  return poll('webview content', 30_000, async () => {
    const text = (await body.innerText().catch(() => '')).trim();
    return text.length > 0 ? text : undefined;
  });
}

/**
 * The frame whose document holds `selector`: code-server nests each webview (an outer `iframe.webview` and, inside
 * it, the content in `iframe#active-frame`), so every frame is searched whatever the nesting.
 */
export async function frameShowing(page: Page, selector: string, timeoutMs = 60_000): Promise<Frame> {
  return poll(`a webview showing ${selector}`, timeoutMs, async () => {
    for (const frame of page.frames()) {
      if (frame.isDetached()) continue;
      if ((await frame.locator(selector).count().catch(() => 0)) > 0) return frame;
    }
    return undefined;
  });
}
