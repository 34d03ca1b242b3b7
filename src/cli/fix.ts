import * as fs from 'node:fs';
import * as path from 'node:path';
import { Config, Finding, Page, SiteFiles, TextEdit, applyEdits, fixAllEdits, lintPages, parsePage } from '../core';

/** Fix All reaches its fixed point within this many rounds on damaged pages (see the fix-confinement tests). */
const ROUNDS = 3;

export interface FixTarget {
  page: Page;
  readonly config: Config;
  readonly hasBom: boolean;
  /** The titles of the fixes applied, in order, over every round. */
  readonly applied: string[];
}

/**
 * `worklog-lint --fix`: applies exactly Fix All's edits to each page, re-checking the site between rounds, then
 * writes each changed page atomically. Returns the pages whose file could not be written, with the reason.
 */
export function fixSite(targets: readonly FixTarget[], siteFiles: SiteFiles): Map<FixTarget, string> {
  const original = new Map(targets.map((t) => [t, t.page.text]));
  for (let round = 0; round < ROUNDS; round++) {
    const findings = lintByConfig(targets, siteFiles);
    let changed = false;
    for (const target of targets) {
      const list = findings.get(target.page) ?? [];
      const edits = fixAllEdits(list);
      if (edits.length === 0) continue;
      const taken = new Set(edits);
      for (const f of list) if (f.fixes[0]?.edits.some((e) => taken.has(e))) target.applied.push(`${f.code}: ${f.fixes[0].title}`);
      target.page = parsePage(target.page.path, applyEdits(target.page.text, edits.map((e) => keepEol(e, target.page.eol))));
      changed = true;
    }
    if (!changed) break;
  }
  const failed = new Map<FixTarget, string>();
  for (const target of targets) {
    if (target.page.text === original.get(target)) continue;
    try {
      writeAtomically(target.page.path, (target.hasBom ? '\uFEFF' : '') + target.page.text);
    } catch (e) {
      failed.set(target, e instanceof Error ? e.message : String(e));
      target.page = parsePage(target.page.path, original.get(target) as string);
    }
  }
  return failed;
}

function lintByConfig(targets: readonly FixTarget[], siteFiles: SiteFiles): Map<Page, Finding[]> {
  const byConfig = new Map<Config, Page[]>();
  for (const t of targets) byConfig.set(t.config, [...(byConfig.get(t.config) ?? []), t.page]);
  const result = new Map<Page, Finding[]>();
  for (const [config, pages] of byConfig) for (const [page, list] of lintPages(pages, { config, files: siteFiles })) result.set(page, list);
  return result;
}

/** A fix's new lines take the page's line ending, so a CRLF page stays CRLF. */
function keepEol(edit: TextEdit, eol: '\n' | '\r\n'): TextEdit {
  return eol === '\r\n' && edit.newText.includes('\n') ? { ...edit, newText: edit.newText.replace(/\r?\n/g, '\r\n') } : edit;
}

/** A temporary file beside the page, with the page's permissions, renamed over it: a reader never sees half a page. */
function writeAtomically(file: string, text: string): void {
  const mode = fs.statSync(file).mode & 0o7777;
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.worklog-fix`);
  try {
    fs.writeFileSync(temp, text, { mode });
    fs.chmodSync(temp, mode);
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
