import * as l10n from '@vscode/l10n';
import { NumberSource, splitPath } from '../page/identity';
import { Rule } from './types';

type SourceName = 'path' | 'title' | 'pre';

const LABEL: Record<SourceName, () => string> = { path: () => l10n.t('the folder or file name'), title: () => l10n.t('the title'), pre: () => '`pre`' };

export const weekNumberMismatch: Rule = {
  code: 'week.number-mismatch',
  defaultSeverity: 'warning',
  description: 'The title, `pre` and the path name different week numbers.',
  checkPage({ page, report }) {
    const { fromPath, fromTitle, fromPre } = page.identity;
    const named = twoNumbersInPath(page.path);
    if (named) {
      // The name itself disagrees (`1.12-Week13`): one finding names every source, since which one is right is the author's call.
      const others = [fromTitle && l10n.t('the title says week {0}', fromTitle.value), fromPre && l10n.t('`pre` says week {0}', fromPre.value)].filter((t): t is string => Boolean(t));
      report({
        message:
          others.length > 0
            ? l10n.t('The folder or file name {0} names week {1} and week {2}, and {3}; make them name one week.', named.segment, named.numbered, named.week, others.length > 1 ? l10n.t('{0} and {1}', others[0], others[1]) : others[0])
            : l10n.t('The folder or file name {0} names week {1} and week {2}; make it name one week.', named.segment, named.numbered, named.week),
        span: fromPre?.span ?? fromTitle?.span ?? { start: 0, end: 0 },
      });
      return;
    }
    const sources = ([['path', fromPath], ['title', fromTitle], ['pre', fromPre]] as const).filter(
      (s): s is readonly [SourceName, NumberSource] => s[1] !== undefined,
    );
    if (sources.length < 2 || sources.every(([, s]) => s.value === sources[0][1].value)) return;
    const majority = agreedValue(sources);
    for (const [name, source] of sources) {
      if (source.value === majority) continue;
      const agreeing = sources.filter(([, s]) => s.value === majority).map(([n]) => LABEL[n]());
      const message =
        agreeing.length > 1
          ? l10n.t('{0} says week {1}, but {2} say week {3}.', capitalize(LABEL[name]()), source.value, l10n.t('{0} and {1}', agreeing[0], agreeing[1]), majority)
          : l10n.t('{0} says week {1}, but {2} says week {3}.', capitalize(LABEL[name]()), source.value, agreeing[0], majority);
      const span = source.span ?? fromTitle?.span ?? fromPre?.span;
      if (!span) continue;
      report({
        message,
        span,
        fixes: source.span ? [{ title: l10n.t('Change {0} to week {1}', LABEL[name](), majority),
 edits: [{ ...source.span, newText: String(majority) }] }] : [],
      });
    }
  },
};

// With two sources that disagree, the path wins: it decides the page's URL and place in the site.
function agreedValue(sources: ReadonlyArray<readonly [SourceName, NumberSource]>): number {
  const counts = new Map<number, number>();
  for (const [, s] of sources) counts.set(s.value, (counts.get(s.value) ?? 0) + 1);
  const [best, bestCount] = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (bestCount > 1) return best;
  return (sources.find(([n]) => n === 'path') ?? sources[0])[1].value;
}

function capitalize(text: string): string {
  return text[0].toUpperCase() + text.slice(1);
}

/** `1.12-Week13`: the section number and the week word of one name, when they disagree. */
function twoNumbersInPath(path: string): { segment: string; numbered: number; week: number } | undefined {
  const segments = splitPath(path);
  const file = (segments.pop() ?? '').replace(/\.(md|markdown)$/i, '').replace(/\.[a-z]{2}(-[a-z]{2,4})?$/i, '');
  const segment = /^_?index$/i.test(file) ? (segments[segments.length - 1] ?? '') : file;
  const m = /^\d+\.0*(\d{1,3})[-_ .]?(?:week|tuan|tuần)[-_ .]?0*(\d{1,3})$/i.exec(segment);
  if (!m || m[1] === m[2]) return undefined;
  return { segment, numbered: Number(m[1]), week: Number(m[2]) };
}
