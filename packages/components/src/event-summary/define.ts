import { defineElement } from "../shared/define-element.js";
import { EventSummaryElement } from "./event-summary.element.js";

// Registers <event-summary>; says so in the console when another class already owns the tag.
defineElement("event-summary", EventSummaryElement);

export { EventSummaryElement };
