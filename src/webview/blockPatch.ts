// How the preview sends an edit: the run of top-level blocks that changed, between the unchanged ones around it.
import type { PatchMessage, UpdateMessage } from './protocol';

/** Replace `deleteCount` blocks from `start` with `blocks`; `before`/`after` are the block counts either side. */
export interface BlockPatch {
  readonly start: number;
  readonly deleteCount: number;
  readonly blocks: readonly string[];
  readonly before: number;
  readonly after: number;
}

/** The smallest single run of blocks that turns `previous` into `next` (equal leading and trailing blocks kept). */
export function blockPatch(previous: readonly string[], next: readonly string[]): BlockPatch {
  let start = 0;
  const shorter = Math.min(previous.length, next.length);
  while (start < shorter && previous[start] === next[start]) start++;
  let tail = 0;
  while (tail < shorter - start && previous[previous.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  return { start, deleteCount: previous.length - start - tail, blocks: next.slice(start, next.length - tail), before: previous.length, after: next.length };
}

/** `blocks` with the patch applied (what the webview's DOM does with its nodes); undefined when the counts disagree. */
export function applyBlockPatch(blocks: readonly string[], patch: BlockPatch): string[] | undefined {
  if (blocks.length !== patch.before || patch.start + patch.deleteCount > blocks.length) return undefined;
  const out = [...blocks.slice(0, patch.start), ...patch.blocks, ...blocks.slice(patch.start + patch.deleteCount)];
  return out.length === patch.after ? out : undefined;
}

/** Characters a patch carries (its blocks' HTML), to compare with posting the whole page. */
export function patchSize(patch: BlockPatch): number {
  return patch.blocks.reduce((n, b) => n + b.length, 0);
}

/**
 * The blocks an edit changed, or the whole page when they are most of it (a patch would save nothing). The
 * origins table goes whole: blocks below an edit keep their HTML but move.
 */
export function patchOrWhole(message: UpdateMessage, shown: readonly string[], blocks: readonly string[]): UpdateMessage | PatchMessage {
  const patch = blockPatch(shown, blocks);
  if (patchSize(patch) * 2 > message.html.length) return message;
  const { resource, title, summary, summaryTitle, counts, locked, line, origins } = message;
  return { type: 'patch', resource, title, summary, summaryTitle, counts, locked, line, origins, start: patch.start, deleteCount: patch.deleteCount, html: patch.blocks.join(''), before: patch.before, after: patch.after };
}
