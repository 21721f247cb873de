// Node-only entry (`@lectern/components/ssr`): static pages by Lit SSR. Kept out of the
// package root and of lectern.js, which run in browsers.
export {
  renderProgramPage,
  renderSpeakersPage,
  renderTalkPage,
  talkPageFileName,
  type StaticPageOptions,
} from "./render-program-page.js";
export { printOrientationOf, renderPrintPage, type PrintOrientation } from "./render-print-page.js";
