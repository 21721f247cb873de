import { ScheduleGridElement } from "./schedule-grid.element.js";

// Tolerates being loaded twice (two bundles on one page): the first definition wins.
if (!customElements.get("schedule-grid")) customElements.define("schedule-grid", ScheduleGridElement);

export { ScheduleGridElement };
