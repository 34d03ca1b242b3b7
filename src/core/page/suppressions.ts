import { LineIndex } from './text';

/** Which codes are silenced on which lines, from `<!-- worklog-disable... -->` comments. */
export interface Suppressions {
  isSuppressed(code: string, line: number): boolean;
}

interface Block {
  readonly codes: readonly string[] | 'all';
  readonly fromLine: number;
  toLine: number;
}

const COMMENT = /<!--\s*worklog-(disable-next-line|disable-line|disable|enable)\b([^>]*?)-->/g;
// Front matter cannot hold HTML comments, so there a YAML comment does the same job.
const YAML_COMMENT = /^[ \t]*#[ \t]*worklog-(disable-next-line|disable-line)\b(.*)$/gm;

export function readSuppressions(text: string, lines: LineIndex): Suppressions {
  if (!text.includes('worklog-')) return { isSuppressed: () => false };
  const nextLine = new Map<number, readonly string[] | 'all'>();
  const blocks: Block[] = [];
  const open: Block[] = [];
  const matches = [...text.matchAll(COMMENT)];
  for (const m of text.matchAll(YAML_COMMENT)) if (isInFrontMatter(text, m.index ?? 0)) matches.push(m);
  for (const m of matches) {
    const codes = parseCodes(m[2]);
    const line = lines.positionAt(m.index ?? 0).line;
    const endLine = lines.positionAt((m.index ?? 0) + m[0].length).line;
    switch (m[1]) {
      case 'disable-next-line':
        nextLine.set(endLine + 1, merge(nextLine.get(endLine + 1), codes));
        break;
      case 'disable-line':
        nextLine.set(line, merge(nextLine.get(line), codes));
        break;
      case 'disable': {
        const block: Block = { codes, fromLine: line, toLine: Number.MAX_SAFE_INTEGER };
        blocks.push(block);
        open.push(block);
        break;
      }
      case 'enable':
        for (const block of open.splice(0)) {
          if (codes === 'all' || block.codes === 'all' || block.codes.every((c) => codes.includes(c))) block.toLine = line;
          else if (block.codes.some((c) => codes.includes(c))) {
            // Re-enabling some of a block's codes ends the block; the others stay disabled from here on.
            block.toLine = line;
            const rest: Block = { codes: block.codes.filter((c) => !codes.includes(c)), fromLine: line, toLine: Number.MAX_SAFE_INTEGER };
            blocks.push(rest);
            open.push(rest);
          } else open.push(block);
        }
        break;
    }
  }
  return {
    isSuppressed(code, line) {
      const onLine = nextLine.get(line);
      if (onLine && covers(onLine, code)) return true;
      return blocks.some((b) => b.fromLine <= line && line <= b.toLine && covers(b.codes, code));
    },
  };
}

function parseCodes(text: string): readonly string[] | 'all' {
  const codes = text.split(/[\s,]+/).filter((c) => c !== '');
  return codes.length === 0 ? 'all' : codes;
}

function merge(a: readonly string[] | 'all' | undefined, b: readonly string[] | 'all'): readonly string[] | 'all' {
  if (a === undefined) return b;
  if (a === 'all' || b === 'all') return 'all';
  return [...a, ...b];
}

/** A code matches itself and any prefix group written as `table` or `table.*`. */
function covers(codes: readonly string[] | 'all', code: string): boolean {
  if (codes === 'all') return true;
  return codes.some((c) => c === code || code.startsWith(`${c.replace(/\.\*$/, '')}.`));
}

function isInFrontMatter(text: string, offset: number): boolean {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text);
  if (!open) return false;
  const close = /^---[ \t]*$/m.exec(text.slice(open[0].length));
  return offset >= open[0].length && (!close || offset < open[0].length + close.index);
}
