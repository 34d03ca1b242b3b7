import type { Options as SanitizeSchema } from 'rehype-sanitize';

/** Tags raw HTML in the page may use; any other raw tag is unwrapped (its text stays) or dropped with its content. */
export const RAW_HTML_TAGS: ReadonlySet<string> = new Set(['br', 'b', 'strong', 'em', 'i', 'code', 'sub', 'sup', 'a', 'img']);

/** What Markdown itself generates (GFM tables, task lists, strikethrough) besides the raw HTML tags. */
const MARKDOWN_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'blockquote', 'pre', 'hr', 'del', 'input',
];

/** Raw tags removed together with their content: their text is code, styles or a document, never page prose. */
export const DROPPED_WITH_CONTENT: readonly string[] = [
  'script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'textarea', 'title', 'xmp', 'noembed',
  'noframes', 'select', 'option', 'svg', 'math', 'head', 'frameset', 'frame', 'applet', 'canvas', 'audio', 'video',
];

/**
 * The sanitiser's allow-list: no class, id, style, data-* or event attribute survives, and URLs keep only
 * the schemes the annotation pass then narrows further (http(s), mailto, relative, #anchor; images https and data:image).
 */
export const sanitizeSchema: SanitizeSchema = {
  tagNames: [...RAW_HTML_TAGS, ...MARKDOWN_TAGS],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    input: [['type', 'checkbox'], 'checked', 'disabled'],
    ol: ['start'],
    th: [['align', 'left', 'center', 'right']],
    td: [['align', 'left', 'center', 'right']],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['http', 'https', 'mailto'], src: ['https', 'data'] },
  strip: [...DROPPED_WITH_CONTENT],
  allowComments: false,
  allowDoctypes: false,
  clobber: [],
};

/**
 * Every element and attribute the renderer can emit: the sanitised page plus the renderer's own structure
 * (header card, notices, shortcode blocks, date cells, annotations). Tests hold the output to this list.
 */
export const OUTPUT_ALLOW_LIST: Readonly<Record<string, readonly string[]>> = (() => {
  const common = ['data-line', 'class', 'title'];
  const list: Record<string, string[]> = {};
  for (const tag of [...RAW_HTML_TAGS, ...MARKDOWN_TAGS]) list[tag] = [...common];
  list.a.push('href', 'data-link');
  list.img.push('src', 'alt');
  list.input.push('type', 'checked', 'disabled');
  list.ol.push('start');
  list.th.push('align', 'data-offset');
  list.td.push('align', 'data-offset');
  for (const tag of ['header', 'h1', 'dl', 'dt', 'dd', 'aside', 'div', 'span', 'p']) list[tag] = [...(list[tag] ?? common), 'data-shortcode'];
  for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6']) list[tag].push('data-anchor');
  list.time = [...common, 'datetime'];
  return list;
})();
