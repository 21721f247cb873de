import { EventSummaryElement } from "./event-summary.element.js";

// Tolerates being loaded twice (two bundles on one page): the first definition wins.
if (!customElements.get("event-summary")) customElements.define("event-summary", EventSummaryElement);

export { EventSummaryElement };
