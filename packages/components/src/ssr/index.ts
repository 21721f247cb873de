// Node-only entry (`@lectern/components/ssr`): static pages by Lit SSR. Kept out of the
// package root and of lectern.js, which run in browsers.
export {
  preloadLinksFor,
  renderProgramPage,
  renderSpeakersPage,
  renderTalkPage,
  talkPageFileName,
  type StaticPageOptions,
} from "./render-program-page.js";
export { printOrientationOf, renderPrintPage, type PrintOrientation } from "./render-print-page.js";
export { renderElement } from "./render-element.js";
export { inlineProgramScript, programHandOverScript } from "./program-hand-over.js";
export type { ElementTag } from "../element-table.js";
