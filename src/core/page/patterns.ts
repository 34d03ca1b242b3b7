import { isSafePattern } from 'redos-detector';

/** What is wrong with a `/regex/flags` pattern from the user, or undefined for a plain substring or a safe regex. */
export type PatternProblem = 'invalid' | 'super-linear';

const SLASHED = /^\/(.+)\/([a-z]*)$/;
const verdicts = new Map<string, PatternProblem | undefined>();

/** The regex source and flags of a `/regex/flags` pattern, or undefined for a plain substring. */
export function regexParts(pattern: string): { source: string; flags: string } | undefined {
  const m = SLASHED.exec(pattern);
  return m ? { source: m[1], flags: m[2].replace(/[gy]/g, '') } : undefined;
}

/**
 * Refuses a regex that can backtrack super-linearly (redos-detector's bounded search: a pattern it cannot prove
 * safe within its step and time limits counts as unsafe), so a link on a page can never hang the checker.
 */
export function patternProblem(pattern: string): PatternProblem | undefined {
  const parts = regexParts(pattern);
  return parts ? regexProblem(parts.source, parts.flags) : undefined;
}

/** The same check for a bare regex source (a `remap` rule's PATTERN). */
export function regexProblem(source: string, flags: string): PatternProblem | undefined {
  const parts = { source, flags };
  const key = `/${source}/${flags}`;
  if (verdicts.has(key)) return verdicts.get(key);
  let verdict: PatternProblem | undefined;
  try {
    new RegExp(parts.source, parts.flags);
    const result = isSafePattern(parts.source, {
      caseInsensitive: parts.flags.includes('i'),
      dotAll: parts.flags.includes('s'),
      multiLine: parts.flags.includes('m'),
      unicode: parts.flags.includes('u') || parts.flags.includes('v'),
      // The step bound decides (the same verdict on any machine); the wall-clock bound is only a backstop.
      timeout: 5000,
      maxSteps: 20000,
    });
    verdict = result.safe ? undefined : 'super-linear';
  } catch (e) {
    // redos-detector throws on syntax it cannot analyse (look-behind, back references…): not provably safe.
    verdict = e instanceof SyntaxError && !canCompile(parts.source, parts.flags) ? 'invalid' : 'super-linear';
  }
  verdicts.set(key, verdict);
  return verdict;
}

function canCompile(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

/** The patterns that may run, and the refused ones with why. */
export function safePatterns(patterns: readonly string[]): { safe: string[]; refused: Array<{ pattern: string; problem: PatternProblem }> } {
  const safe: string[] = [];
  const refused: Array<{ pattern: string; problem: PatternProblem }> = [];
  for (const pattern of patterns) {
    const problem = patternProblem(pattern);
    if (problem) refused.push({ pattern, problem });
    else safe.push(pattern);
  }
  return { safe, refused };
}
