// Runs renderWeek off the extension host's thread: the preview posts a page, this answers with its HTML.
import { parentPort } from 'node:worker_threads';
import { renderWeek } from '../core/render/render';
import type { RenderWorkerReply, RenderWorkerRequest } from './renderProtocol';

const port = parentPort;
if (!port) throw new Error('renderWorker must run as a worker thread');

port.on('message', (request: RenderWorkerRequest) => {
  const started = performance.now();
  let reply: RenderWorkerReply;
  try {
    reply = { id: request.id, ok: true, output: renderWeek(request.input), renderMs: performance.now() - started };
  } catch (error) {
    reply = { id: request.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});
