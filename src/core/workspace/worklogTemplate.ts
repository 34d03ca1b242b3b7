import { CalendarDate, dayNumber, fromDayNumber, mondayOf } from '../dates/dates';
import { wording } from './templates';
import { isoOf } from './newWeek';

/** A file a new worklog section is made of: its path relative to the site root, and its text. */
export interface TemplateFile {
  readonly path: string;
  readonly text: string;
}

/** The week-1 page the new section starts with, relative to the site root: the one to open afterwards. */
export const FIRST_WEEK_PATH = 'content/1-Worklog/1.1-Week1/_index.md';

/**
 * A worklog section in the FCJ template's shape: `content/1-Worklog/_index.md` listing the weeks, and a week-1
 * page with objectives, an empty day table for Monday to Friday of the week holding `today`, and achievements;
 * each with its Vietnamese twin (`.vi.md`).
 */
export function newWorklogFiles(today: CalendarDate): TemplateFile[] {
  const monday = mondayOf(dayNumber(today));
  return [
    { path: 'content/1-Worklog/_index.md', text: sectionText('en', monday) },
    { path: 'content/1-Worklog/_index.vi.md', text: sectionText('vi', monday) },
    { path: FIRST_WEEK_PATH, text: weekOneText('en', monday) },
    { path: 'content/1-Worklog/1.1-Week1/_index.vi.md', text: weekOneText('vi', monday) },
  ];
}

function frontMatter(title: string, monday: number, weight: number, pre: string): string[] {
  return ['---', `title: "${title}"`, `date: ${isoOf(fromDayNumber(monday))}`, `weight: ${weight}`, 'chapter: false', `pre: " <b> ${pre} </b> "`, '---', ''];
}

function sectionText(language: 'en' | 'vi', monday: number): string {
  const vi = language === 'vi';
  return [
    ...frontMatter(vi ? 'Nhật ký công việc' : 'Worklog', monday, 1, '1.'),
    vi
      ? 'Mỗi tuần thực tập có một trang: mục tiêu của tuần, việc đã làm từng ngày và kết quả đạt được.'
      : 'Each week of the internship has a page: the week’s goals, what was done each day and what came of it.',
    '',
    vi ? '**Tuần 1:** [Làm quen với chương trình](1.1-week1/)' : '**Week 1:** [Getting started](1.1-week1/)',
    '',
  ].join('\n');
}

function weekOneText(language: 'en' | 'vi', monday: number): string {
  const vi = language === 'vi';
  const { header } = wording(language);
  const date = (offset: number) => {
    const d = fromDayNumber(monday + offset);
    return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
  };
  const rows = [0, 1, 2, 3, 4].map((offset) => `| ${offset + 2} | | ${date(offset)} | ${date(offset)} | |`);
  return [
    ...frontMatter(vi ? 'Worklog Tuần 1' : 'Week 1 Worklog', monday, 1, '1.1.'),
    vi ? '### Mục tiêu tuần 1:' : '### Week 1 Objectives:',
    '',
    '* ',
    '',
    vi ? '### Các công việc trong tuần:' : '### Tasks this week:',
    '',
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows,
    '',
    vi ? '### Kết quả tuần 1:' : '### Week 1 Achievements:',
    '',
    '* ',
    '',
  ].join('\n');
}
