import { parseProgram, parseProgramJson, problemAt, type Program, type ProgramProblem } from "@lectern/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { fetchText, takeEarlyFetch } from "../shared/early-fetch.js";

/** Where a program comes from, and whether it could be used. */
export type ProgramSourceState =
  | { readonly status: "empty" }
  | { readonly status: "loading"; readonly url: string }
  | { readonly status: "ready"; readonly program: Program; readonly warnings: readonly ProgramProblem[] }
  | { readonly status: "error"; readonly source: string; readonly problems: readonly ProgramProblem[] };

/** What the host offers as sources. */
export interface ProgramSources {
  /** A program set as a property (already parsed, or raw data to validate). */
  readonly program?: unknown;
  /** The text of an inline `<script type="application/json">` child. */
  readonly inlineJson?: string;
  /** A URL to fetch. */
  readonly src?: string;
}

/**
 * Loads the program an element shows, from the first source present: the `program`
 * property, then an inline `<script type="application/json">` child, then the `src` URL.
 * Every source goes through the core's parse boundary, so a mistake in the data becomes a
 * list of problems with paths (and lines), never a blank element.
 */
export class ProgramSourceController implements ReactiveController {
  state: ProgramSourceState = { status: "empty" };
  private lastKey: unknown;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Called from the host's `willUpdate` with its current sources. */
  update(sources: ProgramSources): void {
    const key = sources.program ?? sources.inlineJson ?? sources.src;
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.abort?.abort();
    if (sources.program !== undefined) {
      this.state = this.settle(parseProgram(sources.program), "the program property");
    } else if (sources.inlineJson !== undefined) {
      this.state = this.settle(parseProgramJson(sources.inlineJson), "the inline JSON");
    } else if (sources.src) {
      this.state = { status: "loading", url: sources.src };
      void this.fetchProgram(sources.src);
    } else {
      this.state = { status: "empty" };
    }
  }

  private settle(result: ReturnType<typeof parseProgram>, source: string): ProgramSourceState {
    return result.ok ? { status: "ready", program: result.program, warnings: result.warnings } : { status: "error", source, problems: result.errors };
  }

  private async fetchProgram(url: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    let next: ProgramSourceState;
    try {
      const response = await (takeEarlyFetch(url) ?? fetchText(url, abort.signal));
      if (abort.signal.aborted) return;
      if (!response.ok) {
        next = { status: "error", source: url, problems: [problemAt([], `could not be loaded: the server answered ${response.status} ${response.statusText}`.trim())] };
      } else {
        next = this.settle(parseProgramJson(response.text), url);
      }
    } catch (error) {
      if (abort.signal.aborted) return;
      const reason = error instanceof Error ? error.message : String(error);
      next = { status: "error", source: url, problems: [problemAt([], `could not be loaded: ${reason}`)] };
    }
    if (abort.signal.aborted) return;
    this.state = next;
    this.host.requestUpdate();
  }
}
