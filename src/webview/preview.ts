// The preview's own script inside the webview: applies updates in place, keeps the scroll, and reports clicks.
import { ExtensionMessage, PatchMessage, PreviewState, UpdateMessage, WebviewMessage, parsePreviewState } from './protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const content = document.getElementById('wl-content') as HTMLElement;
const summary = document.getElementById('wl-summary') as HTMLButtonElement;
const errorBox = document.getElementById('wl-error') as HTMLElement;

const saved = parsePreviewState(vscode.getState());
let resource = saved?.resource ?? document.body.dataset.resource ?? '';
let locked = saved?.locked ?? document.body.dataset.locked === 'true';
// After a window reload the first update restores where the reader was.
let pendingScroll: number | undefined = saved && saved.scrollY > 0 ? saved.scrollY : undefined;
let cursorLine: number | undefined;
// `[line, offset]` per node of the content, flat: its data-line / data-offset values count from there.
let origins: readonly number[] = [];
let firstUpdate = true;

function saveState(): void {
  if (resource) vscode.setState({ resource, locked, scrollY: Math.round(window.scrollY) });
}

function applyUpdate(message: UpdateMessage): void {
  content.innerHTML = message.html;
  origins = message.origins;
  applyPage(message);
}

/**
 * Replaces only the top-level nodes an edit changed, so a long page is not parsed and laid out again for one
 * keystroke; when the content is not what the extension patched against, asks for the whole page instead.
 */
function applyPatch(message: PatchMessage): void {
  const nodes = content.childNodes;
  if (message.resource !== resource || nodes.length !== message.before || message.start + message.deleteCount > nodes.length) {
    vscode.postMessage({ type: 'resync' });
    return;
  }
  const template = document.createElement('template');
  template.innerHTML = message.html;
  const after = nodes[message.start + message.deleteCount] ?? null;
  for (let i = 0; i < message.deleteCount; i++) nodes[message.start].remove();
  content.insertBefore(template.content, after);
  if (content.childNodes.length !== message.after || message.origins.length !== message.after * 2) {
    vscode.postMessage({ type: 'resync' });
    return;
  }
  origins = message.origins;
  applyPage(message);
}

/** What every update sets besides the content: title, summary line, cursor mark, saved state. */
function applyPage(message: UpdateMessage | PatchMessage): void {
  resource = message.resource;
  locked = message.locked;
  document.title = message.title;
  summary.textContent = message.summary;
  summary.title = message.summaryTitle;
  summary.classList.toggle('wl-has-errors', message.counts.errors > 0);
  summary.classList.toggle('wl-has-warnings', message.counts.errors === 0 && message.counts.warnings > 0);
  errorBox.hidden = true;
  if (message.line !== undefined) cursorLine = message.line;
  if (pendingScroll !== undefined) {
    window.scrollTo(0, pendingScroll);
    pendingScroll = undefined;
    markLine(cursorLine, false);
  } else {
    markLine(cursorLine, firstUpdate);
  }
  firstUpdate = false;
  saveState();
}

/** The index of the content's top-level node holding `node`, whose origin its positions count from. */
function blockIndexOf(node: Node): number {
  let top: Node = node;
  while (top.parentNode && top.parentNode !== content) top = top.parentNode;
  return top.parentNode === content ? Array.prototype.indexOf.call(content.childNodes, top) : -1;
}

/** An element's page line, or page offset: its data attribute plus its block's origin. */
function pagePosition(element: HTMLElement, which: 'line' | 'offset', block = blockIndexOf(element)): number {
  const value = Number(element.dataset[which]);
  const origin = origins[block * 2 + (which === 'line' ? 0 : 1)];
  return block >= 0 && Number.isInteger(value) && Number.isInteger(origin) ? origin + value : NaN;
}

/** The element a source line belongs to: the last one in document order starting at or before it; a cell's row. */
function elementForLine(line: number): HTMLElement | undefined {
  let best: HTMLElement | undefined;
  content.childNodes.forEach((node, block) => {
    // A block's origin is its smallest line: a block starting below the line holds nothing at or before it.
    if (!(node instanceof HTMLElement) || !(origins[block * 2] <= line)) return;
    for (const element of [node, ...node.querySelectorAll<HTMLElement>('[data-line]')]) {
      if (pagePosition(element, 'line', block) <= line) best = element;
    }
  });
  const row = best?.closest('tr');
  return row instanceof HTMLElement && content.contains(row) ? row : best;
}

function markLine(line: number | undefined, scroll: boolean): void {
  content.querySelectorAll('.wl-cursor-line').forEach((element) => element.classList.remove('wl-cursor-line'));
  if (line === undefined) return;
  const element = elementForLine(line);
  if (!element) return;
  element.classList.add('wl-cursor-line');
  if (!scroll) return;
  const box = element.getBoundingClientRect();
  // Only scroll when the element is out of view, so moving the cursor within a visible row does not jump.
  if (box.top < 0 || box.bottom > window.innerHeight) element.scrollIntoView({ block: 'center' });
}

function scrollToAnchor(fragment: string): void {
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    // Keep the fragment as written.
  }
  const target = document.getElementById(id) ?? document.getElementById(`user-content-${id}`) ?? document.getElementsByName(id)[0];
  target?.scrollIntoView({ block: 'start' });
}

function openLink(link: HTMLAnchorElement): void {
  const href = link.getAttribute('href') ?? '';
  if (href === '') return;
  if (href.startsWith('#')) {
    scrollToAnchor(href.slice(1));
    return;
  }
  const external = link.dataset.link === 'external' || /^(https?|mailto):/i.test(href);
  vscode.postMessage({ type: 'openLink', href, kind: external ? 'external' : 'local' });
}

content.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : undefined;
  if (!target) return;
  const link = target.closest('a');
  if (link) {
    event.preventDefault();
    // VS Code's own handler on the webview's window would open the link a second time (a second prompt, or a
    // relative link resolved against the webview's address): the extension alone decides what a click opens.
    event.stopPropagation();
    openLink(link);
    return;
  }
  // A drag that selected text is a copy, not a jump to the source.
  if (!(document.getSelection()?.isCollapsed ?? true)) return;
  const cell = target.closest<HTMLElement>('[data-offset]');
  const block = target.closest<HTMLElement>('[data-line]');
  const clicked = cell ?? block;
  const line = clicked ? pagePosition(clicked, 'line') : NaN;
  if (!Number.isInteger(line) || line < 0) return;
  const offset = cell ? pagePosition(cell, 'offset') : NaN;
  vscode.postMessage(Number.isInteger(offset) && offset >= 0 ? { type: 'reveal', line, offset } : { type: 'reveal', line });
});

summary.addEventListener('click', () => vscode.postMessage({ type: 'showProblems' }));

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('scroll', () => {
  clearTimeout(scrollTimer);
  scrollTimer = setTimeout(saveState, 100);
});

window.addEventListener('message', (event: MessageEvent<ExtensionMessage>) => {
  const message = event.data;
  if (typeof message !== 'object' || message === null) return;
  switch (message.type) {
    case 'update':
      applyUpdate(message);
      break;
    case 'patch':
      applyPatch(message);
      break;
    case 'scrollToLine':
      cursorLine = message.line;
      markLine(message.line, true);
      break;
    case 'error':
      errorBox.textContent = message.message;
      errorBox.hidden = false;
      break;
  }
});

vscode.postMessage({ type: 'ready' });
