import { defineElement } from "../shared/define-element.js";
import { PaperListElement } from "./paper-list.element.js";

// Registers <paper-list>; says so in the console when another class already owns the tag.
defineElement("paper-list", PaperListElement);

export { PaperListElement };
