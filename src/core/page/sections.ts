import { Heading } from './table';
import { LineIndex, Span } from './text';
import { normalizeLabel } from './columns';

export type SectionKind = 'objectives' | 'tasks' | 'achievements' | 'other';

export interface Section {
  readonly kind: SectionKind;
  readonly heading: Heading;
  /** From the line after the heading to the next heading of the same or a higher level. */
  readonly body: Span;
}

const KINDS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ['objectives', /objective|goal|mục tiêu/],
  ['achievements', /achievement|result|outcome|thành tựu|kết quả|đạt được/],
  ['tasks', /task|công việc|nhiệm vụ|activities|triển khai|thực hiện/],
];

export function sectionKind(headingText: string): SectionKind {
  const label = normalizeLabel(headingText);
  for (const [kind, pattern] of KINDS) if (pattern.test(label)) return kind;
  return 'other';
}

/** Sections are the spans between headings; the kind comes from the heading's wording in English or Vietnamese. */
export function readSections(headings: readonly Heading[], lines: LineIndex): Section[] {
  return headings.map((heading, index) => {
    let endLine = lines.lineCount;
    for (let j = index + 1; j < headings.length; j++) {
      if (headings[j].level <= heading.level) {
        endLine = headings[j].line;
        break;
      }
    }
    const bodyStart = lines.lines[Math.min(heading.line + 1, lines.lineCount - 1)].start;
    const bodyEnd = endLine < lines.lineCount ? lines.lines[endLine].start : lines.text.length;
    return { kind: sectionKind(heading.text), heading, body: { start: Math.min(bodyStart, bodyEnd), end: bodyEnd } };
  });
}
