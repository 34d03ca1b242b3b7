import type { Page } from '../page/page';

const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/gi;

/** The page's language: from its file name or folder, else guessed from Vietnamese letters in its text. */
export function pageLanguage(page: Page): string {
  if (page.identity.language) return page.identity.language;
  const sample = page.text.slice(0, 4000);
  const letters = sample.match(VIETNAMESE_LETTERS)?.length ?? 0;
  return letters > 20 ? 'vi' : 'en';
}

export interface DayTableWording {
  readonly header: readonly string[];
}

const WORDING: Record<'en' | 'vi', DayTableWording> = {
  en: { header: ['Day', 'Task', 'Start Date', 'Completion Date', 'Reference Material'] },
  vi: { header: ['Thứ', 'Công việc', 'Ngày bắt đầu', 'Ngày hoàn thành', 'Nguồn tài liệu'] },
};

export function wording(language: string): DayTableWording {
  return language === 'vi' ? WORDING.vi : WORDING.en;
}

/** An empty day table (Monday to Friday numbered 2..6), in the page's language and line endings. */
export function emptyDayTable(language: string, eol: string): string {
  const { header } = wording(language);
  const rows = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (let day = 2; day <= 6; day++) rows.push(`| ${day} |  |  |  |  |`);
  return rows.join(eol) + eol;
}

/** The front matter the template gives week N. */
export function weekFrontMatter(week: number, language: string, eol: string): string {
  const title = language === 'vi' ? `Worklog Tuần ${week}` : `Week ${week} Worklog`;
  return ['---', `title: "${title}"`, `weight: ${week}`, 'chapter: false', `pre: " <b> 1.${week}. </b> "`, '---', ''].join(eol);
}
