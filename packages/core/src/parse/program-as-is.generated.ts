// Generated from programSchema by parse/generate-as-is-check.ts: do not edit.
// `npm run generate -w @lectern/core` writes it again; a test fails while it is out of date.
import { fieldProblems } from "../model/field-problems.js";

const pattern0 = /\S/;
const values1 = new Set<unknown>(["workshop", "conference", "symposium", "seminar-series", "summer-school", "tutorial", "meeting", "other"]);
const pattern2 = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const pattern3 = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const values4 = new Set<unknown>(["web", "paper", "arxiv", "doi", "pdf", "slides", "poster", "video", "livestream", "code", "openreview", "submission", "registration", "call-for-papers", "other"]);
const values5 = new Set<unknown>(["keynote", "invited-talk", "contributed-talk", "spotlight", "lightning", "poster", "panel", "tutorial", "poster-session", "coffee-break", "lunch", "social", "opening-remarks", "closing-remarks", "awards", "other"]);
const pattern6 = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
const pattern7 = /^#[0-9a-fA-F]{6}$/;
const pattern8 = /^([01]\d|2[0-3]):[0-5]\d$/;

function programEventHostConference(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "name":
      case "url":
        break;
      default:
        return false;
    }
  }
  const field0 = record["name"];
  if (!(typeof field0 === "string" && pattern0.test(field0))) return false;
  const field1 = record["url"];
  if (!(field1 === undefined || typeof field1 === "string" && fieldProblems.webAddress(field1) === undefined)) return false;
  return true;
}

function programEventVenue(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "name":
      case "address":
      case "city":
      case "country":
      case "url":
        break;
      default:
        return false;
    }
  }
  const field0 = record["name"];
  if (!(field0 === undefined || typeof field0 === "string" && pattern0.test(field0))) return false;
  const field1 = record["address"];
  if (!(field1 === undefined || typeof field1 === "string" && pattern0.test(field1))) return false;
  const field2 = record["city"];
  if (!(field2 === undefined || typeof field2 === "string" && pattern0.test(field2))) return false;
  const field3 = record["country"];
  if (!(field3 === undefined || typeof field3 === "string" && pattern0.test(field3))) return false;
  const field4 = record["url"];
  if (!(field4 === undefined || typeof field4 === "string" && fieldProblems.webAddress(field4) === undefined)) return false;
  return true;
}

function programEventOrganisersElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "person":
      case "role":
        break;
      default:
        return false;
    }
  }
  const field0 = record["person"];
  if (!(typeof field0 === "string" && pattern2.test(field0))) return false;
  const field1 = record["role"];
  if (!(field1 === undefined || typeof field1 === "string" && pattern0.test(field1))) return false;
  return true;
}

function programEventOrganisers(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programEventOrganisersElement(element)) return false;
  return true;
}

function programEventInvitedSpeakers(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!(typeof element === "string" && pattern2.test(element))) return false;
  return true;
}

function programEventLinksElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "kind":
      case "url":
      case "label":
        break;
      default:
        return false;
    }
  }
  const field0 = record["kind"];
  if (!values4.has(field0)) return false;
  const field1 = record["url"];
  if (!(typeof field1 === "string" && fieldProblems.webAddress(field1) === undefined)) return false;
  const field2 = record["label"];
  if (!(field2 === undefined || typeof field2 === "string" && pattern0.test(field2))) return false;
  return true;
}

function programEventLinks(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programEventLinksElement(element)) return false;
  return true;
}

function programEventImportantDatesElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "label":
      case "date":
      case "timeZone":
      case "timeZoneLabel":
      case "note":
        break;
      default:
        return false;
    }
  }
  const field0 = record["label"];
  if (!(typeof field0 === "string" && pattern0.test(field0))) return false;
  const field1 = record["date"];
  if (!(typeof field1 === "string" && fieldProblems.dateOrDateTimeText(field1) === undefined)) return false;
  const field2 = record["timeZone"];
  if (!(field2 === undefined || typeof field2 === "string" && fieldProblems.timeZone(field2) === undefined)) return false;
  const field3 = record["timeZoneLabel"];
  if (!(field3 === undefined || typeof field3 === "string" && pattern0.test(field3))) return false;
  const field4 = record["note"];
  if (!(field4 === undefined || typeof field4 === "string" && pattern0.test(field4))) return false;
  return true;
}

function programEventImportantDates(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programEventImportantDatesElement(element)) return false;
  return true;
}

function programEventAwardsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "name":
      case "description":
      case "winners":
        break;
      default:
        return false;
    }
  }
  const field0 = record["name"];
  if (!(typeof field0 === "string" && pattern0.test(field0))) return false;
  const field1 = record["description"];
  if (!(field1 === undefined || typeof field1 === "string" && pattern0.test(field1))) return false;
  const field2 = record["winners"];
  if (!(field2 === undefined || programEventInvitedSpeakers(field2))) return false;
  return true;
}

function programEventAwards(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programEventAwardsElement(element)) return false;
  return true;
}

function programEventScheduleDefaultDurations(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    if (!(values5.has(key))) return false;
    const entry = record[key];
    if (!(typeof entry === "number" && Number.isFinite(entry) && Number.isSafeInteger(entry) && entry > 0 && entry <= 20160)) return false;
  }
  return true;
}

function programEventSchedule(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "status":
      case "note":
      case "defaultDurations":
        break;
      default:
        return false;
    }
  }
  const field0 = record["status"];
  if (!(field0 === "final" || field0 === "tentative")) return false;
  const field1 = record["note"];
  if (!(field1 === undefined || typeof field1 === "string" && pattern0.test(field1))) return false;
  const field2 = record["defaultDurations"];
  if (!(field2 === undefined || programEventScheduleDefaultDurations(field2))) return false;
  return true;
}

function programEvent(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "title":
      case "acronym":
      case "subtitle":
      case "kind":
      case "description":
      case "hostConference":
      case "startDate":
      case "endDate":
      case "timeZone":
      case "timeZoneLabel":
      case "venue":
      case "organisers":
      case "invitedSpeakers":
      case "contactEmail":
      case "links":
      case "importantDates":
      case "callForPapers":
      case "publicationPolicy":
      case "awards":
      case "schedule":
      case "extra":
        break;
      default:
        return false;
    }
  }
  const field0 = record["title"];
  if (!(typeof field0 === "string" && pattern0.test(field0))) return false;
  const field1 = record["acronym"];
  if (!(field1 === undefined || typeof field1 === "string" && pattern0.test(field1))) return false;
  const field2 = record["subtitle"];
  if (!(field2 === undefined || typeof field2 === "string" && pattern0.test(field2))) return false;
  const field3 = record["kind"];
  if (!values1.has(field3)) return false;
  const field4 = record["description"];
  if (!(field4 === undefined || typeof field4 === "string" && pattern0.test(field4))) return false;
  const field5 = record["hostConference"];
  if (!(field5 === undefined || programEventHostConference(field5))) return false;
  const field6 = record["startDate"];
  if (!(typeof field6 === "string" && fieldProblems.dateText(field6) === undefined)) return false;
  const field7 = record["endDate"];
  if (!(field7 === undefined || typeof field7 === "string" && fieldProblems.dateText(field7) === undefined)) return false;
  const field8 = record["timeZone"];
  if (!(typeof field8 === "string" && fieldProblems.timeZone(field8) === undefined)) return false;
  const field9 = record["timeZoneLabel"];
  if (!(field9 === undefined || typeof field9 === "string" && pattern0.test(field9))) return false;
  const field10 = record["venue"];
  if (!(field10 === undefined || programEventVenue(field10))) return false;
  const field11 = record["organisers"];
  if (!(field11 === undefined || programEventOrganisers(field11))) return false;
  const field12 = record["invitedSpeakers"];
  if (!(field12 === undefined || programEventInvitedSpeakers(field12))) return false;
  const field13 = record["contactEmail"];
  if (!(field13 === undefined || typeof field13 === "string" && pattern3.test(field13))) return false;
  const field14 = record["links"];
  if (!(field14 === undefined || programEventLinks(field14))) return false;
  const field15 = record["importantDates"];
  if (!(field15 === undefined || programEventImportantDates(field15))) return false;
  const field16 = record["callForPapers"];
  if (!(field16 === undefined || typeof field16 === "string" && pattern0.test(field16))) return false;
  const field17 = record["publicationPolicy"];
  if (!(field17 === undefined || typeof field17 === "string" && pattern0.test(field17))) return false;
  const field18 = record["awards"];
  if (!(field18 === undefined || programEventAwards(field18))) return false;
  const field19 = record["schedule"];
  if (!(field19 === undefined || programEventSchedule(field19))) return false;
  const field20 = record["extra"];
  if (!(field20 === undefined || fieldProblems.jsonObject(field20) === undefined)) return false;
  return true;
}

function programPeopleElementAffiliations(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!(typeof element === "string" && pattern0.test(element))) return false;
  return true;
}

function programPeopleElementTba(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!(element === "name" || element === "affiliations" || element === "biography" || element === "photo")) return false;
  return true;
}

function programPeopleElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "id":
      case "name":
      case "givenName":
      case "familyName":
      case "affiliations":
      case "biography":
      case "homepage":
      case "photo":
      case "orcid":
      case "email":
      case "tba":
      case "extra":
        break;
      default:
        return false;
    }
  }
  const field0 = record["id"];
  if (!(typeof field0 === "string" && pattern2.test(field0))) return false;
  const field1 = record["name"];
  if (!(field1 === undefined || typeof field1 === "string" && pattern0.test(field1))) return false;
  const field2 = record["givenName"];
  if (!(field2 === undefined || typeof field2 === "string" && pattern0.test(field2))) return false;
  const field3 = record["familyName"];
  if (!(field3 === undefined || typeof field3 === "string" && pattern0.test(field3))) return false;
  const field4 = record["affiliations"];
  if (!(field4 === undefined || programPeopleElementAffiliations(field4))) return false;
  const field5 = record["biography"];
  if (!(field5 === undefined || typeof field5 === "string" && pattern0.test(field5))) return false;
  const field6 = record["homepage"];
  if (!(field6 === undefined || typeof field6 === "string" && fieldProblems.webAddress(field6) === undefined)) return false;
  const field7 = record["photo"];
  if (!(field7 === undefined || typeof field7 === "string" && fieldProblems.webAddress(field7) === undefined)) return false;
  const field8 = record["orcid"];
  if (!(field8 === undefined || typeof field8 === "string" && pattern6.test(field8))) return false;
  const field9 = record["email"];
  if (!(field9 === undefined || typeof field9 === "string" && pattern3.test(field9))) return false;
  const field10 = record["tba"];
  if (!(field10 === undefined || programPeopleElementTba(field10))) return false;
  const field11 = record["extra"];
  if (!(field11 === undefined || fieldProblems.jsonObject(field11) === undefined)) return false;
  return true;
}

function programPeople(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programPeopleElement(element)) return false;
  return true;
}

function programRoomsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "id":
      case "name":
      case "capacity":
      case "building":
      case "floor":
      case "description":
      case "extra":
        break;
      default:
        return false;
    }
  }
  const field0 = record["id"];
  if (!(typeof field0 === "string" && pattern2.test(field0))) return false;
  const field1 = record["name"];
  if (!(typeof field1 === "string" && pattern0.test(field1))) return false;
  const field2 = record["capacity"];
  if (!(field2 === undefined || typeof field2 === "number" && Number.isFinite(field2) && Number.isSafeInteger(field2) && field2 > 0)) return false;
  const field3 = record["building"];
  if (!(field3 === undefined || typeof field3 === "string" && pattern0.test(field3))) return false;
  const field4 = record["floor"];
  if (!(field4 === undefined || typeof field4 === "string" && pattern0.test(field4))) return false;
  const field5 = record["description"];
  if (!(field5 === undefined || typeof field5 === "string" && pattern0.test(field5))) return false;
  const field6 = record["extra"];
  if (!(field6 === undefined || fieldProblems.jsonObject(field6) === undefined)) return false;
  return true;
}

function programRooms(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programRoomsElement(element)) return false;
  return true;
}

function programTracksElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "id":
      case "name":
      case "color":
      case "description":
      case "extra":
        break;
      default:
        return false;
    }
  }
  const field0 = record["id"];
  if (!(typeof field0 === "string" && pattern2.test(field0))) return false;
  const field1 = record["name"];
  if (!(typeof field1 === "string" && pattern0.test(field1))) return false;
  const field2 = record["color"];
  if (!(field2 === undefined || typeof field2 === "string" && pattern7.test(field2))) return false;
  const field3 = record["description"];
  if (!(field3 === undefined || typeof field3 === "string" && pattern0.test(field3))) return false;
  const field4 = record["extra"];
  if (!(field4 === undefined || fieldProblems.jsonObject(field4) === undefined)) return false;
  return true;
}

function programTracks(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programTracksElement(element)) return false;
  return true;
}

function programSessionsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "id":
      case "title":
      case "chairs":
      case "room":
      case "track":
      case "start":
      case "end":
      case "items":
      case "description":
      case "extra":
        break;
      default:
        return false;
    }
  }
  const field0 = record["id"];
  if (!(typeof field0 === "string" && pattern2.test(field0))) return false;
  const field1 = record["title"];
  if (!(typeof field1 === "string" && pattern0.test(field1))) return false;
  const field2 = record["chairs"];
  if (!(field2 === undefined || programEventInvitedSpeakers(field2))) return false;
  const field3 = record["room"];
  if (!(field3 === undefined || typeof field3 === "string" && pattern2.test(field3))) return false;
  const field4 = record["track"];
  if (!(field4 === undefined || typeof field4 === "string" && pattern2.test(field4))) return false;
  const field5 = record["start"];
  if (!(field5 === undefined || typeof field5 === "string" && fieldProblems.dateTimeText(field5) === undefined)) return false;
  const field6 = record["end"];
  if (!(field6 === undefined || typeof field6 === "string" && fieldProblems.dateTimeText(field6) === undefined)) return false;
  const field7 = record["items"];
  if (!programEventInvitedSpeakers(field7)) return false;
  const field8 = record["description"];
  if (!(field8 === undefined || typeof field8 === "string" && pattern0.test(field8))) return false;
  const field9 = record["extra"];
  if (!(field9 === undefined || fieldProblems.jsonObject(field9) === undefined)) return false;
  return true;
}

function programSessions(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSessionsElement(element)) return false;
  return true;
}

function programSeriesDates(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!(typeof element === "string" && fieldProblems.dateText(element) === undefined)) return false;
  return true;
}

function programSeriesCancellationsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "date":
      case "reason":
        break;
      default:
        return false;
    }
  }
  const field0 = record["date"];
  if (!(typeof field0 === "string" && fieldProblems.dateText(field0) === undefined)) return false;
  const field1 = record["reason"];
  if (!(field1 === undefined || typeof field1 === "string" && pattern0.test(field1))) return false;
  return true;
}

function programSeriesCancellations(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSeriesCancellationsElement(element)) return false;
  return true;
}

function programSeriesTermsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "label":
      case "from":
      case "until":
        break;
      default:
        return false;
    }
  }
  const field0 = record["label"];
  if (!(typeof field0 === "string" && pattern0.test(field0))) return false;
  const field1 = record["from"];
  if (!(typeof field1 === "string" && fieldProblems.dateText(field1) === undefined)) return false;
  const field2 = record["until"];
  if (!(typeof field2 === "string" && fieldProblems.dateText(field2) === undefined)) return false;
  return true;
}

function programSeriesTerms(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSeriesTermsElement(element)) return false;
  return true;
}

function programSeriesChangesElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "date":
      case "startTime":
      case "duration":
      case "room":
      case "note":
        break;
      default:
        return false;
    }
  }
  const field0 = record["date"];
  if (!(typeof field0 === "string" && fieldProblems.dateText(field0) === undefined)) return false;
  const field1 = record["startTime"];
  if (!(field1 === undefined || typeof field1 === "string" && pattern8.test(field1))) return false;
  const field2 = record["duration"];
  if (!(field2 === undefined || typeof field2 === "number" && Number.isFinite(field2) && Number.isSafeInteger(field2) && field2 > 0 && field2 <= 20160)) return false;
  const field3 = record["room"];
  if (!(field3 === undefined || typeof field3 === "string" && pattern2.test(field3))) return false;
  const field4 = record["note"];
  if (!(field4 === undefined || typeof field4 === "string" && pattern0.test(field4))) return false;
  return true;
}

function programSeriesChanges(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programSeriesChangesElement(element)) return false;
  return true;
}

function programSeries(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "frequency":
      case "intervalWeeks":
      case "from":
      case "until":
      case "dates":
      case "startTime":
      case "duration":
      case "room":
      case "cancellations":
      case "terms":
      case "changes":
        break;
      default:
        return false;
    }
  }
  const field0 = record["frequency"];
  if (!(field0 === "weekly" || field0 === "every-n-weeks" || field0 === "dates")) return false;
  const field1 = record["intervalWeeks"];
  if (!(field1 === undefined || typeof field1 === "number" && Number.isFinite(field1) && Number.isSafeInteger(field1) && field1 >= 1)) return false;
  const field2 = record["from"];
  if (!(field2 === undefined || typeof field2 === "string" && fieldProblems.dateText(field2) === undefined)) return false;
  const field3 = record["until"];
  if (!(field3 === undefined || typeof field3 === "string" && fieldProblems.dateText(field3) === undefined)) return false;
  const field4 = record["dates"];
  if (!(field4 === undefined || programSeriesDates(field4))) return false;
  const field5 = record["startTime"];
  if (!(typeof field5 === "string" && pattern8.test(field5))) return false;
  const field6 = record["duration"];
  if (!(typeof field6 === "number" && Number.isFinite(field6) && Number.isSafeInteger(field6) && field6 > 0 && field6 <= 20160)) return false;
  const field7 = record["room"];
  if (!(field7 === undefined || typeof field7 === "string" && pattern2.test(field7))) return false;
  const field8 = record["cancellations"];
  if (!(field8 === undefined || programSeriesCancellations(field8))) return false;
  const field9 = record["terms"];
  if (!(field9 === undefined || programSeriesTerms(field9))) return false;
  const field10 = record["changes"];
  if (!(field10 === undefined || programSeriesChanges(field10))) return false;
  return true;
}

function programItemsElementAuthorsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "person":
      case "presenting":
      case "affiliations":
        break;
      default:
        return false;
    }
  }
  const field0 = record["person"];
  if (!(typeof field0 === "string" && pattern2.test(field0))) return false;
  const field1 = record["presenting"];
  if (!(field1 === undefined || typeof field1 === "boolean")) return false;
  const field2 = record["affiliations"];
  if (!(field2 === undefined || programPeopleElementAffiliations(field2))) return false;
  return true;
}

function programItemsElementAuthors(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programItemsElementAuthorsElement(element)) return false;
  return true;
}

function programItemsElementTagsElementPath(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!(typeof element === "string" && pattern0.test(element))) return false;
  return value.length >= 1;
}

function programItemsElementTagsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "label":
      case "score":
      case "path":
        break;
      default:
        return false;
    }
  }
  const field0 = record["label"];
  if (!(typeof field0 === "string" && pattern0.test(field0))) return false;
  const field1 = record["score"];
  if (!(field1 === undefined || typeof field1 === "number" && Number.isFinite(field1) && field1 >= 0 && field1 <= 1)) return false;
  const field2 = record["path"];
  if (!(field2 === undefined || programItemsElementTagsElementPath(field2))) return false;
  return true;
}

function programItemsElementTags(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programItemsElementTagsElement(element)) return false;
  return true;
}

function programItemsElementTba(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!(element === "title" || element === "abstract" || element === "speakers")) return false;
  return true;
}

function programItemsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "id":
      case "kind":
      case "title":
      case "subtitle":
      case "abstract":
      case "speakers":
      case "authors":
      case "links":
      case "tags":
      case "status":
      case "room":
      case "track":
      case "start":
      case "end":
      case "duration":
      case "plenary":
      case "board":
      case "note":
      case "tba":
      case "extra":
        break;
      default:
        return false;
    }
  }
  const field0 = record["id"];
  if (!(typeof field0 === "string" && pattern2.test(field0))) return false;
  const field1 = record["kind"];
  if (!values5.has(field1)) return false;
  const field2 = record["title"];
  if (!(field2 === undefined || typeof field2 === "string" && pattern0.test(field2))) return false;
  const field3 = record["subtitle"];
  if (!(field3 === undefined || typeof field3 === "string" && pattern0.test(field3))) return false;
  const field4 = record["abstract"];
  if (!(field4 === undefined || typeof field4 === "string" && pattern0.test(field4))) return false;
  const field5 = record["speakers"];
  if (!(field5 === undefined || programEventInvitedSpeakers(field5))) return false;
  const field6 = record["authors"];
  if (!(field6 === undefined || programItemsElementAuthors(field6))) return false;
  const field7 = record["links"];
  if (!(field7 === undefined || programEventLinks(field7))) return false;
  const field8 = record["tags"];
  if (!(field8 === undefined || programItemsElementTags(field8))) return false;
  const field9 = record["status"];
  if (!(field9 === undefined || (field9 === "confirmed" || field9 === "tentative" || field9 === "cancelled"))) return false;
  const field10 = record["room"];
  if (!(field10 === undefined || typeof field10 === "string" && pattern2.test(field10))) return false;
  const field11 = record["track"];
  if (!(field11 === undefined || typeof field11 === "string" && pattern2.test(field11))) return false;
  const field12 = record["start"];
  if (!(field12 === undefined || typeof field12 === "string" && fieldProblems.dateTimeText(field12) === undefined)) return false;
  const field13 = record["end"];
  if (!(field13 === undefined || typeof field13 === "string" && fieldProblems.dateTimeText(field13) === undefined)) return false;
  const field14 = record["duration"];
  if (!(field14 === undefined || typeof field14 === "number" && Number.isFinite(field14) && Number.isSafeInteger(field14) && field14 > 0 && field14 <= 20160)) return false;
  const field15 = record["plenary"];
  if (!(field15 === undefined || typeof field15 === "boolean")) return false;
  const field16 = record["board"];
  if (!(field16 === undefined || typeof field16 === "string" && pattern0.test(field16))) return false;
  const field17 = record["note"];
  if (!(field17 === undefined || typeof field17 === "string" && pattern0.test(field17))) return false;
  const field18 = record["tba"];
  if (!(field18 === undefined || programItemsElementTba(field18))) return false;
  const field19 = record["extra"];
  if (!(field19 === undefined || fieldProblems.jsonObject(field19) === undefined)) return false;
  return true;
}

function programItems(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!programItemsElement(element)) return false;
  return true;
}

function program(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) {
    switch (key) {
      case "$schema":
      case "version":
      case "event":
      case "people":
      case "rooms":
      case "tracks":
      case "sessions":
      case "series":
      case "items":
      case "extra":
        break;
      default:
        return false;
    }
  }
  const field0 = record["$schema"];
  if (!(field0 === undefined || typeof field0 === "string")) return false;
  const field1 = record["version"];
  if (!(field1 === undefined || (field1 === 1))) return false;
  const field2 = record["event"];
  if (!programEvent(field2)) return false;
  const field3 = record["people"];
  if (!(field3 === undefined || programPeople(field3))) return false;
  const field4 = record["rooms"];
  if (!(field4 === undefined || programRooms(field4))) return false;
  const field5 = record["tracks"];
  if (!(field5 === undefined || programTracks(field5))) return false;
  const field6 = record["sessions"];
  if (!(field6 === undefined || programSessions(field6))) return false;
  const field7 = record["series"];
  if (!(field7 === undefined || programSeries(field7))) return false;
  const field8 = record["items"];
  if (!programItems(field8)) return false;
  const field9 = record["extra"];
  if (!(field9 === undefined || fieldProblems.jsonObject(field9) === undefined)) return false;
  return true;
}

/**
 * True when `value` passes `programSchema` and zod's output would be the value itself;
 * false means "not certain" (zod then gives the answer and the messages).
 */
export function programPassesAsIs(value: unknown): boolean {
  return program(value);
}
