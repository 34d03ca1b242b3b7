// The first Intl.Collator of a process costs about 8 ms, a fiftieth of a check: printable ASCII, nearly every path
// and many titles, is compared here as the 'en' collator does, and a collator is made only for other text.
let english: Intl.Collator | undefined;
let natural: Intl.Collator | undefined;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * Orders by UTF-16 code units. For diagnostic codes (lower-case letters, digits, `.` and `-`) that is also the
 * collator's order.
 */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `Intl.Collator('en').compare`. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  // A shared beginning weighs the same in both; past it (and past its last ASCII character, so no accent or
  // contraction straddles the cut) what differs is often ASCII: "Worklog Tuần 2" and "Worklog Tuần 3".
  let shared = 0;
  while (shared < a.length && shared < b.length && a.charCodeAt(shared) === b.charCodeAt(shared)) shared++;
  while (shared > 0 && !PRINTABLE_ASCII.test(a[shared - 1])) shared--;
  const restA = a.slice(shared);
  const restB = b.slice(shared);
  if (PRINTABLE_ASCII.test(restA) && PRINTABLE_ASCII.test(restB)) return compareAscii(restA, restB, false);
  return (english ??= new Intl.Collator('en')).compare(a, b);
}

/** Sorts as people count (`1.2-Week2` before `1.10-Week10`): the order of `Intl.Collator('en', { numeric: true })`. */
export function sortNaturally<T>(items: T[], textOf: (item: T) => string): T[] {
  if (items.every((item) => PRINTABLE_ASCII.test(textOf(item)))) {
    // Each text turned once into a key that sorts by code units, so the sort itself compares natively.
    const keyed = items.map((item) => ({ item, key: collationKey(textOf(item), true) }));
    keyed.sort((x, y) => compareCodeUnits(x.key, y.key));
    keyed.forEach((k, i) => (items[i] = k.item));
    return items;
  }
  const collator = (natural ??= new Intl.Collator('en', { numeric: true }));
  return items.sort((a, b) => collator.compare(textOf(a), textOf(b)));
}

/** The 'en' collator's comparison of two printable-ASCII strings (with `numeric`, the numeric one's). */
export function compareAscii(a: string, b: string, numeric: boolean): number {
  return compareCodeUnits(collationKey(a, numeric), collationKey(b, numeric));
}

// The collator's order of the ASCII characters that are neither letters nor digits (space first); all come before
// digits, and digits before letters.
const SYMBOLS = ` _-,;:!?.'"()[]{}@*/\\&#%\`^+<=>|~$`;
const NUMBER = 0x100;
const LETTERS = 0x200;

/**
 * A printable-ASCII text as a string whose code-unit order is the 'en' collator's order: first the letters (either
 * case), symbols and digits (with `numeric`, a run of digits counts as its value, leading zeros ignored), then,
 * after a character below all of them, each letter's case (lower case first) to part texts equal but for case.
 */
export function collationKey(text: string, numeric: boolean): string {
  let primary = '';
  let cases = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (!numeric) {
        primary += String.fromCharCode(NUMBER + c);
        continue;
      }
      let end = i + 1;
      while (end < text.length && text.charCodeAt(end) >= 48 && text.charCodeAt(end) <= 57) end++;
      let first = i;
      while (first < end && text.charCodeAt(first) === 48) first++;
      // A longer number is larger; numbers as long compare digit by digit.
      primary += String.fromCharCode(NUMBER, NUMBER + 1 + end - first) + text.slice(first, end);
      i = end - 1;
    } else if ((c | 32) >= 97 && (c | 32) <= 122) {
      primary += String.fromCharCode(LETTERS + (c | 32));
      cases += c >= 97 ? 'l' : 'u';
    } else primary += String.fromCharCode(1 + SYMBOLS.indexOf(text[i]));
  }
  return `${primary}\u0000${cases}`;
}
