import { contentDuplicateSection } from './contentDuplicateSection';
import { contentTemplateLeftover } from './contentTemplateLeftover';
import { dateInvalid } from './dateInvalid';
import { dateMissingYear } from './dateMissingYear';
import { dateMixedOrder } from './dateMixedOrder';
import { dateOutsideWeek } from './dateOutsideWeek';
import { dateRangeOrder } from './dateRangeOrder';
import { dateRowOrder } from './dateRowOrder';
import { dayDuplicate } from './dayDuplicate';
import { dayWeekdayMismatch } from './dayWeekdayMismatch';
import { frontmatterDateInvalid } from './frontmatterDateInvalid';
import { frontmatterDateMismatch } from './frontmatterDateMismatch';
import { frontmatterMissing } from './frontmatterMissing';
import { frontmatterUnterminated } from './frontmatterUnterminated';
import { frontmatterYaml } from './frontmatterYaml';
import { linkLabInsecure } from './linkLabInsecure';
import { linkLabMalformed } from './linkLabMalformed';
import { linkLabUnknown } from './linkLabUnknown';
import { linkLocalMissing } from './linkLocalMissing';
import { onlineCodes } from './linkOnline';
import { linkSyntax } from './linkSyntax';
import { tableEmptyCell } from './tableEmptyCell';
import { tableMissing } from './tableMissing';
import { tableNotRendered } from './tableNotRendered';
import { tableRowCells } from './tableRowCells';
import { twinMismatch } from './twinMismatch';
import type { Rule, RuleMeta } from './types';
import { weekDatesSequence } from './weekDatesSequence';
import { weekNumberMismatch } from './weekNumberMismatch';
import { weekWeight } from './weekWeight';

/** Every rule, in the order of the rule reference. */
export const rules: readonly Rule[] = [
  frontmatterMissing,
  frontmatterUnterminated,
  frontmatterYaml,
  frontmatterDateInvalid,
  frontmatterDateMismatch,
  weekNumberMismatch,
  weekWeight,
  tableMissing,
  tableNotRendered,
  tableRowCells,
  tableEmptyCell,
  dayDuplicate,
  dayWeekdayMismatch,
  dateInvalid,
  dateMixedOrder,
  dateMissingYear,
  dateRangeOrder,
  dateOutsideWeek,
  dateRowOrder,
  weekDatesSequence,
  twinMismatch,
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

export const allCodes: readonly RuleMeta[] = [...rules, ...onlineCodes, ...engineCodes];

export function ruleMeta(code: string): RuleMeta | undefined {
  return allCodes.find((r) => r.code === code);
}
