import type { Item } from "../model/item.js";
import type { ItemPresentation } from "../model/item-presentation.js";
import type { Program } from "../model/program.js";
import { describePerson } from "../schedule/announcements.js";
import { indexProgram } from "../schedule/program-index.js";
import { resolveSchedule } from "../schedule/resolve-schedule.js";
import type { Session } from "../model/session.js";
import { titleOfLink } from "./link-title.js";

/** A JSON-LD node (an object of schema.org properties), as `toJsonLd` returns it. */
export type JsonLdNode = Record<string, unknown>;

/** schema.org's attendance mode of a sub-event, by how the item is presented. */
const attendanceModes: Readonly<Record<ItemPresentation, string>> = {
  "in-person": "https://schema.org/OfflineEventAttendanceMode",
  remote: "https://schema.org/OnlineEventAttendanceMode",
  hybrid: "https://schema.org/MixedEventAttendanceMode",
};

/**
 * Where to join a session online, as schema.org says it: a `VirtualLocation` per http(s)
 * address of the session's links (its video call, livestream, chat), named "Zoom (Orals I)".
 * Addresses are written as the program has them, as every other URL here (no `asUri`: it
 * would put the percent-encoder into lectern.js, which fetches this writer lazily).
 */
function virtualLocationsOf(session: Session | undefined): JsonLdNode[] {
  const seen = new Set<string>();
  return (session?.links ?? []).flatMap((link) => {
    if (!/^https?:\/\//i.test(link.url) || seen.has(link.url)) return [];
    seen.add(link.url);
    return [{ "@type": "VirtualLocation", name: `${titleOfLink(link)} (${session!.title})`, url: link.url }];
  });
}

/**
 * A talk's `location` and `eventAttendanceMode`: its room (in the venue), and its session's
 * virtual locations beside it, which make the talk mixed (online only without a room or venue),
 * as Google's event guide asks.
 */
function locationOf(
  physical: JsonLdNode | undefined,
  online: readonly JsonLdNode[],
  presentation: ItemPresentation | undefined,
): JsonLdNode {
  // An item that says how it is presented says its own mode; otherwise a call or a stream beside a room is mixed.
  const told = presentation === undefined ? {} : { eventAttendanceMode: attendanceModes[presentation] };
  if (online.length === 0) return { ...(physical ? { location: physical } : {}), ...told };
  const location = physical ? [physical, ...online] : online.length === 1 ? online[0] : online;
  const mode = physical ? "MixedEventAttendanceMode" : "OnlineEventAttendanceMode";
  return { location, eventAttendanceMode: `https://schema.org/${mode}`, ...told };
}

/** A remote or hybrid item's own livestream, where to watch it: a `VirtualLocation`. */
function ownStreamOf(item: Item): JsonLdNode[] {
  if (item.presentation !== "remote" && item.presentation !== "hybrid") return [];
  const url = item.links?.find((link) => link.kind === "livestream" && /^https?:\/\//i.test(link.url))?.url;
  return url ? [{ "@type": "VirtualLocation", url }] : [];
}

/**
 * The program as schema.org `Event` JSON-LD for search engines: the event with its place,
 * organisers and host conference, and one `subEvent` per item that has a time or a date, with
 * its performers (speakers and presenting authors, with affiliations and `sameAs` profile
 * links), room, status and `inLanguage` (the item's language, else the event's); the links
 * of its session (a video call, a livestream) are `VirtualLocation`s beside its room, which
 * make it a mixed (or online) event; an item that says how it is presented gives its own
 * `eventAttendanceMode`, and a remote or hybrid item's livestream link is a `VirtualLocation`
 * too. Instants carry offsets; an item with a date and no time
 * starts on that date (schema.org's `Date`, which Google's event guide asks for when the time
 * is not known). A paper's authors, in
 * order, are the `author`s of its `workFeatured` (a `ScholarlyArticle`): nobody marked
 * presenting is no performer, but every author is kept. Items with neither time nor date are
 * left out (an event needs a start); {@link toJsonLdWithWarnings} names them.
 */
export function toJsonLd(program: Program): JsonLdNode {
  const { event } = program;
  const index = indexProgram(program);
  const schedule = resolveSchedule(program);
  // An author's affiliations for this paper, when given, win over the person's own.
  const personNode = (id: string, affiliationsHere?: readonly string[]): JsonLdNode => {
    const person = index.people.get(id)?.value;
    const affiliations = affiliationsHere ?? person?.affiliations ?? [];
    // Profiles elsewhere (ORCID, Scholar, GitHub, ...) identify the person for search engines.
    const sameAs = [
      ...new Set([
        ...(person?.orcid ? [`https://orcid.org/${person.orcid}`] : []),
        ...(person?.links ?? []).map((link) => link.url),
      ]),
    ].filter((url) => url !== person?.homepage);
    return {
      "@type": "Person",
      name: (person && describePerson(person)) ?? "To be announced",
      ...(affiliations.length > 0
        ? { affiliation: affiliations.map((name) => ({ "@type": "Organization", name })) }
        : {}),
      ...(person?.homepage ? { url: person.homepage } : {}),
      ...(sameAs.length > 0 ? { sameAs } : {}),
    };
  };
  const place: JsonLdNode | undefined = event.venue
    ? {
        "@type": "Place",
        ...(event.venue.name ? { name: event.venue.name } : {}),
        address: {
          "@type": "PostalAddress",
          ...(event.venue.address ? { streetAddress: event.venue.address } : {}),
          ...(event.venue.city ? { addressLocality: event.venue.city } : {}),
          ...(event.venue.country ? { addressCountry: event.venue.country } : {}),
        },
      }
    : undefined;
  const website = event.links?.find((link) => link.kind === "web")?.url;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    ...(event.description ? { description: event.description } : {}),
    ...(event.language ? { inLanguage: event.language } : {}),
    startDate: schedule.items[0]?.start ?? event.startDate,
    endDate: schedule.items.at(-1)?.end ?? event.endDate ?? event.startDate,
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
    ...(place ? { location: place } : {}),
    ...(website ? { url: website } : {}),
    ...(event.hostConference
      ? {
          superEvent: {
            "@type": "Event",
            name: event.hostConference.name,
            ...(event.hostConference.url ? { url: event.hostConference.url } : {}),
          },
        }
      : {}),
    ...(event.organisers?.length
      ? { organizer: event.organisers.map((organiser) => personNode(organiser.person)) }
      : {}),
    subEvent: [
      ...schedule.items.map((entry) => ({ entry, startDate: entry.start, endDate: entry.end })),
      ...schedule.untimed.flatMap((entry) =>
        entry.date ? [{ entry, startDate: entry.date, endDate: undefined }] : [],
      ),
    ].map(({ entry, startDate, endDate }) => {
      const { item } = entry;
      const authors = item.authors ?? [];
      // Each person once; a presenting author with the affiliations given for this paper.
      const performers = new Map<string, readonly string[] | undefined>();
      for (const id of item.speakers ?? []) performers.set(id, undefined);
      for (const author of authors)
        if (author.presenting && !performers.has(author.person)) performers.set(author.person, author.affiliations);
      const room = entry.roomId === undefined ? undefined : index.rooms.get(entry.roomId)?.value.name;
      const language = item.language ?? event.language;
      return {
        "@type": "Event",
        name: item.title ?? item.kind,
        startDate,
        ...(endDate ? { endDate } : {}),
        eventStatus:
          entry.status === "cancelled" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
        ...(item.abstract ? { description: item.abstract } : {}),
        ...(language ? { inLanguage: language } : {}),
        ...(performers.size > 0
          ? { performer: [...performers].map(([id, affiliations]) => personNode(id, affiliations)) }
          : {}),
        ...(authors.length > 0
          ? {
              workFeatured: {
                "@type": "ScholarlyArticle",
                ...(item.title ? { name: item.title } : {}),
                author: authors.map((author) => personNode(author.person, author.affiliations)),
              },
            }
          : {}),
        ...locationOf(
          room ? { "@type": "Place", name: room, ...(place ? { containedInPlace: place } : {}) } : place,
          [...virtualLocationsOf(index.sessionOfItem.get(item.id)?.value), ...ownStreamOf(item)],
          item.presentation,
        ),
      };
    }),
  };
}

/**
 * JSON-LD as text for a `<script type="application/ld+json">` element: `<`, `>` and `&` are
 * written as JSON escapes, so a title containing "</script>" cannot end the element and run
 * what follows. The JSON means exactly the same.
 */
export function jsonLdScriptText(document: JsonLdNode): string {
  return JSON.stringify(document).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
}
