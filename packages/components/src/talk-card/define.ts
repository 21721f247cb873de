import { defineElement } from "../shared/define-element.js";
import { TalkCardElement } from "./talk-card.element.js";

// Registers <talk-card>; says so in the console when another class already owns the tag.
defineElement("talk-card", TalkCardElement);

export { TalkCardElement };
