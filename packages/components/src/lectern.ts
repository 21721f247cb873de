// The entry of the self-contained script-tag build (dist/lectern.js): registers every element
// and exposes the element classes and the core entry points (parse, resolve) for scripts on
// the page. Only what is named here is bundled: the rest of core is left to tree-shaking.
import "./define.js";

export * from "./index.js";
export { describeProblem, parseProgram, parseProgramJson, resolveSchedule, toICalendar } from "@lectern/core";
