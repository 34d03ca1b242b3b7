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
  const blanked: number[] = [];
  const emit = (s: Shortcode) => (stack.length > 0 ? stack[stack.length - 1].inner : roots).push(s);
  const standalone = (t: Tag, inner: Shortcode[] = []): Shortcode => ({ name: t.name, positional: t.positional, named: t.named, open: t.line, close: undefined, inner });
  for (const tag of tags) {
    if (!tag.closing) {
      if (tag.selfClosing) emit(standalone(tag));
      else stack.push({ tag, inner: [] });
      blanked.push(tag.line);
      continue;
    }
    const at = stack.map((s) => s.tag.name).lastIndexOf(tag.name);
    if (at < 0) continue;
    // Opens above the match that were never closed become standalone blocks, their inner ones lifted out.
    while (stack.length - 1 > at) {
      const dangling = stack.pop() as { tag: Tag; inner: Shortcode[] };
      const target = stack[stack.length - 1].inner;
      target.push(standalone(dangling.tag), ...dangling.inner);
    }
    const top = stack.pop() as { tag: Tag; inner: Shortcode[] };
    emit({ name: top.tag.name, positional: top.tag.positional, named: top.tag.named, open: top.tag.line, close: tag.line, inner: sortByLine(top.inner) });
    blanked.push(tag.line);
  }
  while (stack.length > 0) {
    const dangling = stack.pop() as { tag: Tag; inner: Shortcode[] };
    emit(standalone(dangling.tag));
    for (const s of dangling.inner) emit(s);
  }
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

function wrap(children: Child[], shortcodes: readonly Shortcode[], labels: RenderLabels): Child[] {
  let result = children;
  for (const sc of shortcodes) {
    if (sc.close === undefined) {
      const at = result.findIndex((c) => (startLine(c) ?? -1) > sc.open);
      const block = shortcodeBlock(sc, [], labels);
      result = at < 0 ? [...result, block] : [...result.slice(0, at), block, ...result.slice(at)];
      continue;
    }
    const close = sc.close;
    const inside = (c: Child) => {
      const line = startLine(c);
      return line !== undefined && line > sc.open && line < close;
    };
    const first = result.findIndex(inside);
    if (first < 0) {
      // The whole shortcode may sit inside one block (a list item): wrap there.
      const holder = result.find((c): c is Element => c.type === 'element' && (startLine(c) ?? Infinity) < sc.open && (endLine(c) ?? -1) > close);
      if (holder) {
        holder.children = wrap(holder.children, [sc], labels) as ElementContent[];
        continue;
      }
      const at = result.findIndex((c) => (startLine(c) ?? -1) > sc.open);
      const block = shortcodeBlock(sc, [], labels);
      result = at < 0 ? [...result, block] : [...result.slice(0, at), block, ...result.slice(at)];
      continue;
    }
    let last = first;
    for (let i = first; i < result.length; i++) if (inside(result[i])) last = i;
    const body = wrap(result.slice(first, last + 1), sc.inner, labels) as ElementContent[];
    result = [...result.slice(0, first), shortcodeBlock(sc, body, labels), ...result.slice(last + 1)];
  }
  return result;
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
