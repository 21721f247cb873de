import type { Program } from "@lectern/core";
import { fosdemShapedData } from "./fosdem-shaped-data.js";
import { programFrom } from "./fixtures.js";

/** The FOSDEM-shaped program of fosdem-shaped-data.ts, parsed. */
export function fosdemShapedProgram(): Program {
  return programFrom(fosdemShapedData());
}
