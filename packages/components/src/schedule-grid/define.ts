import { defineElement } from "../shared/define-element.js";
import { ScheduleGridElement } from "./schedule-grid.element.js";

// Registers <schedule-grid>; says so in the console when another class already owns the tag.
defineElement("schedule-grid", ScheduleGridElement);

export { ScheduleGridElement };
