import { PaperListElement } from "./paper-list.element.js";

// Tolerates being loaded twice (two bundles on one page): the first definition wins.
if (!customElements.get("paper-list")) customElements.define("paper-list", PaperListElement);

export { PaperListElement };
