// The entry of the self-contained script-tag build (dist/lectern.js): registers the program
// elements at once, and <talk-list> and <paper-list> when the page first uses them (each is a
// chunk beside lectern.js, like the math renderer), so a page pays only for what it shows.
// It also exposes the eager element classes and the core entry points (parse, resolve) for
// scripts on the page; a lazy element's class is `customElements.get(tag)` once
// `customElements.whenDefined(tag)` resolves. Only what is named here is bundled.
import "./talk-card/define.js";
import "./schedule-grid/define.js";
import "./speaker-list/define.js";
import "./event-summary/define.js";
import { defineOnFirstUse } from "./shared/define-on-first-use.js";

defineOnFirstUse({
  "paper-list": () => import("./paper-list/define.js"),
});

export * from "./program-elements.js";
export { describeProblem, parseProgram, parseProgramJson, resolveSchedule, toICalendar } from "@lectern/core";
