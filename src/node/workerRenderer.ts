import { Worker } from 'node:worker_threads';
import type { RenderInput } from '../core/render/render';
import type { PreviewRenderer, RenderResult } from '../editor/previewRenderer';
import type { RenderWorkerReply } from '../workers/renderProtocol';

interface Job {
  readonly key: string;
  readonly input: RenderInput;
  readonly resolve: (result: RenderResult | undefined) => void;
}

/** A render taking longer than this is stuck (a pathological page): the worker is replaced. */
const RENDER_TIMEOUT_MS = 120_000;

/**
 * The Node extension host's renderer: pages render in one worker thread so a large page never blocks the extension
 * host. The thread runs the extension's own bundle (its `runRenderWorker` entry), so the renderer ships once.
 */
export class WorkerRenderer implements PreviewRenderer {
  private worker: Worker | undefined;
  private running: { id: number; job: Job; timer: ReturnType<typeof setTimeout> } | undefined;
  private readonly waiting = new Map<string, Job>();
  private nextId = 0;
  private disposed = false;

  constructor(
    private readonly bundlePath: string,
    private readonly log: (line: string) => void,
  ) {}

  render(key: string, input: RenderInput): Promise<RenderResult | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    this.waiting.get(key)?.resolve(undefined);
    return new Promise((resolve) => {
      this.waiting.set(key, { key, input, resolve });
      this.pump();
    });
  }

  cancel(key: string): void {
    this.waiting.get(key)?.resolve(undefined);
    this.waiting.delete(key);
  }

  private pump(): void {
    if (this.running || this.disposed) return;
    const next = this.waiting.values().next();
    if (next.done) return;
    const job = next.value;
    this.waiting.delete(job.key);
    const id = ++this.nextId;
    let worker: Worker;
    try {
      worker = this.ensureWorker();
    } catch (error) {
      job.resolve({ ok: false, error: `The preview renderer could not start: ${String(error)}` });
      return;
    }
    const timer = setTimeout(() => this.fail(`The preview took longer than ${RENDER_TIMEOUT_MS / 1000} s to render and was stopped.`), RENDER_TIMEOUT_MS);
    this.running = { id, job, timer };
    worker.postMessage({ id, input: job.input });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // An eval'd CommonJS script: the bundle's top level starts nothing, its entry for the thread does.
    const worker = new Worker(`require(${JSON.stringify(this.bundlePath)}).runRenderWorker();`, { eval: true });
    worker.unref();
    worker.on('message', (reply: RenderWorkerReply) => this.finish(reply));
    worker.on('error', (error) => {
      if (this.worker !== worker) return;
      this.log(`Preview renderer failed: ${error.stack ?? error.message}`);
      this.fail(`The preview renderer failed: ${error.message}`);
    });
    worker.on('exit', (code) => {
      // A worker we replaced ourselves (terminate) is already forgotten; only an unexpected exit fails the job.
      if (this.worker !== worker) return;
      this.worker = undefined;
      if (!this.disposed) this.fail(`The preview renderer stopped (exit code ${code}).`);
    });
    this.worker = worker;
    return worker;
  }

  private finish(reply: RenderWorkerReply): void {
    const running = this.running;
    if (!running || running.id !== reply.id) return;
    clearTimeout(running.timer);
    this.running = undefined;
    if (!reply.ok) this.log(`Preview render failed: ${reply.error}`);
    // A newer text of the same panel is waiting: this result is already stale.
    const stale = this.waiting.has(running.job.key);
    running.job.resolve(stale ? undefined : reply.ok ? { ok: true, output: reply.output, renderMs: reply.renderMs, thread: 'worker' } : { ok: false, error: reply.error.split('\n')[0] });
    this.pump();
  }

  /** Ends the running job with an error and replaces the worker, so the next request starts clean. */
  private fail(error: string): void {
    const running = this.running;
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    void worker?.terminate();
    if (running) {
      clearTimeout(running.timer);
      running.job.resolve({ ok: false, error });
    }
    this.pump();
  }

  dispose(): void {
    this.disposed = true;
    if (this.running) clearTimeout(this.running.timer);
    this.running?.job.resolve(undefined);
    this.running = undefined;
    this.waiting.forEach((job) => job.resolve(undefined));
    this.waiting.clear();
    void this.worker?.terminate();
    this.worker = undefined;
  }
}
