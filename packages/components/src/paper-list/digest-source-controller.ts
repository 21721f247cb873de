import { parsePaperDigest, parsePaperDigestJson, problemAt, type PaperDigest, type PaperDigestResult, type ProgramProblem } from "@lectern/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { fetchText, takeEarlyFetch } from "../shared/early-fetch.js";

/** Where a digest comes from, and whether it could be used. */
export type DigestSourceState =
  | { readonly status: "empty" }
  | { readonly status: "loading"; readonly url: string }
  | { readonly status: "ready"; readonly digest: PaperDigest; readonly warnings: readonly ProgramProblem[] }
  | { readonly status: "error"; readonly source: string; readonly problems: readonly ProgramProblem[] };

/** What the host offers as sources. */
export interface DigestSources {
  /** A digest set as a property (already parsed, or raw data to validate). */
  readonly digest?: unknown;
  /** The text of an inline `<script type="application/json">` child. */
  readonly inlineJson?: string;
  /** A URL to fetch. */
  readonly src?: string;
}

/**
 * Loads the digest `<paper-list>` shows, from the first source present: the `digest`
 * property, then an inline `<script type="application/json">` child, then the `src` URL. Every
 * source goes through the core's parse boundary, so a mistake in the data becomes a list of
 * problems with paths (and lines, for JSON text), never a blank element.
 *
 * The twin of `<schedule-grid>`'s `ProgramSourceController`, for digests; the two differ only
 * in the parser they call.
 */
export class DigestSourceController implements ReactiveController {
  state: DigestSourceState = { status: "empty" };
  private lastKey: unknown;
  private abort?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // Moving an element disconnects it, which aborts its request: fetch again on reconnection.
    if (this.state.status === "loading") {
      this.lastKey = undefined;
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  /** Called from the host's `willUpdate` with its current sources; does nothing when they did not change. */
  update(sources: DigestSources): void {
    const key = sources.digest ?? sources.inlineJson ?? sources.src;
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.abort?.abort();
    if (sources.digest !== undefined) {
      this.state = settle(parsePaperDigest(sources.digest), "the digest property");
    } else if (sources.inlineJson !== undefined) {
      this.state = settle(parsePaperDigestJson(sources.inlineJson), "the inline JSON");
    } else if (sources.src) {
      this.state = { status: "loading", url: sources.src };
      void this.fetchDigest(sources.src);
    } else {
      this.state = { status: "empty" };
    }
  }

  private async fetchDigest(url: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    let next: DigestSourceState;
    try {
      // lectern.js starts fetching the src of the elements on the page before their code loads.
      const response = await (takeEarlyFetch(url) ?? fetchText(url, abort.signal));
      if (abort.signal.aborted) return;
      next = response.ok
        ? settle(parsePaperDigestJson(response.text), url)
        : { status: "error", source: url, problems: [problemAt([], `could not be loaded: the server answered ${response.status} ${response.statusText}`.trim())] };
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

function settle(result: PaperDigestResult, source: string): DigestSourceState {
  return result.ok ? { status: "ready", digest: result.digest, warnings: result.warnings } : { status: "error", source, problems: result.errors };
}
