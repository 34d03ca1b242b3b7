import * as vscode from 'vscode';
import { dayTables, formatWeekday, readDayColumn } from '../core';
import { keptBlankLine, lastRowLine, nextRow, rowSlotAt, rowText, weekdayOfDate } from './dayRows';
import { ids } from './ids';
import { PageDatesReader } from './pageDates';
import { PageStore } from './pageStore';

/** The day table a command applies to: the one whose header is on `line` of the document `uri`. */
export interface DayTableTarget {
  readonly uri: string;
  readonly line: number;
}

/** Said instead of writing a row the checks would flag (a day of the next week, or a day twice). */
export function weekFullMessage(): string {
  return vscode.l10n.t('This week already has a row up to Sunday: a new day row belongs on the page of the next week.');
}

/** "Insert day row" (below the day table, pre-filled) and "Renumber days from dates" (Day cells from their row's date). */
export function registerDayRowCommands(store: PageStore, datesOf: PageDatesReader): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerTextEditorCommand(ids.commands.insertDayRow, async (editor, _edit, target?: DayTableTarget) => {
      const page = store.fromDocument(editor.document);
      if (page.identity.kind !== 'week') return void vscode.window.showInformationMessage(vscode.l10n.t('This is not a worklog week page.'));
      const dates = await datesOf(page, editor.document.uri);
      // From a table's CodeLens: that table, whatever the cursor.
      const targeted = target?.uri === editor.document.uri.toString() ? dayTables(page).find((t) => t.header.line === target.line) : undefined;
      const line = targeted ? (targeted.rows[targeted.rows.length - 1]?.line ?? targeted.delimiter.line) : editor.selection.active.line;
      const slot = targeted ? undefined : rowSlotAt(page, line, editor.document.lineAt(line).text);
      if (slot) {
        const row = nextRow(dates, slot.table, line);
        if (row.full) return void vscode.window.showInformationMessage(weekFullMessage());
        const range = editor.document.lineAt(line).range;
        await editor.insertSnippet(new vscode.SnippetString(rowText(row, true) + keptBlankLine(page, line)), range);
        return;
      }
      const inTable = dayTables(page).find((t) => t.header.line <= line && (t.rows[t.rows.length - 1]?.line ?? t.delimiter.line) >= line);
      const table = inTable ?? dayTables(page)[dayTables(page).length - 1];
      const last = inTable ? (table.rows[table.rows.length - 1]?.line ?? table.delimiter.line) : lastRowLine(page);
      if (!table || last === undefined) return void vscode.window.showInformationMessage(vscode.l10n.t('This page has no day table.'));
      const row = nextRow(dates, table);
      if (row.full) return void vscode.window.showInformationMessage(weekFullMessage());
      const end = editor.document.lineAt(last).range.end;
      await editor.insertSnippet(new vscode.SnippetString(`${page.eol}${rowText(row, true)}`), end);
    }),
    vscode.commands.registerTextEditorCommand(ids.commands.renumberDays, async (editor) => {
      const page = store.fromDocument(editor.document);
      if (page.identity.kind !== 'week') return;
      const dates = await datesOf(page, editor.document.uri);
      const edit = new vscode.WorkspaceEdit();
      let count = 0;
      for (const table of dayTables(page)) {
        const column = readDayColumn(table);
        if (!column?.style || column.ordinal || column.holdsDates) continue;
        for (const row of dates.rows.filter((r) => r.table === table)) {
          const date = row.startDate?.date;
          const cell = row.dayCell;
          if (!date || !cell || row.day.kind !== 'weekday' || row.day.isRange) continue;
          const token = row.day.tokens[0];
          const written = formatWeekday(weekdayOfDate(date), column.style);
          if (token.text === written) continue;
          const range = new vscode.Range(editor.document.positionAt(token.span.start), editor.document.positionAt(token.span.end));
          edit.replace(editor.document.uri, range, written);
          count++;
        }
      }
      if (count > 0) await vscode.workspace.applyEdit(edit);
      else void vscode.window.showInformationMessage(vscode.l10n.t('Every Day cell already matches its date.'));
    }),
  );
}
