import type { Element, ElementContent, Root, RootContent } from 'hast';

type Child = RootContent | ElementContent;
interface RawNode {
  type: 'raw';
  value: string;
  position?: Element['position'];
}

// Attribute-less inline tags, as worklog cells write them (`<br>`, `<b>…</b>`); anything else goes to the HTML parser.
const SIMPLE_TAG = /^<(\/?)([a-z]+)\s*(\/?)>$/i;
const SIMPLE_NAMES = new Set(['br', 'b', 'strong', 'em', 'i', 'code', 'sub', 'sup']);
const COMMENT = /^<!--(?:(?!-->)[\s\S])*-->$/;

/**
 * Turns the page's raw HTML into elements without the HTML parser when every raw node is a comment or an
 * attribute-less br/b/strong/em/i/code/sub/sup whose open and close tags share one parent (nearly every
 * worklog). Returns false, leaving the tree untouched, when some raw node needs the real parser.
 */
export function simpleRaw(root: Root): boolean {
  if (!check(root.children)) return false;
  root.children = build(root.children) as RootContent[];
  return true;
}

function isRaw(node: Child): node is Child & RawNode {
  return (node as { type: string }).type === 'raw';
}

function check(children: readonly Child[]): boolean {
  const open: string[] = [];
  for (const child of children) {
    if (isRaw(child)) {
      const value = child.value.trim();
      if (COMMENT.test(value)) continue;
      const m = SIMPLE_TAG.exec(value);
      if (!m) return false;
      const name = m[2].toLowerCase();
      if (!SIMPLE_NAMES.has(name)) return false;
      if (name === 'br') continue;
      if (m[3]) return false;
      if (!m[1]) open.push(name);
      else if (open.pop() !== name) return false;
    } else if ('children' in child && !check(child.children)) {
      return false;
    }
  }
  return open.length === 0;
}

function build(children: readonly Child[]): Child[] {
  const root: Child[] = [];
  const frames: { element: Element; list: Child[] }[] = [];
  const current = () => (frames.length > 0 ? frames[frames.length - 1].list : root);
  for (const child of children) {
    if (!isRaw(child)) {
      if (child.type === 'element') child.children = build(child.children) as ElementContent[];
      current().push(child);
      continue;
    }
    const value = child.value.trim();
    if (COMMENT.test(value)) continue;
    const m = SIMPLE_TAG.exec(value) as RegExpExecArray;
    const name = m[2].toLowerCase();
    if (name === 'br') {
      current().push({ type: 'element', tagName: 'br', properties: {}, children: [], position: child.position });
    } else if (!m[1]) {
      const element: Element = { type: 'element', tagName: name, properties: {}, children: [], position: child.position };
      current().push(element);
      frames.push({ element, list: [] });
    } else {
      const frame = frames.pop() as { element: Element; list: Child[] };
      frame.element.children = frame.list as ElementContent[];
      const end = child.position?.end;
      const start = frame.element.position?.start;
      if (start && end) frame.element.position = { start, end };
    }
  }
  return root;
}
