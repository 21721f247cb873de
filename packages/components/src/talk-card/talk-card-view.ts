import {
  describePerson,
  isTimedEntry,
  formatItemTime,
  indexProgram,
  isToBeAnnounced,
  type ItemTimeText,
  type Link,
  type Person,
  type Program,
  type ResolvedItem,
  type TimeZoneMode,
  type UntimedItem,
} from "@lectern/core";
import { scheduleOf } from "../shared/schedule-cache.js";
import { formatCalendarDate } from "../shared/format-calendar-date.js";
import { findCardSession, type CardSession } from "./card-session.js";
import { chooseItemTexts, type ItemTextChoice } from "./item-texts.js";
import { personLinksOf } from "../shared/person-links.js";
import { translatedName } from "../shared/translated-name.js";

/** A person as a card shows them: name (or to be announced), affiliations, presenting flag. */
export interface CardPerson {
  readonly id: string;
  readonly name?: string;
  readonly affiliations: readonly string[];
  readonly presenting: boolean;
  /** Marked as one of the authors who contributed equally. */
  readonly equalContribution: boolean;
  /** Their profile links (safe http(s) addresses only). */
  readonly links: readonly Link[];
}

/** Everything `<talk-card>` shows, computed from the program without touching the DOM. */
export interface TalkCardView {
  readonly entry: ResolvedItem | UntimedItem;
  readonly time?: ItemTimeText;
  readonly speakers: readonly CardPerson[];
  readonly authors: readonly CardPerson[];
  readonly roomName?: string;
  readonly trackName?: string;
  readonly trackColor?: string;
  readonly speakersToBeAnnounced: boolean;
  /** True when an author is marked equal contribution: the card then shows the mark's legend. */
  readonly hasEqualContribution: boolean;
  /**
   * An untimed item with a date, or whose time is to be announced: "Time not announced" and,
   * when known, the date (a calendar date of the event's zone, written out). Never a clock time.
   */
  readonly timeNotAnnounced?: { readonly date?: string; readonly dateText?: string };
  /** The session the program lists the item in, with its chairs. */
  readonly session?: CardSession;
  /** The item's texts as written, and the translation for the locale when there is one. */
  readonly texts: ItemTextChoice;
}

const toCardPerson = (
  id: string,
  person: Person | undefined,
  presenting: boolean,
  affiliations?: readonly string[],
  equalContribution = false,
): CardPerson => ({
  id,
  name: person ? describePerson(person) : id,
  affiliations: affiliations ?? person?.affiliations ?? [],
  presenting,
  equalContribution,
  links: personLinksOf(person),
});

/** "Time not announced" for an untimed item that has a date or whose time is to be announced. */
function timeNotAnnouncedOf(entry: ResolvedItem | UntimedItem, locale: string): TalkCardView["timeNotAnnounced"] {
  if (isTimedEntry(entry)) return undefined;
  const { date } = entry.item;
  if (date === undefined) return isToBeAnnounced(entry.item, "time") ? {} : undefined;
  return { date, dateText: formatCalendarDate(date, locale) };
}

/** Finds an item of a program and prepares what its card shows; `undefined` for an unknown id. */
export function viewTalkCard(
  program: Program,
  itemId: string,
  options: { mode: TimeZoneMode; viewerZone: string; locale: string },
): TalkCardView | undefined {
  const schedule = scheduleOf(program);
  const entry =
    schedule.items.find((candidate) => candidate.id === itemId) ??
    schedule.untimed.find((candidate) => candidate.id === itemId);
  if (!entry) return undefined;
  const index = indexProgram(program);
  const { item } = entry;
  const track = entry.trackId === undefined ? undefined : index.tracks.get(entry.trackId)?.value;
  return {
    entry,
    time: isTimedEntry(entry)
      ? formatItemTime(entry.startMs, entry.endMs, {
          event: program.event,
          viewerZone: options.viewerZone,
          mode: options.mode,
          locale: options.locale,
        })
      : undefined,
    speakers: (item.speakers ?? []).map((id) => toCardPerson(id, index.people.get(id)?.value, false)),
    authors: (item.authors ?? []).map((author) =>
      toCardPerson(
        author.person,
        index.people.get(author.person)?.value,
        author.presenting ?? false,
        author.affiliations,
        author.equalContribution ?? false,
      ),
    ),
    roomName:
      entry.roomId === undefined ? undefined : translatedName(index.rooms.get(entry.roomId)?.value, options.locale),
    trackName: translatedName(track, options.locale),
    trackColor: track?.color,
    speakersToBeAnnounced: isToBeAnnounced(item, "speakers"),
    hasEqualContribution: (item.authors ?? []).some((author) => author.equalContribution === true),
    timeNotAnnounced: timeNotAnnouncedOf(entry, options.locale),
    session: findCardSession(program, entry.id, entry.sessionId),
    texts: chooseItemTexts(item, { eventLanguage: program.event.language, locale: options.locale }),
  };
}
