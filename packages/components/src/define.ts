// Registers every Lectern element: one per row of the element table, each with its class.
import { ChangesSinceVisitElement } from "./changes-since-visit/changes-since-visit.element.js";
import { elementTable, type ElementTag } from "./element-table.js";
import { EventSummaryElement } from "./event-summary/event-summary.element.js";
import { PaperListElement } from "./paper-list/paper-list.element.js";
import { ScheduleGridElement } from "./schedule-grid/schedule-grid.element.js";
import { defineElement } from "./shared/define-element.js";
import { SpeakerListElement } from "./speaker-list/speaker-list.element.js";
import { TalkCardElement } from "./talk-card/talk-card.element.js";
import { TalkListElement } from "./talk-list/talk-list.element.js";

// Static imports, so that every element is registered before this module's importers run;
// typed by the table, so that a row without its class here (or a class without a row) does
// not compile.
const elementClasses: Record<ElementTag, CustomElementConstructor> = {
  "schedule-grid": ScheduleGridElement,
  "talk-card": TalkCardElement,
  "speaker-list": SpeakerListElement,
  "event-summary": EventSummaryElement,
  "talk-list": TalkListElement,
  "paper-list": PaperListElement,
  "changes-since-visit": ChangesSinceVisitElement,
};

for (const { tag } of elementTable) defineElement(tag, elementClasses[tag]);
