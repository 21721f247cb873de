import {
  describePerson,
  hasMath,
  indexProgram,
  isTimedEntry,
  type Id,
  type Program,
  type ResolvedItem,
  type UntimedItem,
} from "@lectern/core";
import { html, type TemplateResult } from "lit";
import { describeChangeMark } from "../shared/change-mark-texts.js";
import type { ChangeMark } from "../shared/change-marks.js";
import type { MathController } from "../shared/math-controller.js";
import { presentationMark } from "../shared/presentation-mark.js";
import { renderInlineText } from "../shared/rich-text.js";
import type { UiStrings } from "../shared/ui-strings.js";
import type { CellModel, CellPlacement } from "./cells.js";
import { hrefOfTalk } from "./day-address.js";
import type { ScheduleGridStrings } from "./schedule-grid.strings.js";
import { describeCellTime, describeGridCellTime, describeSecondaryTime, type GridView } from "./schedule-grid-view.js";
import { translatedName } from "../shared/translated-name.js";

/** What every cell's model is worked out from: the same for all the cells of one render. */
export interface CellContext {
  readonly program: Program;
  readonly view: GridView;
  readonly locale: string;
  readonly ui: UiStrings;
  readonly text: ScheduleGridStrings;
  readonly nowMs: number;
  readonly favourites: ReadonlySet<Id>;
  /** What changed about each item since the previous version (`previous-src`); empty without one. */
  readonly marks: ReadonlyMap<Id, ChangeMark>;
  /** The title as the cell draws it: math (TeX) becomes MathML; plain text stays as it is. */
  readonly drawTitle: (title: string) => string | TemplateResult;
}

/**
 * The model of one item's cell. `placement` is where it sits in a day's grid; without one
 * the cell is a list item, which says its own room, range and second clock (in the grid the
 * room is the column and the time column shows the second clock).
 */
export function modelCell(
  entry: ResolvedItem | UntimedItem,
  context: CellContext,
  focusable: boolean,
  placement?: CellPlacement,
): CellModel {
  const { item } = entry;
  const { ui, text, view, locale, nowMs } = context;
  const inGrid = placement !== undefined;
  const index = indexProgram(context.program);
  const title = item.title ?? (item.tba?.includes("title") ? ui.titleToBeAnnounced : ui.kinds[item.kind]);
  const people = [...(item.speakers ?? []), ...(item.authors ?? []).map((author) => author.person)]
    .map((id) => {
      const person = index.people.get(id)?.value;
      return person ? (describePerson(person) ?? ui.nameToBeAnnounced) : id;
    })
    .join(", ");
  const timed = isTimedEntry(entry);
  const live = timed && entry.startMs <= nowMs && nowMs < entry.endMs;
  const track = entry.trackId === undefined ? undefined : index.tracks.get(entry.trackId)?.value;
  const favourite = context.favourites.has(entry.id);
  const mark = context.marks.get(entry.id);
  // The old time in the event's zone, as the changelog writes it; named when the cell shows the viewer's.
  const zone = context.program.event.timeZone;
  const change =
    mark &&
    describeChangeMark(
      mark,
      { zone, locale, nowStartMs: timed ? entry.startMs : undefined, nameZone: view.zone !== zone },
      ui,
    );
  const describeTime = inGrid ? describeGridCellTime : describeCellTime;
  const time = [
    timed
      ? describeTime(entry, view.zone, locale, ui.minutes)
      : [
          entry.timeToBeAnnounced ? ui.timeNotAnnounced : "",
          ui.kinds[item.kind],
          entry.durationMinutes === undefined ? "" : ui.minutes(entry.durationMinutes),
        ]
          .filter(Boolean)
          .join(" · "),
    timed && view.secondaryZone && !inGrid ? describeSecondaryTime(entry, view.secondaryZone, locale) : "",
    !inGrid && entry.roomId !== undefined ? (translatedName(index.rooms.get(entry.roomId)?.value, locale) ?? "") : "",
    // "Remote" or "Hybrid" in words, in the time's text node: no node more for a cell.
    presentationMark(item.presentation, ui) ?? "",
    // A cancelled badge says it already.
    entry.status === "cancelled" && !mark?.badges.includes("cancelled") ? ui.cancelled : "",
    live ? text.now : "",
  ]
    .filter(Boolean)
    .join(" · ");
  // The track is said as well as coloured (colour alone tells nothing to many readers, and
  // FOSDEM's 67 tracks have no colours). In the grid it is the time's second line: the same
  // text node, broken by CSS (white-space: pre-line), so a cell keeps its 11 DOM nodes.
  const when = track ? `${time}${inGrid ? "\n" : " · "}${translatedName(track, locale)}` : time;
  return {
    id: entry.id,
    states: [
      timed && entry.isPlenary ? "plenary" : "",
      live ? "live" : "",
      entry.status === "cancelled" ? "cancelled" : "",
    ]
      .filter(Boolean)
      .join(" "),
    placement,
    trackColor: track?.color,
    href: hrefOfTalk(entry.id),
    focusable,
    when,
    title: context.drawTitle(title),
    fullTitle: title,
    who: people || (item.tba?.includes("speakers") ? ui.speakerToBeAnnounced : ""),
    change,
    favourite,
    starLabel: favourite ? text.removeFavourite(title) : text.addFavourite(title),
  };
}

/** How a cell draws a title: with TeX, as math (MathML once temml is loaded); else as its text. */
export function drawTitleWith(math: MathController): (title: string) => string | TemplateResult {
  return (title) => (hasMath(title) ? html`${renderInlineText(title, math)} ` : title);
}
