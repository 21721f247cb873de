import { toSafeUrl } from "../model/safe-url.js";
import type { PathSegment } from "../parse/problem.js";
import { htmlToText } from "./html-to-text.js";
import { asObject, asObjectList, asText, type JsonObject } from "./json-values.js";

/** A problem the event export reader found, with where it is in the file. */
export interface IndicoExportNote {
  /** Where in the file, from the root (`results`, event index, ...). */
  segments: PathSegment[];
  /** What was found there and what became of it. */
  message: string;
}

/** Indico's event export, read into the shape of its timetable export. */
export interface IndicoEventExport {
  /** `<event index>` → `contributions` / `sessions` → `<index>` → entry, as the timetable's days hold entries. */
  days: JsonObject;
  /** The first event's `title`. */
  title?: string;
  /** The first event's `timezone`. */
  timeZone?: string;
  /** The first event's `location` and `address`: the venue, which its entries repeat as their `location`. */
  venue?: { name?: string; address?: string };
  /**
   * What the first event says of itself, as a program's event writes it: its own first and last
   * days (`startDate`, `endDate`: a day with no contribution is still the event's), its page
   * (`url`) as a link, its `description` as text, and its venue.
   */
  event: Record<string, unknown>;
  /** What cannot be kept, each naming its path. */
  notes: IndicoExportNote[];
}

/** The objects of a list keyed by their index, so paths name `contributions.3` as the file does. */
function byIndex(value: unknown): JsonObject {
  return Object.fromEntries(
    (Array.isArray(value) ? value : []).flatMap((entry, index) => (asObject(entry) ? [[String(index), entry]] : [])),
  );
}

/**
 * Reads the event export API (`/export/event/ID.json?detail=contributions` or `detail=sessions`:
 * `results` is a list of events, each with `contributions` and, for `detail=sessions`, `sessions`
 * holding their own `contributions`) so the timetable importer can read it: each event becomes a
 * "day" whose keys are `contributions` and `sessions`, and a session's `contributions` are keyed by
 * index too, so every path still names the place in the file. A contribution that
 * names a `session` the export does not list (`detail=contributions`) stays ungrouped, with a note.
 */
export function readIndicoEventExport(results: readonly unknown[]): IndicoEventExport {
  const notes: IndicoExportNote[] = [];
  const days: JsonObject = {};
  results.forEach((value, eventIndex) => {
    const event = asObject(value);
    if (!event) return;
    const sessions = asObjectList(event.sessions).map((session) => ({
      ...session,
      entryType: "Session",
      conveners: session.conveners ?? session.sessionConveners,
      contributions: byIndex(session.contributions),
    }));
    if (!Array.isArray(event.sessions))
      asObjectList(event.contributions).forEach((contribution, index) => {
        const session = asText(contribution.session);
        if (session)
          notes.push({
            segments: ["results", eventIndex, "contributions", index, "session"],
            message: `names the session "${session}", which this export does not list (ask for detail=sessions); the contribution is kept outside any session`,
          });
      });
    days[String(eventIndex)] = { contributions: byIndex(event.contributions), sessions: byIndex(sessions) };
  });
  const first = asObject(results[0]);
  const name = asText(first?.location);
  const address = asText(first?.address);
  const venue = name || address ? { ...(name ? { name } : {}), ...(address ? { address } : {}) } : undefined;
  const dayOf = (value: unknown) => /^\d{4}-\d{2}-\d{2}$/.exec(asText(asObject(value)?.date) ?? "")?.[0];
  const [startDate, endDate] = [dayOf(first?.startDate), dayOf(first?.endDate)];
  const url = toSafeUrl(asText(first?.url) ?? "");
  const description = htmlToText(asText(first?.description) ?? "");
  const event = {
    ...(startDate ? { startDate } : {}),
    ...(endDate && endDate !== startDate ? { endDate } : {}),
    ...(description ? { description } : {}),
    ...(venue ? { venue } : {}),
    ...(url ? { links: [{ kind: "web", url, label: "Event page" }] } : {}),
  };
  return {
    days,
    title: asText(first?.title),
    timeZone: asText(first?.timezone),
    ...(venue ? { venue } : {}),
    event,
    notes,
  };
}
