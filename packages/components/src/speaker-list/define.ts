import { defineElement } from "../shared/define-element.js";
import { SpeakerListElement } from "./speaker-list.element.js";

// Registers <speaker-list>; says so in the console when another class already owns the tag.
defineElement("speaker-list", SpeakerListElement);

export { SpeakerListElement };
