import { parseProgram, parseProgramJson, type ParseResult, type Program } from "@lectern/core";
import type { ReactiveControllerHost } from "lit";
import { JsonSourceController, type JsonSourceResult } from "./json-source-controller.js";

const asSourceResult = (result: ParseResult): JsonSourceResult<Program> => (result.ok ? { ok: true, value: result.program, warnings: result.warnings } : result);

/**
 * Loads the program an element shows (`<schedule-grid>`, `<talk-list>`): the `program`
 * property, then an inline JSON child, then `src`, each through `parseProgram`.
 */
export class ProgramSourceController extends JsonSourceController<Program> {
  constructor(host: ReactiveControllerHost & Element) {
    super(host, { property: "program", fromValue: (value) => asSourceResult(parseProgram(value)), fromText: (text) => asSourceResult(parseProgramJson(text)) });
  }
}
