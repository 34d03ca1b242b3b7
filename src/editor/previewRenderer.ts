import { renderWeek } from '../core/render/render';
import type { RenderInput, RenderOutput } from '../core/render/render';

/** Where a page was rendered: a worker thread beside the extension host, or the host's own thread (the web host). */
export type RenderThread = 'worker' | 'host';

export type RenderResult = { readonly ok: true; readonly output: RenderOutput; readonly renderMs: number; readonly thread: RenderThread } | { readonly ok: false; readonly error: string };

/**
 * Renders preview pages. Requests are coalesced per key (one preview panel): while a render runs only the latest text
 * waits, and superseded requests resolve to undefined.
 */
export interface PreviewRenderer {
  render(key: string, input: RenderInput): Promise<RenderResult | undefined>;
  /** Drops a key's waiting request (its panel closed). */
  cancel(key: string): void;
  dispose(): void;
}

interface Job {
  readonly input: RenderInput;
  readonly resolve: (result: RenderResult | undefined) => void;
}

/**
 * The renderer of the web extension host (github.dev, vscode.dev): that host is already a web worker with no worker
 * threads of its own to start, so pages render here (the Node host renders in a worker thread: node/workerRenderer.ts).
 * A render starts on the next task, so a burst of edits renders only the latest text.
 */
export class InHostRenderer implements PreviewRenderer {
  private readonly waiting = new Map<string, Job>();
  private scheduled: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(private readonly log: (line: string) => void) {}

  render(key: string, input: RenderInput): Promise<RenderResult | undefined> {
    if (this.disposed) return Promise.resolve(undefined);
    this.waiting.get(key)?.resolve(undefined);
    return new Promise((resolve) => {
      this.waiting.set(key, { input, resolve });
      this.scheduled ??= setTimeout(() => this.drain(), 0);
    });
  }

  cancel(key: string): void {
    this.waiting.get(key)?.resolve(undefined);
    this.waiting.delete(key);
  }

  private drain(): void {
    this.scheduled = undefined;
    const jobs = [...this.waiting.values()];
    this.waiting.clear();
    for (const job of jobs) {
      if (this.disposed) return job.resolve(undefined);
      const started = performance.now();
      try {
        job.resolve({ ok: true, output: renderWeek(job.input), renderMs: performance.now() - started, thread: 'host' });
      } catch (error) {
        this.log(`Preview render failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        job.resolve({ ok: false, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    clearTimeout(this.scheduled);
    this.waiting.forEach((job) => job.resolve(undefined));
    this.waiting.clear();
  }
}
