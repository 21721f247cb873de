/**
 * The API of the program elements (`<talk-card>`, `<schedule-grid>`, `<speaker-list>`,
 * `<event-summary>`): what both the package root and the eager part of `lectern.js` export.
 * Defines no elements.
 */
export { AbstractToggleEvent, TalkCardElement } from "./talk-card/talk-card.element.js";
export { FavouritesChangeEvent, ScheduleGridElement, type ScheduleView } from "./schedule-grid/schedule-grid.element.js";
export { defaultScheduleGridStrings, type ScheduleGridStrings } from "./schedule-grid/schedule-grid.strings.js";
export { BiographyToggleEvent, SpeakerListElement } from "./speaker-list/speaker-list.element.js";
export { defaultSpeakerListStrings, mergeSpeakerListStrings, type SpeakerListStrings } from "./speaker-list/speaker-list.strings.js";
export { speakerListModes, viewSpeakerList, type SpeakerListMode } from "./speaker-list/speaker-list-view.js";
export { EventSummaryElement } from "./event-summary/event-summary.element.js";
export { defaultEventSummaryStrings, mergeEventSummaryStrings, type EventSummaryStrings } from "./event-summary/event-summary.strings.js";
export { defaultUiStrings, mergeUiStrings, type UiStrings } from "./shared/ui-strings.js";
