/**
 * @lectern/components: web components that show an academic event's program. Importing this
 * module defines no elements (no side effects); import `@lectern/components/define.js` (all
 * elements) or `@lectern/components/<element>/define.js` to register the tags.
 *
 * @packageDocumentation
 */
export { AbstractToggleEvent, TalkCardElement } from "./talk-card/talk-card.element.js";
export {
  FavouritesChangeEvent,
  ScheduleGridElement,
  type ScheduleView,
} from "./schedule-grid/schedule-grid.element.js";
export {
  defaultScheduleGridStrings,
  type DeprecatedScheduleGridStrings,
  type ScheduleGridStrings,
} from "./schedule-grid/schedule-grid.strings.js";
export { BiographyToggleEvent, SpeakerListElement } from "./speaker-list/speaker-list.element.js";
export {
  defaultSpeakerListStrings,
  mergeSpeakerListStrings,
  type SpeakerListStrings,
} from "./speaker-list/speaker-list.strings.js";
export { speakerListModes, viewSpeakerList, type SpeakerListMode } from "./speaker-list/speaker-list-view.js";
export { EventSummaryElement } from "./event-summary/event-summary.element.js";
export {
  defaultEventSummaryStrings,
  mergeEventSummaryStrings,
  type EventSummaryStrings,
} from "./event-summary/event-summary.strings.js";
export type { ChangeBadge, ChangeMark } from "./shared/change-marks.js";
export { defaultUiStrings, mergeUiStrings, type UiStringOverrides, type UiStrings } from "./shared/ui-strings.js";
export { SeriesCalendarDownloadEvent, TalkListElement } from "./talk-list/talk-list.element.js";
export { defaultTalkListStrings, mergeTalkListStrings, type TalkListStrings } from "./talk-list/talk-list.strings.js";
export {
  describeNextMeeting,
  formatMeetingDate,
  viewTalkList,
  type ListedMeeting,
  type MeetingGroup,
  type NextMeeting,
  type TalkListView,
} from "./talk-list/talk-list-view.js";
export { PaperAbstractToggleEvent, PaperFilterChangeEvent, PaperListElement } from "./paper-list/paper-list.element.js";
export {
  defaultPaperListStrings,
  mergePaperListStrings,
  type PaperListStrings,
} from "./paper-list/paper-list.strings.js";
export {
  describePublication,
  formatScore,
  viewPaperCard,
  type CardAuthor,
  type CardTag,
  type PaperCardView,
} from "./paper-list/paper-list-view.js";
export { ChangesSinceVisitElement } from "./changes-since-visit/changes-since-visit.element.js";
export {
  defaultChangesSinceVisitStrings,
  mergeChangesSinceVisitStrings,
  type ChangesSinceVisitStrings,
} from "./changes-since-visit/changes-since-visit.strings.js";
