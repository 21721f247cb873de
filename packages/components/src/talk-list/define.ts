import { defineElement } from "../shared/define-element.js";
import { TalkListElement } from "./talk-list.element.js";

// Registers <talk-list>; says so in the console when another class already owns the tag.
defineElement("talk-list", TalkListElement);

export { TalkListElement };
