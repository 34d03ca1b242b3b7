/** Where the rule reference lives; each code is a section of it. */
export const DOCS_URL = 'https://github.com/worklog-studio/worklog-studio/blob/main/docs/rules.md';

/** The anchor GitHub gives a `## code` heading: lower case, punctuation other than `-` and `_` dropped. */
export function docsAnchor(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9_-]/g, '');
}

export function docsUrl(code: string): string {
  return `${DOCS_URL}#${docsAnchor(code)}`;
}
