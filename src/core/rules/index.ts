import { contentDuplicateSection } from './contentDuplicateSection';
import { contentTemplateLeftover } from './contentTemplateLeftover';
import { dayDuplicate } from './dayDuplicate';
import { frontmatterMissing } from './frontmatterMissing';
import { frontmatterUnterminated } from './frontmatterUnterminated';
import { frontmatterYaml } from './frontmatterYaml';
import { linkLabInsecure } from './linkLabInsecure';
import { linkLabMalformed } from './linkLabMalformed';
import { linkLabUnknown } from './linkLabUnknown';
import { linkLocalMissing } from './linkLocalMissing';
import { linkSyntax } from './linkSyntax';
import { tableEmptyCell } from './tableEmptyCell';
import { tableMissing } from './tableMissing';
import { tableNotRendered } from './tableNotRendered';
import { tableRowCells } from './tableRowCells';
import type { Rule, RuleMeta } from './types';
import { weekNumberMismatch } from './weekNumberMismatch';
import { weekWeight } from './weekWeight';

/** Every rule, in the order of the rule reference. */
export const rules: readonly Rule[] = [
  frontmatterMissing,
  frontmatterUnterminated,
  frontmatterYaml,
  weekNumberMismatch,
  weekWeight,
  tableMissing,
  tableNotRendered,
  tableRowCells,
  tableEmptyCell,
  dayDuplicate,
  linkLabMalformed,
  linkLabInsecure,
  linkLabUnknown,
  linkSyntax,
  linkLocalMissing,
  contentTemplateLeftover,
  contentDuplicateSection,
];

/** Codes raised by the engine itself rather than by a rule. */
export const engineCodes: readonly RuleMeta[] = [
  { code: 'file.unreadable', defaultSeverity: 'error', description: 'The file is not UTF-8 text (binary or another encoding), so it cannot be checked.' },
  { code: 'lint.internal', defaultSeverity: 'warning', description: 'A rule failed on this page; the other rules still ran. Please report it with the page.' },
];

export const allCodes: readonly RuleMeta[] = [...rules, ...engineCodes];

export function ruleMeta(code: string): RuleMeta | undefined {
  return allCodes.find((r) => r.code === code);
}
