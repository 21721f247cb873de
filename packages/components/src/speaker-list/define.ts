import { SpeakerListElement } from "./speaker-list.element.js";

// Tolerates being loaded twice (two bundles on one page): the first definition wins.
if (!customElements.get("speaker-list")) customElements.define("speaker-list", SpeakerListElement);

export { SpeakerListElement };
