// A worker thread of `worklog-lint --jobs N`: checks the sites the CLI sends it, one at a time, and posts back what to print.
import { parentPort, workerData } from 'node:worker_threads';
import { type Locale, useLocale } from './locale';
import { type UnitJob, lintUnit } from './lintUnit';
import { nodeSiteFiles } from './siteFiles';

const { locale } = workerData as { locale: Locale };
useLocale(locale);
// One memo of folder listings for every site this worker checks, so a folder is listed once per run.
const siteFiles = nodeSiteFiles();

parentPort?.on('message', (job: UnitJob) => {
  parentPort?.postMessage(lintUnit(job, siteFiles));
});
