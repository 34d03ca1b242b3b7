// The one message protocol between the preview panel (extension host) and its webview script; no DOM, no vscode.

/** Problem counts shown in the summary line. */
export interface SummaryCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly information: number;
  readonly hints: number;
}

/** Extension → webview: new content for the page, replacing the body in place so the scroll position stays. */
export interface UpdateMessage {
  readonly type: 'update';
  /** The page's URI, kept in the webview state so a reload restores the same page. */
  readonly resource: string;
  readonly html: string;
  /**
   * `[line, offset]` per top-level node of `html`, flat: a node's `data-line` / `data-offset` values count from its
   * origin, so blocks below an edit keep their HTML and a patch need not resend them.
   */
  readonly origins: readonly number[];
  readonly title: string;
  /** Localised summary line, e.g. "2 errors, 3 warnings". */
  readonly summary: string;
  /** Localised tooltip of the summary line. */
  readonly summaryTitle: string;
  readonly counts: SummaryCounts;
  readonly locked: boolean;
  /** The editor's cursor line, so the first paint already shows it. */
  readonly line: number | undefined;
}

/**
 * Extension → webview: the page changed in a few top-level blocks; replace `deleteCount` of the content's nodes
 * from `start` with `html` (counts before and after let the webview check it holds what the extension thinks).
 * `origins` is the whole page's table after the change: blocks below an edit keep their HTML but move.
 */
export interface PatchMessage extends Omit<UpdateMessage, 'type' | 'html'> {
  readonly type: 'patch';
  readonly start: number;
  readonly deleteCount: number;
  readonly html: string;
  readonly before: number;
  readonly after: number;
}

/** Extension → webview: the editor's cursor moved to this 0-based line. */
export interface ScrollToLineMessage {
  readonly type: 'scrollToLine';
  readonly line: number;
}

/** Extension → webview: the render failed; the previous content stays with this note above it. */
export interface ErrorMessage {
  readonly type: 'error';
  readonly message: string;
}

export type ExtensionMessage = UpdateMessage | PatchMessage | ScrollToLineMessage | ErrorMessage;

/** Webview → extension: the script has loaded and can receive updates. */
export interface ReadyMessage {
  readonly type: 'ready';
}

/** Webview → extension: the user clicked an element of the page; show that place in the editor. */
export interface RevealMessage {
  readonly type: 'reveal';
  readonly line: number;
  /** Text offset of a table cell's content start, when a cell was clicked. */
  readonly offset?: number;
}

/** Webview → extension: a patch did not fit the content shown; send the whole page. */
export interface ResyncMessage {
  readonly type: 'resync';
}

/** Webview → extension: the user clicked a link that leaves the preview. */
export interface OpenLinkMessage {
  readonly type: 'openLink';
  readonly href: string;
  readonly kind: 'external' | 'local';
}

/** Webview → extension: the user clicked the summary line. */
export interface ShowProblemsMessage {
  readonly type: 'showProblems';
}

export type WebviewMessage = ReadyMessage | ResyncMessage | RevealMessage | OpenLinkMessage | ShowProblemsMessage;

/** What the webview keeps with `vscode.setState`, handed back to the serializer after a window reload. */
export interface PreviewState {
  readonly resource: string;
  readonly locked: boolean;
  readonly scrollY: number;
}

const MAX_HREF = 8192;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLineNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 10_000_000;
}

/** Checks a message from the webview field by field; anything unexpected is refused (undefined), never trusted. */
export function parseWebviewMessage(value: unknown): WebviewMessage | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'ready':
      return { type: 'ready' };
    case 'resync':
      return { type: 'resync' };
    case 'showProblems':
      return { type: 'showProblems' };
    case 'reveal':
      if (!isLineNumber(value.line)) return undefined;
      if (value.offset !== undefined && !isLineNumber(value.offset)) return undefined;
      return value.offset === undefined ? { type: 'reveal', line: value.line } : { type: 'reveal', line: value.line, offset: value.offset };
    case 'openLink':
      if (typeof value.href !== 'string' || value.href.length === 0 || value.href.length > MAX_HREF) return undefined;
      if (value.kind !== 'external' && value.kind !== 'local') return undefined;
      return { type: 'openLink', href: value.href, kind: value.kind };
    default:
      return undefined;
  }
}

/** Reads the state a serializer receives; undefined when it is not one of ours. */
export function parsePreviewState(value: unknown): PreviewState | undefined {
  if (!isRecord(value) || typeof value.resource !== 'string' || value.resource === '') return undefined;
  const scrollY = typeof value.scrollY === 'number' && Number.isFinite(value.scrollY) && value.scrollY >= 0 ? value.scrollY : 0;
  return { resource: value.resource, locked: value.locked === true, scrollY };
}
