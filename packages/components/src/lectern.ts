// The entry of the script-tag build (dist/lectern.js). It fetches the programs the page names
// while the rest of the bundle evaluates, registers the element table's "at-once" elements
// (<schedule-grid>), and every other element when the page first uses its tag: each is a chunk
// beside lectern.js, like the math renderer, so a page downloads only what it shows
// (docs/decisions/0005). zod and the model's schemas are a chunk too, fetched only to word the
// problems of a program that is not valid (docs/decisions/0006). It exposes <schedule-grid>'s
// class and the core entry points (loadProgramJson and loadProgram to read and check a
// program, resolveSchedule) for scripts on the page; another element's class is
// `customElements.get(tag)` once `customElements.whenDefined(tag)` resolves. Only what is
// named here is bundled.
import "./fetch-sources-early.js";
import { onFirstUseLoaders } from "./element-loaders.js";
import { elementTable, type AtOnceTag } from "./element-table.js";
import { ScheduleGridElement } from "./schedule-grid/schedule-grid.element.js";
import { defineElement } from "./shared/define-element.js";
import { defineOnFirstUse } from "./shared/define-on-first-use.js";

// Typed by the table: a row marked "at-once" without its class here does not compile.
const atOnceClasses: Record<AtOnceTag, CustomElementConstructor> = { "schedule-grid": ScheduleGridElement };

function defineElements(): void {
  for (const row of elementTable) if (row.registration === "at-once") defineElement(row.tag, atOnceClasses[row.tag]);
  defineOnFirstUse(onFirstUseLoaders);
}

// A page a server rendered (`lectern render`: declarative shadow DOM, already parsed) gets Lit's
// hydrate support first, so that its elements adopt that markup instead of drawing it again;
// it is a chunk, fetched only then. Unless the page loaded the support before lectern.js: Lit
// then patched itself as it was evaluated.
if (
  !("litElementHydrateSupport" in globalThis) &&
  [...document.querySelectorAll(elementTable.map((row) => row.tag).join())].some((element) => element.shadowRoot)
)
  import("./hydrate-support.js").then(defineElements, (error: unknown) => {
    // Without it the elements still work: they clear the server's markup and draw their own.
    console.error("Lectern could not load its hydrate support:", error);
    defineElements();
  });
else defineElements();

export {
  FavouritesChangeEvent,
  ScheduleGridElement,
  type ScheduleView,
} from "./schedule-grid/schedule-grid.element.js";
export { defaultScheduleGridStrings, type ScheduleGridStrings } from "./schedule-grid/schedule-grid.strings.js";
export { defaultUiStrings, mergeUiStrings, type UiStrings } from "./shared/ui-strings.js";
export { describeProblem, loadProgram, loadProgramJson, resolveSchedule, toICalendar } from "@lectern/core";
