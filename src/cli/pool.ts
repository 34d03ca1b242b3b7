import { Worker } from 'node:worker_threads';
import type { Locale } from './locale';
import type { UnitJob, UnitResult } from './lintUnit';

/**
 * Sends the jobs to `size` worker threads, each taking the next job when it is done, and hands every result to
 * `deliver` as it arrives (in whatever order the workers finish; the caller puts them back in order).
 */
export function runInWorkers(script: string, size: number, locale: Locale, jobs: readonly UnitJob[], deliver: (result: UnitResult) => void): Promise<void> {
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
    if (jobs.length === 0) return resolve();
    for (let i = 0; i < Math.min(size, jobs.length); i++) {
      const worker = new Worker(script, { workerData: { locale } });
      workers.push(worker);
      const give = () => {
        if (next < jobs.length) worker.postMessage(jobs[next++]);
      };
      worker.on('message', (result: UnitResult) => {
        if (settled) return;
        try {
          deliver(result);
        } catch (e) {
          return finish(e);
        }
        if (++done === jobs.length) finish();
        else give();
      });
      worker.on('error', (e) => finish(e));
      worker.on('exit', (code) => finish(new Error(`a worker thread stopped (exit code ${code})`)));
      give();
    }
  });
}
