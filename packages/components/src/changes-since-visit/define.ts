import { defineElement } from "../shared/define-element.js";
import { ChangesSinceVisitElement } from "./changes-since-visit.element.js";

// Registers <changes-since-visit>; says so in the console when another class already owns the tag.
defineElement("changes-since-visit", ChangesSinceVisitElement);

export { ChangesSinceVisitElement };
