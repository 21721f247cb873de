import { problemAt, type ProgramProblem } from "@lectern/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { fetchText, inlineJsonSelector, takeEarlyFetch } from "./early-fetch.js";
import { resolveAddress } from "./resolve-address.js";

/** What a parse boundary of core answers, whatever it reads (a program, a paper digest). */
export type JsonSourceResult<T> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly ProgramProblem[] }
  | { readonly ok: false; readonly errors: readonly ProgramProblem[]; readonly warnings: readonly ProgramProblem[] };

/**
 * How to read one kind of document: from a value set as a property, and from JSON text. A
 * reader may answer later (a promise): programs are checked without zod when their shape is
 * right, and zod is loaded only to word what is wrong.
 */
export interface JsonSourceReader<T> {
  /** The property's name, for messages ("the program property"). */
  readonly property: string;
  readonly fromValue: (value: unknown) => JsonSourceResult<T> | Promise<JsonSourceResult<T>>;
  readonly fromText: (text: string) => JsonSourceResult<T> | Promise<JsonSourceResult<T>>;
  /** False for a second source of the element (`previous-src`): its inline JSON child is the main one's. */
  readonly readsInlineJson?: boolean;
}

/**
 * A reader's answer from core's two paths: the quick one (no zod) now when it has one, else
 * the full one once zod's part has loaded.
 */
export function answerNowOrLater<Result, T>(
  quick: Result | undefined,
  load: () => Promise<Result>,
  asSourceResult: (result: Result) => JsonSourceResult<T>,
): JsonSourceResult<T> | Promise<JsonSourceResult<T>> {
  return quick ? asSourceResult(quick) : load().then(asSourceResult);
}

/** Where the document comes from, and whether it could be used. */
export type JsonSourceState<T> =
  | { readonly status: "empty" }
  | { readonly status: "loading"; readonly url?: string }
  | { readonly status: "ready"; readonly data: T; readonly warnings: readonly ProgramProblem[] }
  | { readonly status: "error"; readonly source: string; readonly problems: readonly ProgramProblem[] };

/** What the host offers as sources (its inline JSON child is read by the controller). */
export interface JsonSources {
  /** The value of the element's data property (already parsed, or raw data to validate). */
  readonly value?: unknown;
  /** A URL to fetch. */
  readonly src?: string;
}

/**
 * Loads the document an element shows, from the first source present: its data property,
 * then an inline `<script type="application/json">` child, then the `src` URL. Every source
 * goes through core's parse boundary (the reader), so a mistake in the data becomes a list of
 * problems with paths (and lines, for JSON text), never a blank element.
 */
export class JsonSourceController<T> implements ReactiveController {
  state: JsonSourceState<T> = { status: "empty" };
  private lastKey: unknown;
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly reader: JsonSourceReader<T>,
  ) {
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
  update(sources: JsonSources): void {
    // The property wins, so the children are only read without it; that also lets Lit SSR
    // (whose Node elements have no children to query) render from the property. A reader of
    // another version (previous-src) never reads the children: they are the current version.
    const inlineJson =
      this.reader.readsInlineJson === false || sources.value !== undefined
        ? undefined
        : (this.host.querySelector(inlineJsonSelector)?.textContent ?? undefined);
    const key = sources.value ?? inlineJson ?? sources.src;
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.abort?.abort();
    if (sources.value !== undefined) {
      this.read(this.reader.fromValue(sources.value), `the ${this.reader.property} property`);
    } else if (inlineJson !== undefined) {
      this.read(this.reader.fromText(inlineJson), "the inline JSON");
    } else if (sources.src) {
      const address = resolveAddress(sources.src);
      if (!address.ok) {
        // Said by this element alone; the others on the page load as usual (issue 18).
        this.state = { status: "error", source: sources.src, problems: [problemAt([], address.message)] };
        return;
      }
      this.state = { status: "loading", url: sources.src };
      void this.fetchSource(sources.src);
    } else {
      this.state = { status: "empty" };
    }
  }

  /** Settles on the reader's answer (called in an update): now, or once it arrives, unless the sources changed meanwhile. */
  private read(answer: JsonSourceResult<T> | Promise<JsonSourceResult<T>>, source: string): void {
    if (!(answer instanceof Promise)) {
      this.state = settle(answer, source);
      return;
    }
    const abort = new AbortController();
    this.abort = abort;
    this.state = { status: "loading" };
    void answer.then(
      (result) => this.arrive(abort, settle(result, source)),
      (error: unknown) => this.arrive(abort, uncheckable(source, error)),
    );
  }

  private arrive(abort: AbortController, next: JsonSourceState<T>): void {
    if (abort.signal.aborted) return;
    this.state = next;
    this.host.requestUpdate();
  }

  private async fetchSource(url: string): Promise<void> {
    const abort = new AbortController();
    this.abort = abort;
    let response: Awaited<ReturnType<typeof fetchText>>;
    try {
      // lectern.js starts fetching the src of the elements on the page before their code loads.
      response = await (takeEarlyFetch(url) ?? fetchText(url, abort.signal));
    } catch (error) {
      this.arrive(abort, {
        status: "error",
        source: url,
        problems: [problemAt([], `could not be loaded: ${describeError(error)}`)],
      });
      return;
    }
    if (abort.signal.aborted) return;
    if (!response.ok) {
      this.arrive(abort, {
        status: "error",
        source: url,
        problems: [
          problemAt([], `could not be loaded: the server answered ${response.status} ${response.statusText}`.trim()),
        ],
      });
      return;
    }
    let next: JsonSourceState<T>;
    try {
      next = settle(await this.reader.fromText(response.text), url);
    } catch (error) {
      next = uncheckable(url, error);
    }
    this.arrive(abort, next);
  }
}

/**
 * A reader that failed (zod's part of lectern.js could not be fetched): said as such, not as
 * the document's URL failing to load.
 */
function uncheckable<T>(source: string, error: unknown): JsonSourceState<T> {
  return { status: "error", source, problems: [problemAt([], `could not be checked: ${describeError(error)}`)] };
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function settle<T>(result: JsonSourceResult<T>, source: string): JsonSourceState<T> {
  return result.ok
    ? { status: "ready", data: result.value, warnings: result.warnings }
    : { status: "error", source, problems: result.errors };
}
