import { emptyDayTable, pageLanguage } from '../templates';
import { Rule } from './types';

export const tableMissing: Rule = {
  code: 'table.missing',
  defaultSeverity: 'information',
  description: 'A week page has no day table (Day | Task | Start Date | Completion Date | Reference Material).',
  checkPage({ page, report }) {
    if (page.tables.some((t) => t.isDayTable) || page.brokenTables.length > 0) return;
    const tasks = page.sections.find((s) => s.kind === 'tasks');
    const anchor = tasks?.heading ?? page.headings[0];
    const span = anchor ? anchor.span : page.frontMatter ? page.frontMatter.openSpan : { start: 0, end: page.lines.lines[0].end };
    const insertAt = tasks ? tasks.body.start : page.text.length;
    const needsBreak = insertAt === page.text.length && page.text.length > 0 && !/\r?\n$/.test(page.text);
    const table = emptyDayTable(pageLanguage(page), page.eol);
    report({
      message: 'This week has no day table; reviewers expect one row per day with its task, dates and references.',
      span,
      fixes: [{ title: 'Insert a day table', edits: [{ start: insertAt, end: insertAt, newText: (needsBreak ? page.eol + page.eol : '') + table }] }],
    });
  },
};
