import {
  createItemMatcher,
  formatTime,
  formatTimeRange,
  formatZoneName,
  indexProgram,
  itemKinds,
  type Id,
  type ItemFilter,
  type ItemKind,
  type Program,
  type ResolvedItem,
  type ResolvedSchedule,
  type TimeZoneMode,
} from "@lectern/core";
import { scheduleOf } from "../shared/schedule-cache.js";
import { translatedName } from "../shared/translated-name.js";

/** What the visitor chose to see. */
export interface GridChoices {
  readonly mode: TimeZoneMode;
  readonly viewerZone: string;
  readonly locale: string;
  readonly filter: ItemFilter;
}

/** A filter option with the number of items it has. */
export interface FilterOption<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly count: number;
}

/** Everything the grid shows, computed from the program and the visitor's choices. */
export interface GridView {
  readonly schedule: ResolvedSchedule;
  /** The zone days and times are shown in (the event's, or the viewer's in viewer mode). */
  readonly zone: string;
  /** The other zone shown beside it in "both" mode, when it differs. */
  readonly secondaryZone?: string;
  readonly isVisible: (entry: { id: Id; item: ResolvedItem["item"]; roomId?: Id; trackId?: Id }) => boolean;
  readonly kinds: readonly FilterOption<ItemKind>[];
  readonly tracks: readonly FilterOption<Id>[];
  readonly rooms: readonly FilterOption<Id>[];
  /** True when at most one room is used: a list reads better than a grid. */
  readonly singleTrack: boolean;
}

/** Builds the grid's view of a program: the schedule in the chosen zone, filters and options. */
export function viewScheduleGrid(
  program: Program,
  choices: GridChoices,
  kindLabel: (kind: ItemKind) => string,
): GridView {
  const zone = choices.mode === "viewer" ? choices.viewerZone : program.event.timeZone;
  const schedule = scheduleOf(program, zone);
  const index = indexProgram(program);
  const entries = [...schedule.items, ...schedule.untimed];
  const count = <T>(pick: (entry: (typeof entries)[number]) => T | undefined) => {
    const counts = new Map<T, number>();
    for (const entry of entries) {
      const value = pick(entry);
      if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return counts;
  };
  const kindCounts = count((entry) => entry.item.kind);
  const trackCounts = count((entry) => entry.trackId);
  const roomCounts = count((entry) => entry.roomId);
  const secondaryZone =
    choices.mode === "both" && choices.viewerZone !== program.event.timeZone ? choices.viewerZone : undefined;
  return {
    schedule,
    zone,
    secondaryZone,
    isVisible: createItemMatcher(program, choices.filter),
    kinds: itemKinds
      .filter((kind) => kindCounts.has(kind))
      .map((kind) => ({ value: kind, label: kindLabel(kind), count: kindCounts.get(kind)! })),
    tracks: (program.tracks ?? [])
      .filter((track) => trackCounts.has(track.id))
      .map((track) => ({
        value: track.id,
        label: translatedName(track, choices.locale)!,
        count: trackCounts.get(track.id)!,
      })),
    rooms: (program.rooms ?? [])
      .filter((room) => roomCounts.has(room.id))
      .map((room) => ({
        value: room.id,
        label: translatedName(room, choices.locale)!,
        count: roomCounts.get(room.id)!,
      })),
    singleTrack:
      new Set(entries.map((entry) => entry.roomId).filter((roomId) => roomId !== undefined)).size <= 1 &&
      index.rooms.size <= 1,
  };
}

/** The text of a list item's time: the range in the shown zone and the length. */
export function describeCellTime(
  entry: ResolvedItem,
  zone: string,
  locale: string,
  minutes: (count: number) => string,
): string {
  return `${formatTimeRange(entry.startMs, entry.endMs, { zone, locale })} · ${minutes(entry.durationMinutes)}`;
}

/**
 * The text of a grid cell's time: the start in the shown zone and the length, as pretalx's
 * cards show it. The end is where the cell ends; the full range is in the talk's dialog.
 * Why not the range: "10:30 – 10:35 AM · 5 min" needs two lines of a 13rem column in en-US
 * and German, and a second time line takes room from the title and speakers.
 */
export function describeGridCellTime(
  entry: ResolvedItem,
  zone: string,
  locale: string,
  minutes: (count: number) => string,
): string {
  return `${formatTime(entry.startMs, { zone, locale })} · ${minutes(entry.durationMinutes)}`;
}

/** `16:30–16:40 GMT+2`: an item's time on the second clock of "both" mode. */
export function describeSecondaryTime(entry: ResolvedItem, zone: string, locale: string): string {
  return `${formatTimeRange(entry.startMs, entry.endMs, { zone, locale })} ${formatZoneName(zone, entry.startMs, { locale })}`;
}
