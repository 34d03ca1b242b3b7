import * as vscode from 'vscode';
import { Page, PageDates, contextDates, twinFinder } from '../core';
import { PageStore } from './pageStore';
import { SettingsProvider } from './settings';

/** A page's dates read the way its diagnostics read them. */
export type PageDatesReader = (page: Page, uri: vscode.Uri) => Promise<PageDates>;

/**
 * Reads dates in the order the checks use: `worklog.dateOrder` or `.worklogrc.json` when they force one, else the
 * page's own dates, else its twin page and its site's other weeks when the page alone cannot tell.
 */
export function pageDatesReader(store: PageStore, settings: SettingsProvider): PageDatesReader {
  return async (page, uri) => {
    const { config } = await settings.forResource(uri);
    const group = store.siblings(page);
    const language = page.identity.language ?? '';
    const siblings = group.filter((p) => p !== page && (p.identity.language ?? '') === language);
    return contextDates(page, config, twinFinder(group)(page), siblings);
  };
}
