// The few block-level facts a line scanner needs to agree with Hugo (goldmark) about where tables and code are.

/** Leading indentation in columns (a tab reaches the next multiple of 4) and where the content starts. */
export interface Indent {
  readonly columns: number;
  readonly first: number;
}

export function measureIndent(text: string, start: number, end: number): Indent {
  let columns = 0;
  let i = start;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) columns++;
    else if (c === 9) columns += 4 - (columns % 4);
    else break;
  }
  return { columns, first: i };
}

const LIST_MARKER = /^([-*+]|\d{1,9}[.)])( {1,4}|\t|$)/;
const THEMATIC = /^((\*\s*){3,}|(-\s*){3,}|(_\s*){3,})$/;

/** The column a list item's content starts at when this line opens one, else -1. */
export function listItemContent(content: string, indent: number): number {
  if (THEMATIC.test(content)) return -1;
  const m = LIST_MARKER.exec(content);
  if (!m) return -1;
  // Five or more spaces after the marker: the content is indented code one column after it (CommonMark).
  const spaces = m[2] === '\t' ? 1 : m[2].length;
  return indent + m[1].length + (m[2] === '' ? 1 : spaces);
}

/** How an HTML block ends: at the next blank line, or at the line holding the closing text. */
export type HtmlBlockEnd = { readonly until: 'blank' } | { readonly until: 'text'; readonly text: string };

const BLOCK_TAGS = new Set(
  ('address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset ' +
    'figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu ' +
    'menuitem nav noframes ol optgroup option p param section source summary table tbody td tfoot th thead title tr track ul').split(' '),
);
const RAW_TAGS = /^<(pre|script|style|textarea)(\s|>|$)/i;
const TAG = /^<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s/>]|$)/;
// A whole open or closing tag alone on its line (CommonMark type 7): it cannot interrupt a paragraph.
const LONE_TAG = /^(<[A-Za-z][A-Za-z0-9-]*(\s+[A-Za-z_:][\w.:-]*(\s*=\s*("[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>|<\/[A-Za-z][A-Za-z0-9-]*\s*>)\s*$/;

/** The HTML block this line opens (content already without indentation), or undefined. */
export function htmlBlockStart(content: string, afterParagraph: boolean): HtmlBlockEnd | undefined {
  if (content.charCodeAt(0) !== 60 /* < */) return undefined;
  const raw = RAW_TAGS.exec(content);
  if (raw) return { until: 'text', text: `</${raw[1].toLowerCase()}>` };
  if (content.startsWith('<!--')) return { until: 'text', text: '-->' };
  if (content.startsWith('<?')) return { until: 'text', text: '?>' };
  if (content.startsWith('<![CDATA[')) return { until: 'text', text: ']]>' };
  if (/^<![A-Za-z]/.test(content)) return { until: 'text', text: '>' };
  const tag = TAG.exec(content);
  if (tag && BLOCK_TAGS.has(tag[1].toLowerCase())) return { until: 'blank' };
  if (!afterParagraph && LONE_TAG.test(content)) return { until: 'blank' };
  return undefined;
}

// A `{{% name %}}` or `{{% /name %}}` line: Hugo replaces it with the shortcode's output before Markdown runs,
// and the learn themes' boxes put their content on lines of its own, so a table above ends there.
const SHORTCODE_LINE = /^(\{\{%\s*\/?[\w./-]+(\s[^%]*)?%\}\}\s*)+$/;

export function isMarkdownShortcodeLine(content: string): boolean {
  return content.startsWith('{{%') && SHORTCODE_LINE.test(content);
}
