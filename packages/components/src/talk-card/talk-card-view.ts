import {
  describePerson,
  isTimedEntry,
  formatItemTime,
  indexProgram,
  isToBeAnnounced,
  type ItemTimeText,
  type Person,
  type Program,
  type ResolvedItem,
  type TimeZoneMode,
  type UntimedItem,
} from "@lectern/core";
import { scheduleOf } from "../shared/schedule-cache.js";

/** A person as a card shows them: name (or to be announced), affiliations, presenting flag. */
export interface CardPerson {
  readonly id: string;
  readonly name?: string;
  readonly affiliations: readonly string[];
  readonly presenting: boolean;
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
}

const toCardPerson = (
  id: string,
  person: Person | undefined,
  presenting: boolean,
  affiliations?: readonly string[],
): CardPerson => ({
  id,
  name: person ? describePerson(person) : id,
  affiliations: affiliations ?? person?.affiliations ?? [],
  presenting,
});

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
      ),
    ),
    roomName: entry.roomId === undefined ? undefined : index.rooms.get(entry.roomId)?.value.name,
    trackName: track?.name,
    trackColor: track?.color,
    speakersToBeAnnounced: isToBeAnnounced(item, "speakers"),
  };
}
