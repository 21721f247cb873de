/**
 * @lectern/components: web components that show an academic event's program. Importing this
 * module defines no elements (no side effects); import `@lectern/components/define.js` (all
 * elements) or `@lectern/components/<element>/define.js` to register the tags.
 *
 * @packageDocumentation
 */
export * from "./program-elements.js";
export { SeriesCalendarDownloadEvent, TalkListElement } from "./talk-list/talk-list.element.js";
export { defaultTalkListStrings, mergeTalkListStrings, type TalkListStrings } from "./talk-list/talk-list.strings.js";
export { describeNextMeeting, formatMeetingDate, viewTalkList, type ListedMeeting, type MeetingGroup, type NextMeeting, type TalkListView } from "./talk-list/talk-list-view.js";
export { PaperAbstractToggleEvent, PaperFilterChangeEvent, PaperListElement } from "./paper-list/paper-list.element.js";
export { defaultPaperListStrings, mergePaperListStrings, type PaperListStrings } from "./paper-list/paper-list.strings.js";
export { describePublication, formatScore, viewPaperCard, type CardAuthor, type CardTag, type PaperCardView } from "./paper-list/paper-list-view.js";
