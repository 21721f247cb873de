import type { ProgramCheckMessage, ProgramCheckRequest, ProgramVerdict } from "./program-check-protocol.js";

/**
 * How long a request waits for a worker that has not said it is ready (its script still
 * loading, or stalled) before the caller checks the text itself. A ready worker is waited for:
 * it is checking.
 */
const notReadyPatienceMs = 3000;

/**
 * The page's side of the program-check worker (program-check-worker.ts). lectern.js starts one
 * while the page's programs download, so that checking a program's text runs on another core
 * while the main thread parses the same text and prepares what the element will draw.
 * Without a worker (none started, blocked by the page's CSP, failed to load, crashed) nothing
 * changes: each element checks the text on the main thread, as the ESM build always does.
 */
export class ProgramChecker {
  private readonly worker: Worker | undefined;
  private ready = false;
  private broken = false;
  private lastId = 0;
  private readonly pending = new Map<number, (verdict: ProgramVerdict) => void>();

  /** Starts the worker from `create`, which may throw (then there is none). */
  constructor(create: () => Worker) {
    try {
      this.worker = create();
    } catch {
      // A cross-origin script the browser refuses, or a CSP without worker-src: no worker.
      this.broken = true;
      return;
    }
    this.worker.onmessage = ({ data }: MessageEvent<ProgramCheckMessage>) => {
      if (data.kind === "ready") {
        this.ready = true;
        return;
      }
      this.settle(data.id, data.verdict);
    };
    // The script could not load, or the worker died: whoever waits reads the text itself.
    this.worker.onerror = () => this.stop();
    this.worker.onmessageerror = () => this.stop();
  }

  /**
   * The worker's verdict on a program's JSON text, or undefined when there is no worker (the
   * caller checks the text itself). A worker still loading gets the text too: its "ready" is
   * a task the busy main thread may not have run yet, and the worker queues the request.
   */
  check(text: string): Promise<ProgramVerdict> | undefined {
    const worker = this.worker;
    if (!worker || this.broken) return undefined;
    const id = (this.lastId += 1);
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      const request: ProgramCheckRequest = { id, text };
      worker.postMessage(request);
      if (!this.ready) setTimeout(() => this.ready || this.settle(id, { kind: "other" }), notReadyPatienceMs);
    });
  }

  private settle(id: number, verdict: ProgramVerdict): void {
    this.pending.get(id)?.(verdict);
    this.pending.delete(id);
  }

  private stop(): void {
    this.broken = true;
    for (const id of [...this.pending.keys()]) this.settle(id, { kind: "other" });
    this.worker?.terminate();
  }
}

let pageChecker: ProgramChecker | undefined;

/** Starts the page's one checker (lectern.js calls it); later calls do nothing. */
export function startProgramChecker(create: () => Worker): void {
  if (!pageChecker && typeof Worker !== "undefined") pageChecker = new ProgramChecker(create);
}

/** The page's checker's verdict on `text` ({@link ProgramChecker.check}), or undefined without one. */
export function checkProgramTextOffThread(text: string): Promise<ProgramVerdict> | undefined {
  return pageChecker?.check(text);
}

/** How a reader asks for a verdict: the page's checker unless a test gives another. */
export type CheckProgramText = (text: string) => Promise<ProgramVerdict> | undefined;
