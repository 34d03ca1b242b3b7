/** Every id the extension contributes, defined once and checked against package.json by a test. */
export const ids = {
  section: 'worklog',
  diagnosticSource: 'worklog',
  commands: {
    lintWorkspace: 'worklog.lintWorkspace',
    showOutput: 'worklog.showOutput',
  },
  settings: {
    enable: 'enable',
    run: 'run',
    severity: 'severity',
    dateOrder: 'dateOrder',
    labs: 'labs',
    ignoreLinks: 'ignoreLinks',
  },
} as const;
