// What the newcomer UI test reads off the workbench: the language status hover and the preview table's layout.
import type { Frame, Page } from 'playwright-core';

/** The members of DOM nodes the in-page callbacks read; the repo's tsconfig has no DOM lib. */
interface DomElement {
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly innerText: string;
  getBoundingClientRect(): { height: number; width: number };
}

/**
 * Opens the status bar's language status (the `{}` beside the language mode) and returns the text of its hover:
 * each item's text, detail and link, one per line. The hover stays open for a screenshot; Escape closes it.
 */
export async function readLanguageStatus(page: Page): Promise<string> {
  const entry = page.locator('[id="status.languageStatus"]');
  await entry.waitFor({ state: 'visible', timeout: 30_000 });
  const items = page.locator('.hover-language-status');
  if (!(await items.first().isVisible().catch(() => false))) await entry.click();
  await items.first().waitFor({ state: 'visible', timeout: 10_000 });
  const texts = await items.evaluateAll((elements: DomElement[]) => elements.map((element) => element.innerText.replace(/\s*\n\s*/g, ' ').trim()));
  return texts.join('\n');
}

/** What a reader of the preview's table would notice: a horizontal scrollbar, dates on several lines, the Task width. */
export async function tableLayout(frame: Frame): Promise<{ overflow: number; tallestDate: number; lineHeight: number; taskShare: number; widest: number; widths: number[] }> {
  const table = frame.locator('#wl-content table').first();
  const overflow = await frame.locator('html').evaluate((root: DomElement) => root.scrollWidth - root.clientWidth);
  const heights = await table.locator('time').evaluateAll((times: DomElement[]) => times.map((t) => t.getBoundingClientRect().height));
  const lineHeight = await table
    .locator('td')
    .first()
    .evaluate((cell: DomElement) => parseFloat((globalThis as unknown as { getComputedStyle(e: unknown): { lineHeight: string } }).getComputedStyle(cell).lineHeight) || 20);
  const widths = await table.locator('tr').first().locator('th').evaluateAll((cells: DomElement[]) => cells.map((c) => c.getBoundingClientRect().width));
  const total = widths.reduce((a, b) => a + b, 0);
  const rounded = widths.map(Math.round);
  return { overflow, tallestDate: Math.max(0, ...heights), lineHeight, taskShare: widths[1] / total, widest: widths.indexOf(Math.max(...widths)), widths: rounded };
}
