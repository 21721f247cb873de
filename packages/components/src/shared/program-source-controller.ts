import {
  loadProgram,
  loadProgramJson,
  quickParseProgram,
  quickParseProgramJson,
  type ParseResult,
  type Program,
} from "@lectern/core";
import type { ReactiveControllerHost } from "lit";
import { answerNowOrLater, JsonSourceController, type JsonSourceResult } from "./json-source-controller.js";

const asSourceResult = (result: ParseResult): JsonSourceResult<Program> =>
  result.ok ? { ok: true, value: result.program, warnings: result.warnings } : result;

/**
 * Loads the program an element shows (`<schedule-grid>`, `<talk-list>`): the `program`
 * property, then an inline JSON child, then `src`, each through core's parse boundary.
 *
 * A program whose shape is right is answered at once, without zod (core's quick path); for
 * one that is not, zod is loaded (a separate file of lectern.js) to say what is wrong. The
 * quick path runs again inside `loadProgram…` then: only on broken data, where it fails fast.
 */
export class ProgramSourceController extends JsonSourceController<Program> {
  /** `property` names the source in messages; `readsInlineJson: false` for a second source (`previous-src`). */
  constructor(host: ReactiveControllerHost & Element, options: { property?: string; readsInlineJson?: boolean } = {}) {
    super(host, {
      property: options.property ?? "program",
      readsInlineJson: options.readsInlineJson,
      fromValue: (value) => answerNowOrLater(quickParseProgram(value), () => loadProgram(value), asSourceResult),
      fromText: (text) => answerNowOrLater(quickParseProgramJson(text), () => loadProgramJson(text), asSourceResult),
    });
  }
}
