// The program of _data/program.json, checked once: Eleventy hands every page the same object.
import { parseProgram } from "@lectern/core";

const checked = new WeakMap();

export function programOf(data) {
  if (!checked.has(data)) {
    const result = parseProgram(data);
    if (!result.ok)
      throw new Error(
        `_data/program.json: ${result.errors.map((error) => `${error.path}: ${error.message}`).join("; ")}`,
      );
    checked.set(data, result.program);
  }
  return checked.get(data);
}
