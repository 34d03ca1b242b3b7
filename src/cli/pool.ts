import type { Worker } from 'node:worker_threads';
import type { Locale } from './locale';
import type { UnitJob, UnitResult } from './lintUnit';

/** Jobs a worker holds at once: the next one waits in its queue while the main thread, busy with a site, cannot answer. */
const IN_FLIGHT = 2;

/**
 * Checks the jobs on `size` threads: the main thread (`local`) and `size - 1` worker threads, each taking the next job
 * when it is done. Every result goes to `deliver` as it arrives (in whatever order the threads finish; the caller puts
 * them back in order). The main thread takes part because a worker costs a bundle to load and its code to warm up.
 * No thread is given its next job before `drained` resolves, so results do not pile up faster than they are printed.
 */
export function runInWorkers(
  script: string,
  size: number,
  locale: Locale,
  jobs: readonly UnitJob[],
  local: (job: UnitJob) => UnitResult,
  deliver: (result: UnitResult) => void,
  drained: () => Promise<void> = () => Promise.resolve(),
): Promise<void> {
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      void Promise.all(workers.map((w) => w.terminate())).then(() => (error === undefined ? resolve() : reject(error)));
    };
    const received = (result: UnitResult): boolean => {
      try {
        deliver(result);
      } catch (e) {
        finish(e);
        return false;
      }
      if (++done === jobs.length) finish();
      return !settled;
    };
    if (jobs.length === 0) return resolve();
    // Required here: a check in one thread (most runs) need not load Node's worker module.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    for (let i = 0; i < Math.min(size - 1, jobs.length - 1); i++) {
      const worker = new Worker(script, { workerData: { locale } });
      workers.push(worker);
      const give = () => {
        if (next < jobs.length) worker.postMessage(jobs[next++]);
      };
      worker.on('message', (result: UnitResult) => {
        if (!settled && received(result)) void drained().then(give);
      });
      worker.on('error', (e) => finish(e));
      worker.on('exit', (code) => finish(new Error(`a worker thread stopped (exit code ${code})`)));
      for (let k = 0; k < IN_FLIGHT; k++) give();
    }
    // The main thread checks a job, then lets the workers' messages in before it takes the next.
    const step = () => {
      if (settled || next >= jobs.length) return;
      let result: UnitResult;
      try {
        result = local(jobs[next++]);
      } catch (e) {
        return finish(e);
      }
      if (received(result)) void drained().then(() => setImmediate(step));
    };
    setImmediate(step);
  });
}
