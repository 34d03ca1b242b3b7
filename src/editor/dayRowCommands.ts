import * as vscode from 'vscode';
import { dayTables, decideDateOrder, formatWeekday, readDayColumn, readPageDates } from '../core';
import { lastRowLine, nextRow, rowSlotAt, rowText, weekdayOfDate } from './dayRows';
import { ids } from './ids';
import { PageStore } from './pageStore';

/** "Insert day row" (below the day table, pre-filled) and "Renumber days from dates" (Day cells from their row's date). */
export function registerDayRowCommands(store: PageStore): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerTextEditorCommand(ids.commands.insertDayRow, async (editor) => {
      const page = store.fromDocument(editor.document);
      if (page.identity.kind !== 'week') return void vscode.window.showInformationMessage(vscode.l10n.t('This is not a worklog week page.'));
      const line = editor.selection.active.line;
      const slot = rowSlotAt(page, line, editor.document.lineAt(line).text);
      if (slot) {
        const range = editor.document.lineAt(line).range;
        await editor.insertSnippet(new vscode.SnippetString(rowText(nextRow(page, slot.table, line), true)), range);
        return;
      }
      const inTable = dayTables(page).find((t) => t.header.line <= line && (t.rows[t.rows.length - 1]?.line ?? t.delimiter.line) >= line);
      const table = inTable ?? dayTables(page)[dayTables(page).length - 1];
      const last = inTable ? (table.rows[table.rows.length - 1]?.line ?? table.delimiter.line) : lastRowLine(page);
      if (!table || last === undefined) return void vscode.window.showInformationMessage(vscode.l10n.t('This page has no day table.'));
      const end = editor.document.lineAt(last).range.end;
      await editor.insertSnippet(new vscode.SnippetString(`${page.eol}${rowText(nextRow(page, table), true)}`), end);
    }),
    vscode.commands.registerTextEditorCommand(ids.commands.renumberDays, async (editor) => {
      const page = store.fromDocument(editor.document);
      if (page.identity.kind !== 'week') return;
      const dates = readPageDates(page, decideDateOrder(page));
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
