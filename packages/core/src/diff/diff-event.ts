import type { EventInfo, Venue } from "../model/event-info.js";
import type { EventChange, EventChangeField } from "./program-change.js";

/** The event's title, dates (`2024-02-03 – 2024-02-04`), zone and venue (one line), as text. */
function eventFieldText(event: EventInfo, field: EventChangeField): string | undefined {
  switch (field) {
    case "title":
      return event.title;
    case "dates": {
      const last = event.endDate ?? event.startDate;
      return last === event.startDate ? event.startDate : `${event.startDate} – ${last}`;
    }
    case "timeZone":
      return event.timeZone;
    case "venue":
      return event.venue && venueLine(event.venue);
  }
}

/** A venue as one line: name, address, city, country (and its URL in angle brackets). */
function venueLine(venue: Venue): string | undefined {
  const line = [venue.name, venue.address, venue.city, venue.country].filter((part) => part !== undefined).join(", ");
  const withUrl = venue.url === undefined ? line : `${line}${line ? " " : ""}<${venue.url}>`;
  return withUrl === "" ? undefined : withUrl;
}

const fields: readonly EventChangeField[] = ["title", "dates", "timeZone", "venue"];

/** What changed in the event itself: title, dates, time zone, venue. */
export function diffEvent(before: EventInfo, after: EventInfo): EventChange[] {
  const changes: EventChange[] = [];
  for (const field of fields) {
    const [old, now] = [eventFieldText(before, field), eventFieldText(after, field)];
    if (old !== now) changes.push({ subject: "event", kind: "event-changed", field, before: old, after: now });
  }
  return changes;
}
