import { TalkListElement } from "./talk-list.element.js";

// Tolerates being loaded twice (two bundles on one page): the first definition wins.
if (!customElements.get("talk-list")) customElements.define("talk-list", TalkListElement);

export { TalkListElement };
