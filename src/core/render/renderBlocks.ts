import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { Processor, unified } from 'unified';

/**
 * Where the rendered `data-line` / `data-offset` attributes count from: `page` writes the page's own lines and
 * offsets; `block` writes them relative to their top-level block's origin, so a block below an edit renders to the
 * same HTML as before and the preview need not send it again.
 */
export type PositionMode = 'page' | 'block';

export interface TopLevelBlocks {
  readonly blocks: string[];
  /** `[line, offset]` per block, flat: add them to the block's `data-line` / `data-offset` (zeros in `page` mode). */
  readonly origins: number[];
}

let stringifier: Processor<undefined, undefined, undefined, Root, string> | undefined;

/** Each top-level element's HTML, and the text between them merged into one piece (a DOM holds it as one node). */
export function topLevelBlocks(body: Root, mode: PositionMode): TopLevelBlocks {
  stringifier ??= unified().use(rehypeStringify, { characterReferences: { useNamedReferences: false } }).freeze();
  const blocks: string[] = [];
  const origins: number[] = [];
  let textRun = false;
  let line = 0;
  let offset = 0;
  for (const child of body.children) {
    // A block's origin is the smallest line and offset it carries, so every relative value is ≥ 0.
    if (mode === 'block' && child.type === 'element') {
      const least = leastPositions(child);
      line = least.line ?? line;
      offset = least.offset ?? 0;
      if (least.line !== undefined || least.offset !== undefined) shiftPositions(child, least.line ?? 0, least.offset ?? 0);
    }
    const html = stringifier.stringify({ type: 'root', children: [child] });
    if (html === '') continue;
    const isText = child.type === 'text';
    if (isText && textRun) blocks[blocks.length - 1] += html;
    else {
      blocks.push(html);
      // Text between blocks carries no positions: it takes the origin before it, which keeps the table smooth.
      origins.push(mode === 'block' ? line : 0, mode === 'block' && !isText ? offset : 0);
    }
    textRun = isText;
  }
  return { blocks, origins };
}

function leastPositions(node: Element): { line?: number; offset?: number } {
  let line: number | undefined;
  let offset: number | undefined;
  const visit = (n: Element) => {
    const l = n.properties.dataLine;
    const o = n.properties.dataOffset;
    if (typeof l === 'number' && (line === undefined || l < line)) line = l;
    if (typeof o === 'number' && (offset === undefined || o < offset)) offset = o;
    for (const c of n.children) if (c.type === 'element') visit(c);
  };
  visit(node);
  return { line, offset };
}

function shiftPositions(node: Element, line: number, offset: number): void {
  const l = node.properties.dataLine;
  const o = node.properties.dataOffset;
  if (typeof l === 'number') node.properties.dataLine = l - line;
  if (typeof o === 'number') node.properties.dataOffset = o - offset;
  for (const c of node.children as (ElementContent | RootContent)[]) if (c.type === 'element') shiftPositions(c, line, offset);
}
