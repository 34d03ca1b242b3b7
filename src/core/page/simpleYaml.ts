/**
 * Reads front matter made only of `key: value` lines whose values are plain words, whole numbers, booleans, dates or
 * quoted strings without escapes: the shape nearly every worklog page has. Anything else (nesting, lists, escapes,
 * comments after a value, numbers js-yaml reads in other ways) returns undefined and goes to js-yaml, so the data is
 * always what js-yaml's CORE schema would give. Written by hand because js-yaml costs about 50 µs a page before it
 * warms up, a fifth of a short check's parsing.
 */
export function readSimpleMapping(source: string): Record<string, unknown> | undefined {
  // Characters js-yaml refuses or reads specially (controls, tabs, BOM, surrogates) go to js-yaml.
  if (UNUSUAL.test(source)) return undefined;
  const data: Record<string, unknown> = {};
  let start = 0;
  while (start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    const lineEnd = end > start && source.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (!readLine(source.slice(start, lineEnd), data)) return undefined;
    start = end + 1;
  }
  return data;
}

/** Adds one line's key and value to `data`; false when the line is beyond this reader. */
function readLine(line: string, data: Record<string, unknown>): boolean {
  // A lone CR breaks the line for js-yaml.
  if (line.includes('\r')) return false;
  const trimmed = line.trim();
  if (trimmed === '' || (trimmed.startsWith('#') && (line.startsWith('#') || line.startsWith(' ')))) return true;
  // A key such as `Null` or `TRUE` is read as null or true, then named "null" or "true".
  const m = ENTRY.exec(line);
  if (!m || m[1] === '__proto__' || RESOLVED_WORDS.has(m[1])) return false;
  const value = readScalar(m[2]);
  if (value === UNREAD) return false;
  // js-yaml's json mode: a repeated key takes the later value.
  data[m[1]] = value;
  return true;
}

const UNREAD = Symbol('unread');
const RESOLVED_WORDS = new Set(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'null', 'Null', 'NULL']);

function readScalar(text: string): unknown {
  const first = text.charCodeAt(0);
  if (first === 34 /* " */) return text.length >= 2 && text.indexOf('"', 1) === text.length - 1 && !text.includes('\\') ? text.slice(1, -1) : UNREAD;
  if (first === 39 /* ' */) return text.length >= 2 && text.indexOf("'", 1) === text.length - 1 ? text.slice(1, -1) : UNREAD;
  if (!PLAIN.test(text)) return UNREAD;
  if (WHOLE_NUMBER.test(text)) return Number(text);
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  if (text === 'null' || text === 'Null' || text === 'NULL' || text === '~') return null;
  // Other numbers (1.5, 0x1F, 1_000, 012, .inf) are js-yaml's to read; a date is text in the CORE schema.
  if (NUMBER_LIKE.test(text) && !DATE.test(text)) return UNREAD;
  return text;
}

/** `key: value` at the start of a line (a space before the colon is allowed), the value without its trailing spaces. */
const ENTRY = /^([A-Za-z_][A-Za-z0-9_-]*) *: +(\S(?:.*\S)?) *$/;
/** A plain scalar that cannot be anything but one: no indicator first, no `: ` or ` #` inside, no quotes or escapes. */
const PLAIN = /^[^-?:,[\]{}#&*!|>'"%@`\s](?:[^:#'"\\]|:(?!\s|$)|#(?<!\s#))*$/;
const WHOLE_NUMBER = /^(?:0|[1-9][0-9]{0,14})$/;
const NUMBER_LIKE = /^[-+.0-9]|^(?:\.?(?:inf|Inf|INF|nan|NaN|NAN))$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const UNUSUAL = /[^\n\r\x20-\x7e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd]/;
