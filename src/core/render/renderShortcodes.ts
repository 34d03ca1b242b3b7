import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { RenderLabels } from './renderLabels';
import { el, endLine, startLine, txt } from './renderHast';
import type { LineIndex } from '../page/text';

/** A Hugo shortcode written alone on its line: `{{% notice info %}}`, `{{< youtube id >}}`, with its closing line if any. */
export interface Shortcode {
  readonly name: string;
  readonly positional: readonly string[];
  readonly named: Readonly<Record<string, string>>;
  /** 0-based lines of the opening and closing tags; `close` undefined for a shortcode without a body. */
  readonly open: number;
  readonly close: number | undefined;
  /** Shortcodes paired inside this one's body. */
  readonly inner: Shortcode[];
}

const LINE = /^[ \t]{0,3}\{\{([%<])[ \t]*(\/?)[ \t]*([A-Za-z][\w.-]*)((?:[ \t]+(?:[\w-]+=(?:"[^"]*"|`[^`]*`|[^\s"`%>}]+)|"[^"]*"|`[^`]*`|[^\s"`%>}=]+))*)[ \t]*(\/?)[ \t]*([%>])\}\}[ \t]*$/;
const PARAM = /([A-Za-z_][\w-]*)=(?:"([^"]*)"|`([^`]*)`|(\S+))|"([^"]*)"|`([^`]*)`|(\S+)/g;

interface Tag {
  readonly line: number;
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly positional: string[];
  readonly named: Record<string, string>;
}

/**
 * Finds the shortcode lines of the body (not in fenced code) and pairs openings with closings. The lines of
 * paired and standalone shortcodes are returned for blanking; a stray closing line is left as written.
 */
export function scanShortcodes(lines: LineIndex, fromLine: number, codeLines: ReadonlySet<number>): { shortcodes: Shortcode[]; lines: number[] } {
  const tags: Tag[] = [];
  for (let i = fromLine; i < lines.lineCount; i++) {
    if (codeLines.has(i)) continue;
    const text = lines.lineText(i);
    if (!text.includes('{{')) continue;
    const m = LINE.exec(text);
    if (!m || m[1] !== (m[6] === '%' ? '%' : '<')) continue;
    const positional: string[] = [];
    const named: Record<string, string> = {};
    for (const p of m[4].matchAll(PARAM)) {
      if (p[1] !== undefined) named[p[1].toLowerCase()] = p[2] ?? p[3] ?? p[4] ?? '';
      else positional.push(p[5] ?? p[6] ?? p[7] ?? '');
    }
    tags.push({ line: i, name: m[3], closing: m[2] === '/', selfClosing: m[5] === '/', positional, named });
  }
  // Pair like Hugo: a closing tag closes the nearest open tag of its name; opens left unclosed stand alone.
  const roots: Shortcode[] = [];
  const stack: { tag: Tag; inner: Shortcode[] }[] = [];
  // Stack positions of each name's open tags, so a closing tag finds its opener without walking the stack.
  const openByName = new Map<string, number[]>();
  const blanked: number[] = [];
  const emit = (s: Shortcode) => (stack.length > 0 ? stack[stack.length - 1].inner : roots).push(s);
  const standalone = (t: Tag): Shortcode => ({ name: t.name, positional: t.positional, named: t.named, open: t.line, close: undefined, inner: [] });
  // Opens above `to` that were never closed become standalone blocks in `target`, their inner ones lifted out.
  const unwind = (to: number, target: Shortcode[]) => {
    for (let k = to; k < stack.length; k++) {
      target.push(standalone(stack[k].tag));
      for (const s of stack[k].inner) target.push(s);
      openByName.get(stack[k].tag.name)?.pop();
    }
    stack.length = to;
  };
  for (const tag of tags) {
    if (!tag.closing) {
      if (tag.selfClosing) emit(standalone(tag));
      else {
        const positions = openByName.get(tag.name) ?? [];
        openByName.set(tag.name, positions);
        positions.push(stack.length);
        stack.push({ tag, inner: [] });
      }
      blanked.push(tag.line);
      continue;
    }
    const positions = openByName.get(tag.name);
    const at = positions && positions.length > 0 ? positions[positions.length - 1] : -1;
    if (at < 0) continue;
    const top = stack[at];
    unwind(at + 1, top.inner);
    positions?.pop();
    stack.length = at;
    emit({ name: top.tag.name, positional: top.tag.positional, named: top.tag.named, open: top.tag.line, close: tag.line, inner: sortByLine(top.inner) });
    blanked.push(tag.line);
  }
  unwind(0, roots);
  return { shortcodes: sortByLine(roots), lines: blanked };
}

function sortByLine(list: Shortcode[]): Shortcode[] {
  return list.sort((a, b) => a.open - b.open);
}

type Child = RootContent | ElementContent;

/** Wraps the rendered blocks between each shortcode's lines into its notice or labelled block. */
export function wrapShortcodes(root: Root, shortcodes: readonly Shortcode[], labels: RenderLabels): void {
  root.children = wrap(root.children as Child[], shortcodes, labels) as RootContent[];
}

/**
 * One pass over blocks and shortcodes, both in line order (shortcodes at one level never overlap): blocks before a
 * shortcode are kept, the blocks between its lines go into its block, and a shortcode inside one block (a list
 * item) is wrapped there, all of that block's shortcodes at once.
 */
function wrap(children: Child[], shortcodes: readonly Shortcode[], labels: RenderLabels): Child[] {
  const out: Child[] = [];
  const held = new Map<Element, Shortcode[]>();
  let lastBlock: Child | undefined;
  let p = 0;
  const keepUpTo = (line: number) => {
    while (p < children.length && !((startLine(children[p]) ?? -1) > line)) {
      if (startLine(children[p]) !== undefined) lastBlock = children[p];
      out.push(children[p++]);
    }
  };
  for (const sc of shortcodes) {
    keepUpTo(sc.open);
    const close = sc.close;
    const firstLine = p < children.length ? startLine(children[p]) : undefined;
    if (close === undefined || firstLine === undefined || firstLine >= close) {
      const holder = lastBlock;
      // Its body lies inside the block before it (a list item): the closing line, blanked, need not be the block's.
      if (close !== undefined && holder?.type === 'element' && (startLine(holder) ?? Infinity) < sc.open && (endLine(holder) ?? -1) > sc.open) {
        const list = held.get(holder) ?? [];
        held.set(holder, list);
        list.push(sc);
        continue;
      }
      out.push(shortcodeBlock(sc, [], labels));
      continue;
    }
    let last = p;
    for (let i = p; i < children.length; i++) {
      const line = startLine(children[i]);
      if (line === undefined) continue;
      if (line >= close) break;
      last = i;
    }
    const body = wrap(children.slice(p, last + 1), sc.inner, labels) as ElementContent[];
    out.push(shortcodeBlock(sc, body, labels));
    p = last + 1;
  }
  while (p < children.length) out.push(children[p++]);
  for (const [holder, inside] of held) holder.children = wrap(holder.children, inside, labels) as ElementContent[];
  return out;
}

/** `<aside class="wl-notice wl-notice-TYPE">` for notices, `<div class="wl-shortcode">` with its name for the rest. */
function shortcodeBlock(sc: Shortcode, body: ElementContent[], labels: RenderLabels): Element {
  const position = { start: { line: sc.open + 1, column: 1 }, end: { line: (sc.close ?? sc.open) + 1, column: 1 } };
  if (sc.name.toLowerCase() === 'notice') {
    const type = safeToken(sc.named.style ?? sc.positional[0] ?? 'default') || 'default';
    const title = sc.named.title ?? sc.positional[1] ?? labels.noticeTypes[type] ?? labels.notice;
    const aside = el('aside', { className: ['wl-notice', `wl-notice-${type}`] }, [el('p', { className: ['wl-notice-title'] }, [txt(title)]), ...body]);
    aside.position = position;
    return aside;
  }
  const div = el('div', { className: ['wl-shortcode'], dataShortcode: sc.name }, [el('span', { className: ['wl-shortcode-label'] }, [txt(sc.name)]), ...body]);
  div.position = position;
  return div;
}

/** A notice type usable in a class name. */
function safeToken(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9-]/g, '');
}
