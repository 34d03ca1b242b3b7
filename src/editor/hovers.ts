import * as vscode from 'vscode';
import { Page, PageDates, describeDate, formatIso, labCatalog, readDay, readLabUrl, weekdayName, weekdayOf } from '../core';
import { PageDatesReader } from './pageDates';
import { PageStore } from './pageStore';

/** Hovers in worklog week pages: a lab link's catalog title, a date's weekday and date order, a Day cell's weekday. */
export function registerHovers(store: PageStore, datesOf: PageDatesReader): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: 'markdown' },
    {
      async provideHover(document, position) {
        const page = store.fromDocument(document);
        if (page.identity.kind !== 'week') return undefined;
        const offset = document.offsetAt(position);
        return labHover(page, document, offset) ?? dateHover(await datesOf(page, document.uri), document, offset) ?? dayHover(page, document, offset);
      },
    },
  );
}

const inside = (span: { start: number; end: number }, offset: number) => offset >= span.start && offset <= span.end;
const rangeOf = (document: vscode.TextDocument, span: { start: number; end: number }) => new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));

function labHover(page: Page, document: vscode.TextDocument, offset: number): vscode.Hover | undefined {
  const link = page.links.find((l) => inside(l.fullSpan, offset));
  if (!link) return undefined;
  const lab = readLabUrl(link.url);
  if (!lab?.id) return undefined;
  const title = labCatalog().title(lab.id);
  const text = new vscode.MarkdownString();
  text.appendMarkdown(`**${vscode.l10n.t('Lab {0}', lab.id)}**`);
  text.appendMarkdown(title ? ` — ${title}` : ` — ${vscode.l10n.t('not in the lab catalog')}`);
  return new vscode.Hover(text, rangeOf(document, link.fullSpan));
}

function dateHover(dates: PageDates, document: vscode.TextDocument, offset: number): vscode.Hover | undefined {
  const decision = dates.decision;
  const read = dates.dates.find((d) => inside(d.written.span, offset));
  if (!read) return undefined;
  const text = new vscode.MarkdownString();
  if (read.date) {
    text.appendMarkdown(`**${describeDate(read.date)}** (${formatIso(read.date)}) — ${weekdayName(weekdayOf(read.date))}\n\n`);
  } else {
    text.appendMarkdown(`${vscode.l10n.t('This date cannot be read as a calendar day.')}\n\n`);
  }
  text.appendText(vscode.l10n.t('Date order: {0}', decision.reason));
  return new vscode.Hover(text, rangeOf(document, read.written.span));
}

function dayHover(page: Page, document: vscode.TextDocument, offset: number): vscode.Hover | undefined {
  for (const table of page.tables) {
    const index = table.column('day');
    if (!table.isDayTable || index < 0) continue;
    for (const row of table.rows) {
      const cell = row.cells[index];
      if (!cell || !inside(cell.span, offset)) continue;
      const value = readDay(cell.text, cell.span.start);
      if (value.kind !== 'weekday' || value.weekdays.length === 0) return undefined;
      const names = value.weekdays.map((w) => weekdayName(w)).join(', ');
      return new vscode.Hover(new vscode.MarkdownString().appendText(vscode.l10n.t('Day: {0}', names)), rangeOf(document, cell.span));
    }
  }
  return undefined;
}
