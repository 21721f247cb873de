import { TalkCardElement } from "./talk-card.element.js";

// Tolerates being loaded twice (two bundles on one page): the first definition wins.
if (!customElements.get("talk-card")) customElements.define("talk-card", TalkCardElement);

export { TalkCardElement };
