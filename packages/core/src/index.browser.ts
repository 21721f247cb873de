/**
 * @lectern/core: the program model of an academic event and the logic around it.
 * DOM-free; `now`, time zone and locale are always arguments.
 *
 * This is the browser build's entry (the `browser` export condition); `index.ts`, for Node,
 * is the same API with zod's compiled parser installed.
 *
 * @packageDocumentation
 */
export * from "./model/index.js";

export { parseProgram, type ParseResult } from "./parse/parse-program.js";
export { parseProgramJson } from "./parse/parse-program-json.js";
export { quickParseOwnedProgram, quickParseProgram, quickParseProgramJson } from "./parse/quick-parse-program.js";
export { loadProgram, loadProgramJson } from "./parse/load-program.js";
export { describeProblem, formatPath, problemAt, type PathSegment, type ProgramProblem } from "./parse/problem.js";
export { serializeProgram } from "./parse/serialize-program.js";

export { resolveSchedule, type ResolveOptions } from "./schedule/resolve-schedule.js";
export {
  isTimedEntry,
  type ResolvedItem,
  type ResolvedSchedule,
  type ResolvedSession,
  type ScheduleDay,
  type ScheduleRoomColumn,
  type UntimedItem,
} from "./schedule/resolved-schedule.js";
export { conflictKinds, type ConflictKind, type ScheduleConflict } from "./schedule/schedule-conflict.js";
export { placeInLanes, type Interval, type LanePlacement } from "./schedule/place-in-lanes.js";
export { programDayOf, daysBetween } from "./schedule/day-of.js";
export { indexProgram, type Indexed, type ProgramIndex } from "./schedule/program-index.js";
export { programForItem } from "./program/program-for-item.js";
export { programForSpeakers } from "./program/program-for-speakers.js";
export type { DurationOrigin, TimingOrigin } from "./schedule/compute-timings.js";
export { describePerson, isToBeAnnounced } from "./schedule/announcements.js";

export { readDateTimeText, readDateText, type DateTimeText, type LocalDateTime } from "./time/date-time-text.js";
export {
  isValidTimeZone,
  offsetAt,
  resolveLocalTime,
  toIsoInZone,
  toIsoDateInZone,
  toLocalDateTime,
  type LocalTimeResolution,
} from "./time/zoned-time.js";

export { formatTime, formatTimeRange, type TimeDisplayOptions } from "./format/format-time-range.js";
export {
  describeEventZone,
  describeEventZoneOver,
  formatZoneName,
  type ZoneNameStyle,
} from "./format/format-zone-name.js";
export {
  formatItemTime,
  timeZoneModes,
  type ItemTimeOptions,
  type ItemTimeText,
  type TimeZoneMode,
  type ZonedTimeText,
} from "./format/format-item-time.js";
export { formatDayHeading } from "./format/format-day-heading.js";
export { dateTimeFormat } from "./format/date-time-format-cache.js";
export {
  defaultRelativeStatusStrings,
  describeRelativeStatus,
  formatRelativeStatus,
  type RelativeState,
  type RelativeStatus,
  type RelativeStatusStrings,
} from "./format/relative-status.js";

export { createProgramJsonSchema, programJsonSchema, programJsonSchemaId } from "./json/program-json-schema.js";
export { createPaperDigestJsonSchema, paperDigestJsonSchemaId } from "./json/paper-digest-json-schema.js";

export { splitParagraphs } from "./text/split-paragraphs.js";
export { hasMath, splitMath, type TextSegment } from "./text/split-math.js";
export { decodeHtmlEntities } from "./import/html-to-text.js";
export { isSafeUrl } from "./model/safe-url.js";
export {
  escapeICalendarText,
  foldICalendarLine,
  toICalendar,
  toICalendarWithWarnings,
  type ICalendarOptions,
} from "./export/to-icalendar.js";
export { toC3voc, type C3vocExport } from "./export/to-c3voc.js";
export { toFrabXml } from "./export/to-frab-xml.js";
export { jsonLdScriptText, toJsonLd, type JsonLdNode } from "./export/to-json-ld.js";
export { toJsonLdWithWarnings, type JsonLdExport } from "./export/to-json-ld-with-warnings.js";
export { createItemMatcher, foldForSearch, type FilterableEntry, type ItemFilter } from "./schedule/filter-items.js";
export {
  authorListFormats,
  parseAuthorList,
  type AuthorListFormat,
  type AuthorListResult,
  type ParsedAuthor,
} from "./people/parse-author-list.js";
export { expandSeries, type SeriesMeeting } from "./schedule/expand-series.js";
export { listMeetings } from "./schedule/list-meetings.js";
export { applySeries, applySeriesToItems } from "./schedule/apply-series.js";
export { importDateList, type DateListOptions, type DateListResult } from "./import/date-list.js";
export {
  readWrittenDate,
  writtenDateFormats,
  type WrittenDate,
  type WrittenDateFormat,
} from "./time/read-written-date.js";
export { paperDigestSchema, paperSchema, type Paper, type PaperDigest } from "./model/paper-digest.js";
export { parsePaperDigest, type PaperDigestResult } from "./parse/parse-paper-digest.js";
export type { CheckedResult, RejectedResult } from "./parse/parse-result.js";
export type { JsonValue } from "./model/json-value.js";
export { parsePaperDigestJson } from "./parse/parse-paper-digest-json.js";
export { quickParsePaperDigest, quickParsePaperDigestJson } from "./parse/quick-parse-paper-digest.js";
export { loadPaperDigest, loadPaperDigestJson } from "./parse/load-paper-digest.js";
export { confidenceOf, meetsConfidence } from "./digest/confidence.js";
export { facetKeyOf, facetKeysAlong, facetKeySeparator, facetPathOf } from "./digest/facet-path.js";
export { indexPaperDigest, type DigestIndex, type IndexedPaper, type IndexedTag } from "./digest/index-paper-digest.js";
export { matchesSearch, relevanceOf, searchWordsOf } from "./digest/search-words.js";
export {
  clampConfidence,
  confidentTagsOf,
  filterPapers,
  matchesFacets,
  matchesSearchAndConfidence,
  type PaperFilter,
} from "./digest/filter-papers.js";
export {
  buildFacetTree,
  countFacetTreeNodes,
  type FacetNode,
  type FacetTreeOptions,
} from "./digest/build-facet-tree.js";
export { paperSortOrders, sortPapers, type PaperSortOptions, type PaperSortOrder } from "./digest/sort-papers.js";
export { queryPaperDigest, type PaperDigestAnswer, type PaperDigestQuery } from "./digest/query-paper-digest.js";
export {
  defaultPresentationLabels,
  defaultProgramFacetLabels,
  digestItemKinds,
  programToDigest,
  type ProgramDigestResult,
  type ProgramFacetLabels,
  type ProgramPresentationLabels,
  type ProgramToDigestOptions,
} from "./digest/program-to-digest.js";
export { diffPrograms, type DiffOptions } from "./diff/diff-programs.js";
export {
  eventChangeFields,
  itemDetailFields,
  programChangeKinds,
  type ChangeTime,
  type EventChange,
  type EventChangeField,
  type ItemAddedChange,
  type ItemCancelledChange,
  type ItemChange,
  type ItemChangeContext,
  type ItemDetailField,
  type ItemDetailsChangedChange,
  type ItemMovedChange,
  type ItemPeopleChangedChange,
  type ItemRemovedChange,
  type ItemRetitledChange,
  type ItemRoomChangedChange,
  type ItemSessionChangedChange,
  type ItemTrackChangedChange,
  type ItemUncancelledChange,
  type NamedRef,
  type PersonRef,
  type ProgramChange,
  type ProgramChangeKind,
  type ProgramDiff,
  type SessionChange,
  type SessionChangeContext,
} from "./diff/program-change.js";
export { describeChange, describePeople, describeTime, type ChangeWords } from "./diff/describe-change.js";
