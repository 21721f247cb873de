// Generated from programSchema by packages/core/codegen: do not edit.
// `npm run generate` writes it again; a test (codegen/generated-files.test.ts) fails while it is out of date.
import { fieldProblems } from "../model/field-problems.js";

const keys0 = new Set(["$schema", "version", "textFormat", "event", "people", "rooms", "tracks", "sessions", "series", "items", "scheduling", "extra"]);
const keys1 = new Set(["title", "acronym", "subtitle", "kind", "description", "hostConference", "startDate", "endDate", "timeZone", "timeZoneLabel", "language", "venue", "organisers", "invitedSpeakers", "contactEmail", "links", "importantDates", "callForPapers", "publicationPolicy", "awards", "schedule", "extra"]);
const pattern2 = /\S/;
const values3 = new Set<unknown>(["workshop", "conference", "symposium", "seminar-series", "summer-school", "tutorial", "meeting", "other"]);
const keys4 = new Set(["name", "url"]);
const pattern5 = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;
const keys6 = new Set(["name", "address", "city", "country", "url"]);
const keys7 = new Set(["person", "role"]);
const pattern8 = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const pattern9 = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const keys10 = new Set(["kind", "url", "label"]);
const values11 = new Set<unknown>(["web", "paper", "arxiv", "doi", "pdf", "slides", "poster", "video", "livestream", "code", "openreview", "submission", "registration", "call-for-papers", "other", "orcid", "google-scholar", "github", "mastodon", "bluesky", "twitter", "linkedin"]);
const keys12 = new Set(["label", "date", "timeZone", "timeZoneLabel", "note"]);
const keys13 = new Set(["name", "description", "winners"]);
const keys14 = new Set(["status", "note", "defaultDurations"]);
const values15 = new Set<unknown>(["keynote", "invited-talk", "contributed-talk", "spotlight", "lightning", "poster", "panel", "tutorial", "poster-session", "coffee-break", "lunch", "social", "opening-remarks", "closing-remarks", "awards", "other"]);
const keys16 = new Set(["id", "name", "givenName", "familyName", "affiliations", "biography", "homepage", "photo", "orcid", "email", "links", "tba", "extra"]);
const pattern17 = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
const keys18 = new Set(["id", "name", "capacity", "building", "floor", "description", "translations", "extra"]);
const keys19 = new Set(["language", "name", "description"]);
const keys20 = new Set(["id", "name", "color", "description", "translations", "extra"]);
const pattern21 = /^#[0-9a-fA-F]{6}$/;
const keys22 = new Set(["id", "title", "chairs", "room", "track", "start", "end", "mode", "items", "description", "links", "extra"]);
const keys23 = new Set(["frequency", "intervalWeeks", "from", "until", "dates", "startTime", "duration", "room", "cancellations", "terms", "changes"]);
const pattern24 = /^([01]\d|2[0-3]):[0-5]\d$/;
const keys25 = new Set(["date", "reason"]);
const keys26 = new Set(["label", "from", "until"]);
const keys27 = new Set(["date", "startTime", "duration", "room", "note"]);
const keys28 = new Set(["id", "kind", "title", "subtitle", "abstract", "speakers", "authors", "links", "tags", "status", "presentation", "room", "track", "date", "start", "end", "duration", "plenary", "board", "note", "language", "translations", "tba", "extra"]);
const keys29 = new Set(["person", "presenting", "affiliations", "equalContribution"]);
const keys30 = new Set(["label", "score", "path"]);
const keys31 = new Set(["language", "title", "subtitle", "abstract"]);
const keys32 = new Set(["move", "fixed", "slots", "availability", "roomClosures", "audience", "apart", "together", "consecutive", "precedence", "preferences", "layout", "slotCounts", "costs", "similar", "positions", "attendance", "trackChairs", "presenterZones", "presenterHours", "rules"]);
const keys33 = new Set(["start", "minutes", "rooms", "session"]);
const keys34 = new Set(["person", "available", "daily", "unavailable"]);
const keys35 = new Set(["start", "end"]);
const keys36 = new Set(["from", "to", "timeZone"]);
const keys37 = new Set(["room", "closed"]);
const keys38 = new Set(["item", "people"]);
const keys39 = new Set(["tracks", "tags", "items"]);
const keys40 = new Set(["items"]);
const keys41 = new Set(["before", "after"]);
const keys42 = new Set(["items", "attendees"]);
const keys43 = new Set(["item", "slots"]);
const keys44 = new Set(["item", "track", "session", "room", "penalty"]);
const keys45 = new Set(["tracks", "penalty"]);
const keys46 = new Set(["item", "position"]);
const keys47 = new Set(["person", "items"]);
const keys48 = new Set(["track", "people"]);
const keys49 = new Set(["item", "timeZone"]);
const keys50 = new Set(["from", "to", "penalty"]);
const keys51 = new Set(["presenterClash", "chairClash", "availability", "roomClosed", "apart", "consecutive", "precedence", "overflow", "together", "hopping", "moved", "trackSession", "trackRoom", "sessionRoom", "similarTracks", "trackRooms", "parallelTrack", "trackGaps", "presenterHours", "position", "itemSession", "itemRoom", "presenterSession", "attendeeSession", "chairSession", "attendeeClash"]);
const keys52 = new Set(["hard", "weight"]);

function isOptionalString(value: unknown): boolean {
  return (value === undefined || typeof value === "string");
}

function isOptionalOneOf1(value: unknown): boolean {
  return (value === undefined || (value === 1));
}

function isOptionalOneOfPlainMarkdown(value: unknown): boolean {
  return (value === undefined || (value === "plain" || value === "markdown"));
}

function isStringPattern2(value: unknown): boolean {
  return typeof value === "string" && pattern2.test(value);
}

function isOptionalStringPattern2(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && pattern2.test(value));
}

function isValues3(value: unknown): boolean {
  return values3.has(value);
}

function isOptionalStringWebAddress(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && fieldProblems.webAddress(value) === undefined);
}

function programEventHostConference(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys4.has(key)) return false;
  return (
    isStringPattern2(record["name"]) &&
    isOptionalStringWebAddress(record["url"])
  );
}

function isOptionalProgramEventHostConference(value: unknown): boolean {
  return (value === undefined || programEventHostConference(value));
}

function isStringDateText(value: unknown): boolean {
  return typeof value === "string" && fieldProblems.dateText(value) === undefined;
}

function isOptionalStringDateText(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && fieldProblems.dateText(value) === undefined);
}

function isStringTimeZone(value: unknown): boolean {
  return typeof value === "string" && fieldProblems.timeZone(value) === undefined;
}

function isOptionalStringPattern5(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && pattern5.test(value));
}

function programEventVenue(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys6.has(key)) return false;
  return (
    isOptionalStringPattern2(record["name"]) &&
    isOptionalStringPattern2(record["address"]) &&
    isOptionalStringPattern2(record["city"]) &&
    isOptionalStringPattern2(record["country"]) &&
    isOptionalStringWebAddress(record["url"])
  );
}

function isOptionalProgramEventVenue(value: unknown): boolean {
  return (value === undefined || programEventVenue(value));
}

function isStringPattern8(value: unknown): boolean {
  return typeof value === "string" && pattern8.test(value);
}

function programEventOrganisersElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys7.has(key)) return false;
  return (
    isStringPattern8(record["person"]) &&
    isOptionalStringPattern2(record["role"])
  );
}

function programEventOrganisers(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programEventOrganisersElement(element)) return false;
  return true;
}

function isOptionalProgramEventOrganisers(value: unknown): boolean {
  return (value === undefined || programEventOrganisers(value));
}

function programEventInvitedSpeakers(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!isStringPattern8(element)) return false;
  return true;
}

function isOptionalProgramEventInvitedSpeakers(value: unknown): boolean {
  return (value === undefined || programEventInvitedSpeakers(value));
}

function isOptionalStringPattern9(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && pattern9.test(value));
}

function isValues11(value: unknown): boolean {
  return values11.has(value);
}

function isStringWebAddress(value: unknown): boolean {
  return typeof value === "string" && fieldProblems.webAddress(value) === undefined;
}

function programEventLinksElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys10.has(key)) return false;
  return (
    isValues11(record["kind"]) &&
    isStringWebAddress(record["url"]) &&
    isOptionalStringPattern2(record["label"])
  );
}

function programEventLinks(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programEventLinksElement(element)) return false;
  return true;
}

function isOptionalProgramEventLinks(value: unknown): boolean {
  return (value === undefined || programEventLinks(value));
}

function isStringDateOrDateTimeText(value: unknown): boolean {
  return typeof value === "string" && fieldProblems.dateOrDateTimeText(value) === undefined;
}

function isOptionalStringTimeZone(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && fieldProblems.timeZone(value) === undefined);
}

function programEventImportantDatesElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys12.has(key)) return false;
  return (
    isStringPattern2(record["label"]) &&
    isStringDateOrDateTimeText(record["date"]) &&
    isOptionalStringTimeZone(record["timeZone"]) &&
    isOptionalStringPattern2(record["timeZoneLabel"]) &&
    isOptionalStringPattern2(record["note"])
  );
}

function programEventImportantDates(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programEventImportantDatesElement(element)) return false;
  return true;
}

function isOptionalProgramEventImportantDates(value: unknown): boolean {
  return (value === undefined || programEventImportantDates(value));
}

function programEventAwardsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys13.has(key)) return false;
  return (
    isStringPattern2(record["name"]) &&
    isOptionalStringPattern2(record["description"]) &&
    isOptionalProgramEventInvitedSpeakers(record["winners"])
  );
}

function programEventAwards(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programEventAwardsElement(element)) return false;
  return true;
}

function isOptionalProgramEventAwards(value: unknown): boolean {
  return (value === undefined || programEventAwards(value));
}

function isOneOfFinalTentative(value: unknown): boolean {
  return (value === "final" || value === "tentative");
}

function isNumberIntOver0Max20160(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value) && Number.isSafeInteger(value) && value > 0 && value <= 20160;
}

function programEventScheduleDefaultDurations(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!(values15.has(key))) return false;
    if (!isNumberIntOver0Max20160(record[key])) return false;
  }
  return true;
}

function isOptionalProgramEventScheduleDefaultDurations(value: unknown): boolean {
  return (value === undefined || programEventScheduleDefaultDurations(value));
}

function programEventSchedule(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys14.has(key)) return false;
  return (
    isOneOfFinalTentative(record["status"]) &&
    isOptionalStringPattern2(record["note"]) &&
    isOptionalProgramEventScheduleDefaultDurations(record["defaultDurations"])
  );
}

function isOptionalProgramEventSchedule(value: unknown): boolean {
  return (value === undefined || programEventSchedule(value));
}

function isOptionalJsonObject(value: unknown): boolean {
  return (value === undefined || fieldProblems.jsonObject(value) === undefined);
}

function programEvent(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys1.has(key)) return false;
  return (
    isStringPattern2(record["title"]) &&
    isOptionalStringPattern2(record["acronym"]) &&
    isOptionalStringPattern2(record["subtitle"]) &&
    isValues3(record["kind"]) &&
    isOptionalStringPattern2(record["description"]) &&
    isOptionalProgramEventHostConference(record["hostConference"]) &&
    isStringDateText(record["startDate"]) &&
    isOptionalStringDateText(record["endDate"]) &&
    isStringTimeZone(record["timeZone"]) &&
    isOptionalStringPattern2(record["timeZoneLabel"]) &&
    isOptionalStringPattern5(record["language"]) &&
    isOptionalProgramEventVenue(record["venue"]) &&
    isOptionalProgramEventOrganisers(record["organisers"]) &&
    isOptionalProgramEventInvitedSpeakers(record["invitedSpeakers"]) &&
    isOptionalStringPattern9(record["contactEmail"]) &&
    isOptionalProgramEventLinks(record["links"]) &&
    isOptionalProgramEventImportantDates(record["importantDates"]) &&
    isOptionalStringPattern2(record["callForPapers"]) &&
    isOptionalStringPattern2(record["publicationPolicy"]) &&
    isOptionalProgramEventAwards(record["awards"]) &&
    isOptionalProgramEventSchedule(record["schedule"]) &&
    isOptionalJsonObject(record["extra"])
  );
}

function programPeopleElementAffiliations(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!isStringPattern2(element)) return false;
  return true;
}

function isOptionalProgramPeopleElementAffiliations(value: unknown): boolean {
  return (value === undefined || programPeopleElementAffiliations(value));
}

function isOptionalStringPattern17(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && pattern17.test(value));
}

function isOneOfNameAffiliationsBiographyPhoto(value: unknown): boolean {
  return (value === "name" || value === "affiliations" || value === "biography" || value === "photo");
}

function programPeopleElementTba(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!isOneOfNameAffiliationsBiographyPhoto(element)) return false;
  return true;
}

function isOptionalProgramPeopleElementTba(value: unknown): boolean {
  return (value === undefined || programPeopleElementTba(value));
}

function programPeopleElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys16.has(key)) return false;
  return (
    isStringPattern8(record["id"]) &&
    isOptionalStringPattern2(record["name"]) &&
    isOptionalStringPattern2(record["givenName"]) &&
    isOptionalStringPattern2(record["familyName"]) &&
    isOptionalProgramPeopleElementAffiliations(record["affiliations"]) &&
    isOptionalStringPattern2(record["biography"]) &&
    isOptionalStringWebAddress(record["homepage"]) &&
    isOptionalStringWebAddress(record["photo"]) &&
    isOptionalStringPattern17(record["orcid"]) &&
    isOptionalStringPattern9(record["email"]) &&
    isOptionalProgramEventLinks(record["links"]) &&
    isOptionalProgramPeopleElementTba(record["tba"]) &&
    isOptionalJsonObject(record["extra"])
  );
}

function programPeople(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programPeopleElement(element)) return false;
  return true;
}

function isOptionalProgramPeople(value: unknown): boolean {
  return (value === undefined || programPeople(value));
}

function isOptionalNumberIntOver0(value: unknown): boolean {
  return (value === undefined || typeof value === "number" && Number.isFinite(value) && Number.isSafeInteger(value) && value > 0);
}

function isStringPattern5(value: unknown): boolean {
  return typeof value === "string" && pattern5.test(value);
}

function programRoomsElementTranslationsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys19.has(key)) return false;
  return (
    isStringPattern5(record["language"]) &&
    isOptionalStringPattern2(record["name"]) &&
    isOptionalStringPattern2(record["description"])
  );
}

function programRoomsElementTranslations(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programRoomsElementTranslationsElement(element)) return false;
  return true;
}

function isOptionalProgramRoomsElementTranslations(value: unknown): boolean {
  return (value === undefined || programRoomsElementTranslations(value));
}

function programRoomsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys18.has(key)) return false;
  return (
    isStringPattern8(record["id"]) &&
    isStringPattern2(record["name"]) &&
    isOptionalNumberIntOver0(record["capacity"]) &&
    isOptionalStringPattern2(record["building"]) &&
    isOptionalStringPattern2(record["floor"]) &&
    isOptionalStringPattern2(record["description"]) &&
    isOptionalProgramRoomsElementTranslations(record["translations"]) &&
    isOptionalJsonObject(record["extra"])
  );
}

function programRooms(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programRoomsElement(element)) return false;
  return true;
}

function isOptionalProgramRooms(value: unknown): boolean {
  return (value === undefined || programRooms(value));
}

function isOptionalStringPattern21(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && pattern21.test(value));
}

function programTracksElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys20.has(key)) return false;
  return (
    isStringPattern8(record["id"]) &&
    isStringPattern2(record["name"]) &&
    isOptionalStringPattern21(record["color"]) &&
    isOptionalStringPattern2(record["description"]) &&
    isOptionalProgramRoomsElementTranslations(record["translations"]) &&
    isOptionalJsonObject(record["extra"])
  );
}

function programTracks(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programTracksElement(element)) return false;
  return true;
}

function isOptionalProgramTracks(value: unknown): boolean {
  return (value === undefined || programTracks(value));
}

function isOptionalStringPattern8(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && pattern8.test(value));
}

function isOptionalStringDateTimeText(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && fieldProblems.dateTimeText(value) === undefined);
}

function isOptionalOneOfSequenceConcurrent(value: unknown): boolean {
  return (value === undefined || (value === "sequence" || value === "concurrent"));
}

function programSessionsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys22.has(key)) return false;
  return (
    isStringPattern8(record["id"]) &&
    isStringPattern2(record["title"]) &&
    isOptionalProgramEventInvitedSpeakers(record["chairs"]) &&
    isOptionalStringPattern8(record["room"]) &&
    isOptionalStringPattern8(record["track"]) &&
    isOptionalStringDateTimeText(record["start"]) &&
    isOptionalStringDateTimeText(record["end"]) &&
    isOptionalOneOfSequenceConcurrent(record["mode"]) &&
    programEventInvitedSpeakers(record["items"]) &&
    isOptionalStringPattern2(record["description"]) &&
    isOptionalProgramEventLinks(record["links"]) &&
    isOptionalJsonObject(record["extra"])
  );
}

function programSessions(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSessionsElement(element)) return false;
  return true;
}

function isOptionalProgramSessions(value: unknown): boolean {
  return (value === undefined || programSessions(value));
}

function isOneOfWeeklyEverynweeksDates(value: unknown): boolean {
  return (value === "weekly" || value === "every-n-weeks" || value === "dates");
}

function isOptionalNumberIntMin1(value: unknown): boolean {
  return (value === undefined || typeof value === "number" && Number.isFinite(value) && Number.isSafeInteger(value) && value >= 1);
}

function programSeriesDates(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!isStringDateText(element)) return false;
  return true;
}

function isOptionalProgramSeriesDates(value: unknown): boolean {
  return (value === undefined || programSeriesDates(value));
}

function isStringPattern24(value: unknown): boolean {
  return typeof value === "string" && pattern24.test(value);
}

function programSeriesCancellationsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys25.has(key)) return false;
  return (
    isStringDateText(record["date"]) &&
    isOptionalStringPattern2(record["reason"])
  );
}

function programSeriesCancellations(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSeriesCancellationsElement(element)) return false;
  return true;
}

function isOptionalProgramSeriesCancellations(value: unknown): boolean {
  return (value === undefined || programSeriesCancellations(value));
}

function programSeriesTermsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys26.has(key)) return false;
  return (
    isStringPattern2(record["label"]) &&
    isStringDateText(record["from"]) &&
    isStringDateText(record["until"])
  );
}

function programSeriesTerms(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSeriesTermsElement(element)) return false;
  return true;
}

function isOptionalProgramSeriesTerms(value: unknown): boolean {
  return (value === undefined || programSeriesTerms(value));
}

function isOptionalStringPattern24(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && pattern24.test(value));
}

function isOptionalNumberIntOver0Max20160(value: unknown): boolean {
  return (value === undefined || typeof value === "number" && Number.isFinite(value) && Number.isSafeInteger(value) && value > 0 && value <= 20160);
}

function programSeriesChangesElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys27.has(key)) return false;
  return (
    isStringDateText(record["date"]) &&
    isOptionalStringPattern24(record["startTime"]) &&
    isOptionalNumberIntOver0Max20160(record["duration"]) &&
    isOptionalStringPattern8(record["room"]) &&
    isOptionalStringPattern2(record["note"])
  );
}

function programSeriesChanges(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSeriesChangesElement(element)) return false;
  return true;
}

function isOptionalProgramSeriesChanges(value: unknown): boolean {
  return (value === undefined || programSeriesChanges(value));
}

function programSeries(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys23.has(key)) return false;
  return (
    isOneOfWeeklyEverynweeksDates(record["frequency"]) &&
    isOptionalNumberIntMin1(record["intervalWeeks"]) &&
    isOptionalStringDateText(record["from"]) &&
    isOptionalStringDateText(record["until"]) &&
    isOptionalProgramSeriesDates(record["dates"]) &&
    isStringPattern24(record["startTime"]) &&
    isNumberIntOver0Max20160(record["duration"]) &&
    isOptionalStringPattern8(record["room"]) &&
    isOptionalProgramSeriesCancellations(record["cancellations"]) &&
    isOptionalProgramSeriesTerms(record["terms"]) &&
    isOptionalProgramSeriesChanges(record["changes"])
  );
}

function isOptionalProgramSeries(value: unknown): boolean {
  return (value === undefined || programSeries(value));
}

function isValues15(value: unknown): boolean {
  return values15.has(value);
}

function isOptionalBoolean(value: unknown): boolean {
  return (value === undefined || typeof value === "boolean");
}

function programItemsElementAuthorsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys29.has(key)) return false;
  return (
    isStringPattern8(record["person"]) &&
    isOptionalBoolean(record["presenting"]) &&
    isOptionalProgramPeopleElementAffiliations(record["affiliations"]) &&
    isOptionalBoolean(record["equalContribution"])
  );
}

function programItemsElementAuthors(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programItemsElementAuthorsElement(element)) return false;
  return true;
}

function isOptionalProgramItemsElementAuthors(value: unknown): boolean {
  return (value === undefined || programItemsElementAuthors(value));
}

function isOptionalNumberMin0Max1(value: unknown): boolean {
  return (value === undefined || typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1);
}

function programItemsElementTagsElementPath(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!isStringPattern2(element)) return false;
  return value.length >= 1;
}

function isOptionalProgramItemsElementTagsElementPath(value: unknown): boolean {
  return (value === undefined || programItemsElementTagsElementPath(value));
}

function programItemsElementTagsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys30.has(key)) return false;
  return (
    isStringPattern2(record["label"]) &&
    isOptionalNumberMin0Max1(record["score"]) &&
    isOptionalProgramItemsElementTagsElementPath(record["path"])
  );
}

function programItemsElementTags(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programItemsElementTagsElement(element)) return false;
  return true;
}

function isOptionalProgramItemsElementTags(value: unknown): boolean {
  return (value === undefined || programItemsElementTags(value));
}

function isOptionalOneOfConfirmedTentativeCancelled(value: unknown): boolean {
  return (value === undefined || (value === "confirmed" || value === "tentative" || value === "cancelled"));
}

function isOptionalOneOfInpersonRemoteHybrid(value: unknown): boolean {
  return (value === undefined || (value === "in-person" || value === "remote" || value === "hybrid"));
}

function programItemsElementTranslationsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys31.has(key)) return false;
  return (
    isStringPattern5(record["language"]) &&
    isOptionalStringPattern2(record["title"]) &&
    isOptionalStringPattern2(record["subtitle"]) &&
    isOptionalStringPattern2(record["abstract"])
  );
}

function programItemsElementTranslations(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programItemsElementTranslationsElement(element)) return false;
  return true;
}

function isOptionalProgramItemsElementTranslations(value: unknown): boolean {
  return (value === undefined || programItemsElementTranslations(value));
}

function isOneOfTitleAbstractSpeakersTime(value: unknown): boolean {
  return (value === "title" || value === "abstract" || value === "speakers" || value === "time");
}

function programItemsElementTba(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!isOneOfTitleAbstractSpeakersTime(element)) return false;
  return true;
}

function isOptionalProgramItemsElementTba(value: unknown): boolean {
  return (value === undefined || programItemsElementTba(value));
}

function programItemsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys28.has(key)) return false;
  return (
    isStringPattern8(record["id"]) &&
    isValues15(record["kind"]) &&
    isOptionalStringPattern2(record["title"]) &&
    isOptionalStringPattern2(record["subtitle"]) &&
    isOptionalStringPattern2(record["abstract"]) &&
    isOptionalProgramEventInvitedSpeakers(record["speakers"]) &&
    isOptionalProgramItemsElementAuthors(record["authors"]) &&
    isOptionalProgramEventLinks(record["links"]) &&
    isOptionalProgramItemsElementTags(record["tags"]) &&
    isOptionalOneOfConfirmedTentativeCancelled(record["status"]) &&
    isOptionalOneOfInpersonRemoteHybrid(record["presentation"]) &&
    isOptionalStringPattern8(record["room"]) &&
    isOptionalStringPattern8(record["track"]) &&
    isOptionalStringDateText(record["date"]) &&
    isOptionalStringDateTimeText(record["start"]) &&
    isOptionalStringDateTimeText(record["end"]) &&
    isOptionalNumberIntOver0Max20160(record["duration"]) &&
    isOptionalBoolean(record["plenary"]) &&
    isOptionalStringPattern2(record["board"]) &&
    isOptionalStringPattern2(record["note"]) &&
    isOptionalStringPattern5(record["language"]) &&
    isOptionalProgramItemsElementTranslations(record["translations"]) &&
    isOptionalProgramItemsElementTba(record["tba"]) &&
    isOptionalJsonObject(record["extra"])
  );
}

function programItems(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programItemsElement(element)) return false;
  return true;
}

function isOptionalOneOfUnscheduledAll(value: unknown): boolean {
  return (value === undefined || (value === "unscheduled" || value === "all"));
}

function isStringDateTimeText(value: unknown): boolean {
  return typeof value === "string" && fieldProblems.dateTimeText(value) === undefined;
}

function programSchedulingSlotsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys33.has(key)) return false;
  return (
    isStringDateTimeText(record["start"]) &&
    isNumberIntOver0Max20160(record["minutes"]) &&
    isOptionalProgramEventInvitedSpeakers(record["rooms"]) &&
    isOptionalStringPattern8(record["session"])
  );
}

function programSchedulingSlots(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingSlotsElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingSlots(value: unknown): boolean {
  return (value === undefined || programSchedulingSlots(value));
}

function programSchedulingAvailabilityElementAvailableElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys35.has(key)) return false;
  return (
    isStringDateTimeText(record["start"]) &&
    isStringDateTimeText(record["end"])
  );
}

function programSchedulingAvailabilityElementAvailable(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingAvailabilityElementAvailableElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingAvailabilityElementAvailable(value: unknown): boolean {
  return (value === undefined || programSchedulingAvailabilityElementAvailable(value));
}

function programSchedulingAvailabilityElementDaily(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys36.has(key)) return false;
  return (
    isStringPattern24(record["from"]) &&
    isStringPattern24(record["to"]) &&
    isOptionalStringTimeZone(record["timeZone"])
  );
}

function isOptionalProgramSchedulingAvailabilityElementDaily(value: unknown): boolean {
  return (value === undefined || programSchedulingAvailabilityElementDaily(value));
}

function programSchedulingAvailabilityElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys34.has(key)) return false;
  return (
    isStringPattern8(record["person"]) &&
    isOptionalProgramSchedulingAvailabilityElementAvailable(record["available"]) &&
    isOptionalProgramSchedulingAvailabilityElementDaily(record["daily"]) &&
    isOptionalProgramSchedulingAvailabilityElementAvailable(record["unavailable"])
  );
}

function programSchedulingAvailability(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingAvailabilityElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingAvailability(value: unknown): boolean {
  return (value === undefined || programSchedulingAvailability(value));
}

function programSchedulingRoomClosuresElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys37.has(key)) return false;
  return (
    isStringPattern8(record["room"]) &&
    programSchedulingAvailabilityElementAvailable(record["closed"])
  );
}

function programSchedulingRoomClosures(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingRoomClosuresElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingRoomClosures(value: unknown): boolean {
  return (value === undefined || programSchedulingRoomClosures(value));
}

function isNumberIntMin0(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value) && Number.isSafeInteger(value) && value >= 0;
}

function programSchedulingAudienceElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys38.has(key)) return false;
  return (
    isStringPattern8(record["item"]) &&
    isNumberIntMin0(record["people"])
  );
}

function programSchedulingAudience(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingAudienceElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingAudience(value: unknown): boolean {
  return (value === undefined || programSchedulingAudience(value));
}

function programSchedulingApartElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys39.has(key)) return false;
  return (
    isOptionalProgramEventInvitedSpeakers(record["tracks"]) &&
    isOptionalProgramPeopleElementAffiliations(record["tags"]) &&
    isOptionalProgramEventInvitedSpeakers(record["items"])
  );
}

function programSchedulingApart(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingApartElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingApart(value: unknown): boolean {
  return (value === undefined || programSchedulingApart(value));
}

function programSchedulingConsecutiveElementItems(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!isStringPattern8(element)) return false;
  return value.length >= 2;
}

function programSchedulingConsecutiveElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys40.has(key)) return false;
  return (
    programSchedulingConsecutiveElementItems(record["items"])
  );
}

function programSchedulingConsecutive(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingConsecutiveElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingConsecutive(value: unknown): boolean {
  return (value === undefined || programSchedulingConsecutive(value));
}

function programSchedulingPrecedenceElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys41.has(key)) return false;
  return (
    isStringPattern8(record["before"]) &&
    isStringPattern8(record["after"])
  );
}

function programSchedulingPrecedence(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingPrecedenceElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingPrecedence(value: unknown): boolean {
  return (value === undefined || programSchedulingPrecedence(value));
}

function programSchedulingPreferencesElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys42.has(key)) return false;
  return (
    programSchedulingConsecutiveElementItems(record["items"]) &&
    isOptionalNumberIntOver0(record["attendees"])
  );
}

function programSchedulingPreferences(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingPreferencesElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingPreferences(value: unknown): boolean {
  return (value === undefined || programSchedulingPreferences(value));
}

function isOptionalOneOfSlotsTracksessions(value: unknown): boolean {
  return (value === undefined || (value === "slots" || value === "track-sessions"));
}

function isNumberIntMin1(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value) && Number.isSafeInteger(value) && value >= 1;
}

function programSchedulingSlotCountsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys43.has(key)) return false;
  return (
    isStringPattern8(record["item"]) &&
    isNumberIntMin1(record["slots"])
  );
}

function programSchedulingSlotCounts(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingSlotCountsElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingSlotCounts(value: unknown): boolean {
  return (value === undefined || programSchedulingSlotCounts(value));
}

function isNumberMin0(value: unknown): boolean {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

function programSchedulingCostsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys44.has(key)) return false;
  return (
    isOptionalStringPattern8(record["item"]) &&
    isOptionalStringPattern8(record["track"]) &&
    isOptionalStringPattern8(record["session"]) &&
    isOptionalStringPattern8(record["room"]) &&
    isNumberMin0(record["penalty"])
  );
}

function programSchedulingCosts(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingCostsElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingCosts(value: unknown): boolean {
  return (value === undefined || programSchedulingCosts(value));
}

function programSchedulingSimilarElementTracks(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!isStringPattern8(element)) return false;
  return value.length >= 2 && value.length <= 2;
}

function programSchedulingSimilarElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys45.has(key)) return false;
  return (
    programSchedulingSimilarElementTracks(record["tracks"]) &&
    isNumberMin0(record["penalty"])
  );
}

function programSchedulingSimilar(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingSimilarElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingSimilar(value: unknown): boolean {
  return (value === undefined || programSchedulingSimilar(value));
}

function programSchedulingPositionsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys46.has(key)) return false;
  return (
    isStringPattern8(record["item"]) &&
    isNumberIntMin1(record["position"])
  );
}

function programSchedulingPositions(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingPositionsElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingPositions(value: unknown): boolean {
  return (value === undefined || programSchedulingPositions(value));
}

function programSchedulingAttendanceElementItems(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!isStringPattern8(element)) return false;
  return value.length >= 1;
}

function programSchedulingAttendanceElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys47.has(key)) return false;
  return (
    isStringPattern8(record["person"]) &&
    programSchedulingAttendanceElementItems(record["items"])
  );
}

function programSchedulingAttendance(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingAttendanceElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingAttendance(value: unknown): boolean {
  return (value === undefined || programSchedulingAttendance(value));
}

function programSchedulingTrackChairsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys48.has(key)) return false;
  return (
    isStringPattern8(record["track"]) &&
    programEventInvitedSpeakers(record["people"])
  );
}

function programSchedulingTrackChairs(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingTrackChairsElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingTrackChairs(value: unknown): boolean {
  return (value === undefined || programSchedulingTrackChairs(value));
}

function programSchedulingPresenterZonesElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys49.has(key)) return false;
  return (
    isStringPattern8(record["item"]) &&
    isStringTimeZone(record["timeZone"])
  );
}

function programSchedulingPresenterZones(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingPresenterZonesElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingPresenterZones(value: unknown): boolean {
  return (value === undefined || programSchedulingPresenterZones(value));
}

function programSchedulingPresenterHoursElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys50.has(key)) return false;
  return (
    isStringPattern24(record["from"]) &&
    isStringPattern24(record["to"]) &&
    isNumberMin0(record["penalty"])
  );
}

function programSchedulingPresenterHours(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSchedulingPresenterHoursElement(element)) return false;
  return true;
}

function isOptionalProgramSchedulingPresenterHours(value: unknown): boolean {
  return (value === undefined || programSchedulingPresenterHours(value));
}

function isOptionalNumberMin0(value: unknown): boolean {
  return (value === undefined || typeof value === "number" && Number.isFinite(value) && value >= 0);
}

function programSchedulingRulesPresenterClash(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys52.has(key)) return false;
  return (
    isOptionalBoolean(record["hard"]) &&
    isOptionalNumberMin0(record["weight"])
  );
}

function isOptionalProgramSchedulingRulesPresenterClash(value: unknown): boolean {
  return (value === undefined || programSchedulingRulesPresenterClash(value));
}

function programSchedulingRules(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys51.has(key)) return false;
  return (
    isOptionalProgramSchedulingRulesPresenterClash(record["presenterClash"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["chairClash"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["availability"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["roomClosed"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["apart"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["consecutive"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["precedence"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["overflow"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["together"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["hopping"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["moved"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["trackSession"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["trackRoom"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["sessionRoom"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["similarTracks"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["trackRooms"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["parallelTrack"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["trackGaps"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["presenterHours"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["position"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["itemSession"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["itemRoom"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["presenterSession"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["attendeeSession"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["chairSession"]) &&
    isOptionalProgramSchedulingRulesPresenterClash(record["attendeeClash"])
  );
}

function isOptionalProgramSchedulingRules(value: unknown): boolean {
  return (value === undefined || programSchedulingRules(value));
}

function programScheduling(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys32.has(key)) return false;
  return (
    isOptionalOneOfUnscheduledAll(record["move"]) &&
    isOptionalProgramEventInvitedSpeakers(record["fixed"]) &&
    isOptionalProgramSchedulingSlots(record["slots"]) &&
    isOptionalProgramSchedulingAvailability(record["availability"]) &&
    isOptionalProgramSchedulingRoomClosures(record["roomClosures"]) &&
    isOptionalProgramSchedulingAudience(record["audience"]) &&
    isOptionalProgramSchedulingApart(record["apart"]) &&
    isOptionalProgramSchedulingApart(record["together"]) &&
    isOptionalProgramSchedulingConsecutive(record["consecutive"]) &&
    isOptionalProgramSchedulingPrecedence(record["precedence"]) &&
    isOptionalProgramSchedulingPreferences(record["preferences"]) &&
    isOptionalOneOfSlotsTracksessions(record["layout"]) &&
    isOptionalProgramSchedulingSlotCounts(record["slotCounts"]) &&
    isOptionalProgramSchedulingCosts(record["costs"]) &&
    isOptionalProgramSchedulingSimilar(record["similar"]) &&
    isOptionalProgramSchedulingPositions(record["positions"]) &&
    isOptionalProgramSchedulingAttendance(record["attendance"]) &&
    isOptionalProgramSchedulingTrackChairs(record["trackChairs"]) &&
    isOptionalProgramSchedulingPresenterZones(record["presenterZones"]) &&
    isOptionalProgramSchedulingPresenterHours(record["presenterHours"]) &&
    isOptionalProgramSchedulingRules(record["rules"])
  );
}

function isOptionalProgramScheduling(value: unknown): boolean {
  return (value === undefined || programScheduling(value));
}

function program(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys0.has(key)) return false;
  return (
    isOptionalString(record["$schema"]) &&
    isOptionalOneOf1(record["version"]) &&
    isOptionalOneOfPlainMarkdown(record["textFormat"]) &&
    programEvent(record["event"]) &&
    isOptionalProgramPeople(record["people"]) &&
    isOptionalProgramRooms(record["rooms"]) &&
    isOptionalProgramTracks(record["tracks"]) &&
    isOptionalProgramSessions(record["sessions"]) &&
    isOptionalProgramSeries(record["series"]) &&
    programItems(record["items"]) &&
    isOptionalProgramScheduling(record["scheduling"]) &&
    isOptionalJsonObject(record["extra"])
  );
}

/**
 * True when `value` passes `programSchema` and zod's output would be the value itself;
 * false means "not certain" (zod then gives the answer and the messages).
 */
export function programPassesAsIs(value: unknown): boolean {
  return program(value);
}
