import { loadProgram, quickParseProgram, type ParseResult, type Program } from "@lectern/core";
import type { ReactiveControllerHost } from "lit";
import { answerNowOrLater, JsonSourceController, type JsonSourceResult } from "./json-source-controller.js";
import { readProgramText } from "./program-text-reader.js";

const asSourceResult = (result: ParseResult): JsonSourceResult<Program> =>
  result.ok ? { ok: true, value: result.program, warnings: result.warnings } : result;

/**
 * Loads the program an element shows (`<schedule-grid>`, `<talk-list>`): the `program`
 * property, then an inline JSON child, then `src`, each through core's parse boundary.
 *
 * A program whose shape is right is answered at once, without zod (core's quick path); for
 * one that is not, zod is loaded (a separate file of lectern.js) to say what is wrong. The
 * quick path runs again inside `loadProgram…` then: only on broken data, where it fails fast.
 * JSON text is checked off the main thread where lectern.js's worker is ready
 * (program-text-reader.ts), while `prepare` builds what the host will draw from the value.
 */
export class ProgramSourceController extends JsonSourceController<Program> {
  /**
   * `property` names the source in messages; `readsInlineJson: false` for a second source
   * (`previous-src`); `prepare` is given a program read from text before it is checked (see
   * `readProgramText`): pure work the host would do first with it, whose results it caches.
   */
  constructor(
    host: ReactiveControllerHost & Element,
    options: { property?: string; readsInlineJson?: boolean; prepare?: (unchecked: Program) => void } = {},
  ) {
    super(host, {
      property: options.property ?? "program",
      readsInlineJson: options.readsInlineJson,
      fromValue: (value) => answerNowOrLater(quickParseProgram(value), () => loadProgram(value), asSourceResult),
      fromText: (text) => {
        const result = readProgramText(text, options.prepare);
        return result instanceof Promise ? result.then(asSourceResult) : asSourceResult(result);
      },
    });
  }
}
