import type { Element, ElementContent, Properties, Root, RootContent, Text } from 'hast';

/** A hast element built by the renderer itself (never from page HTML). */
export function el(tagName: string, properties: Properties, children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

export function txt(value: string): Text {
  return { type: 'text', value };
}

/** 0-based source line where a node starts, or undefined for generated nodes. */
export function startLine(node: RootContent | ElementContent | Root): number | undefined {
  const line = node.position?.start?.line;
  return typeof line === 'number' ? line - 1 : undefined;
}

export function startOffset(node: RootContent | ElementContent | Root): number | undefined {
  const offset = node.position?.start?.offset;
  return typeof offset === 'number' ? offset : undefined;
}

export function endOffset(node: RootContent | ElementContent | Root): number | undefined {
  const offset = node.position?.end?.offset;
  return typeof offset === 'number' ? offset : undefined;
}

export function endLine(node: RootContent | ElementContent | Root): number | undefined {
  const line = node.position?.end?.line;
  return typeof line === 'number' ? line - 1 : undefined;
}

/** Adds classes to an element, keeping the ones the renderer set before (page HTML has none left). */
export function addClass(node: Element, ...names: string[]): void {
  const current = node.properties.className;
  const list = Array.isArray(current) ? current.map(String) : [];
  for (const name of names) if (!list.includes(name)) list.push(name);
  node.properties.className = list;
}

/** The text a reader sees inside a node. */
export function textOf(node: RootContent | ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c)).join('');
  return '';
}
