// Messages between the extension host and the render worker: plain, structured-clone-safe data.
import type { RenderInput, RenderOutput } from '../core/render/render';

export interface RenderWorkerRequest {
  readonly id: number;
  readonly input: RenderInput;
}

export type RenderWorkerReply =
  | { readonly id: number; readonly ok: true; readonly output: RenderOutput; readonly renderMs: number }
  | { readonly id: number; readonly ok: false; readonly error: string };
