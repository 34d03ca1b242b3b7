import { allCodes, docsUrl, type Severity } from '../core';
import type { FileResult } from './results';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 as GitHub code scanning accepts it: rules with help URIs, results with regions and relative URIs. */
export function formatSarif(files: readonly FileResult[], version: string, baseDir: string): string {
  const rules = allCodes.map((r) => ({
    id: r.code,
    name: r.code,
    shortDescription: { text: r.description },
    fullDescription: { text: r.description },
    helpUri: docsUrl(r.code),
    help: { text: `${r.description} See ${docsUrl(r.code)}`, markdown: `${r.description} [More](${docsUrl(r.code)})` },
    defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
  }));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results = files.flatMap((f) =>
    f.diagnostics.map((d) => ({
      ruleId: d.code,
      ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(f.path), uriBaseId: '%SRCROOT%' },
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'worklog-lint', fullName: 'Worklog Studio worklog-lint', version, semanticVersion: version, informationUri: docsUrl('').replace(/#$/, ''), rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileUri(baseDir) } },
        artifacts: files.map((f) => ({ location: { uri: toUri(f.path), uriBaseId: '%SRCROOT%' } })),
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function toUri(p: string): string {
  return p.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function pathToFileUri(dir: string): string {
  const normalized = dir.replace(/\\/g, '/');
  return `file://${normalized.startsWith('/') ? '' : '/'}${normalized.split('/').map(encodeURIComponent).join('/')}/`;
}
