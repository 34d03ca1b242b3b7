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
    previewOpen: 'worklog.preview.open',
    previewOpenToSide: 'worklog.preview.openToSide',
    previewToggleLock: 'worklog.preview.toggleLock',
    previewExport: 'worklog.preview.export',
    reportOpen: 'worklog.report.open',
    showProblemsByRule: 'worklog.showProblemsByRule',
    walkthroughOpenWeek: 'worklog.walkthrough.openWeek',
    walkthroughAddDayRow: 'worklog.walkthrough.addDayRow',
    walkthroughPreview: 'worklog.walkthrough.preview',
    quickFixApplied: 'worklog.quickFixApplied',
    linksCheckPage: 'worklog.links.checkPage',
    linksCheckWorkspace: 'worklog.links.checkWorkspace',
    linksClearCache: 'worklog.links.clearCache',
  },
  webviews: {
    preview: 'worklog.preview',
    report: 'worklog.report',
  },
  /** Context keys the extension sets for `when` clauses. */
  contexts: {
    weeksFiltered: 'worklog.weeks.filtered',
    /** True once the first check of the workspace ended: before it, the Weeks view says it is still looking. */
    weeksReady: 'worklog.weeks.ready',
    /** Set once a quick fix changed a date or Day cell: completes the walkthrough's "Fix a date" step. */
    walkthroughDateFixed: 'worklog.walkthrough.dateFixed',
    /** True while the active editor shows a worklog page (week or section page). */
    isWorklogPage: 'worklog.isWorklogPage',
    /** True while the active (or last shown) preview is locked to its page. */
    previewLocked: 'worklog.previewLocked',
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
    linksCheckOnline: 'links.checkOnline',
    linksCacheTtl: 'links.cacheTtl',
    previewRemoteImages: 'preview.remoteImages',
  },
} as const;
