/** Every id the extension contributes, defined once and checked against package.json by a test. */
export const ids = {
  section: 'worklog',
  diagnosticSource: 'worklog',
  commands: {
    lintWorkspace: 'worklog.lintWorkspace',
    showOutput: 'worklog.showOutput',
    insertDayRow: 'worklog.insertDayRow',
    renumberDays: 'worklog.renumberDays',
    weeksRefresh: 'worklog.weeks.refresh',
    weeksCollapseAll: 'worklog.weeks.collapseAll',
    weeksNewWeek: 'worklog.weeks.newWeek',
    weeksRevealInExplorer: 'worklog.weeks.revealInExplorer',
    weeksCreateWeek: 'worklog.weeks.createWeek',
    weeksAddDayRow: 'worklog.weeks.addDayRow',
    weeksFilterProblems: 'worklog.weeks.filterProblems',
    weeksClearFilter: 'worklog.weeks.clearFilter',
    weeksCreateWorklog: 'worklog.weeks.createWorklog',
  },
  /** Context keys the extension sets for `when` clauses. */
  contexts: {
    weeksFiltered: 'worklog.weeks.filtered',
  },
  views: {
    container: 'worklog',
    weeks: 'worklog.weeks',
  },
  settings: {
    enable: 'enable',
    run: 'run',
    severity: 'severity',
    dateOrder: 'dateOrder',
    labs: 'labs',
    ignoreLinks: 'ignoreLinks',
    weeksRevealActive: 'weeks.revealActive',
    codeLensEnable: 'codeLens.enable',
    formatOnSave: 'format.onSave',
    formatMaxColumnWidth: 'format.maxColumnWidth',
  },
} as const;
