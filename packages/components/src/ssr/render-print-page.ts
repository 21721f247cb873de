import {
  describeEventZoneOver,
  formatDayHeading,
  formatTimeRange,
  indexProgram,
  resolveSchedule,
  type Item,
  type Program,
  type ResolvedItem,
  type ScheduleDay,
} from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import { printPageStylesheet, printStylesheet } from "./print-stylesheet.js";
import { escapeHtml, langOf, renderBody, type StaticPageOptions } from "./render-program-page.js";
import { translatedName } from "../shared/translated-name.js";

/** How `print.html` lays a program out on paper. */
export type PrintOrientation = "landscape" | "portrait";

/**
 * Landscape for a final program whose every day uses more than one room (a grid of rooms side
 * by side needs the width); portrait for a tentative or single-track program, a list that reads
 * top to bottom and may run over several pages.
 */
export function printOrientationOf(program: Program): PrintOrientation {
  if (program.event.schedule?.status === "tentative") return "portrait";
  const days = resolveSchedule(program).days;
  const multiRoom = days.length > 0 && days.every((day) => day.rooms.length > 1);
  return multiRoom ? "landscape" : "portrait";
}

// Names through core's shared index (built once per program), not a scan of the people or
// rooms per item: a FOSDEM-sized program has hundreds of each.
function peopleOf(program: Program, item: Item): string {
  const people = indexProgram(program).people;
  return (item.speakers ?? []).map((id) => people.get(id)?.value.name ?? id).join(", ");
}

/** A room's name in the page's language, as the elements choose it; a room not listed is its id. */
type RoomNamer = (roomId: string | undefined) => string | undefined;

function roomNamer(program: Program, lang: string): RoomNamer {
  const rooms = indexProgram(program).rooms;
  return (roomId) => (roomId === undefined ? undefined : (translatedName(rooms.get(roomId)?.value, lang) ?? roomId));
}

function entry(program: Program, item: Item, room?: string): TemplateResult {
  const people = peopleOf(program, item);
  return html`<span class="print-title">${item.title}</span>${
      people ? html`<span class="print-people">${people}</span>` : nothing
    }${room ? html`<span class="print-room">${room}</span>` : nothing}`;
}

/** One day as a table: a row per start time, a column per room, plenary items across all rooms. */
function gridOf(
  program: Program,
  day: ScheduleDay,
  time: (item: ResolvedItem) => string,
  roomName: RoomNamer,
): TemplateResult {
  const starts = [...new Set(day.items.map((item) => item.startMs))].sort((a, b) => a - b);
  const columns = day.rooms;
  const row = (startMs: number): TemplateResult => {
    const plenary = day.plenaryItems.filter((item) => item.startMs === startMs);
    const first = plenary[0] ?? day.items.find((item) => item.startMs === startMs)!;
    if (plenary.length > 0)
      return html`<tr>
        <th class="print-time" scope="row">${time(first)}</th>
        <td class="print-plenary" colspan=${columns.length}>${plenary.map((item) => entry(program, item.item))}</td>
      </tr>`;
    return html`<tr>
      <th class="print-time" scope="row">${time(first)}</th>
      ${columns.map(
        (column) =>
          html`<td>
            ${column.items.filter((item) => item.startMs === startMs).map((item) => entry(program, item.item))}
          </td>`,
      )}
    </tr>`;
  };
  return html`<table class="print-grid">
    <thead>
      <tr>
        <th class="print-time" scope="col">Time</th>
        ${columns.map((column) => html`<th scope="col">${roomName(column.roomId) ?? "Elsewhere"}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${starts.map(row)}
    </tbody>
  </table>`;
}

/** One day as a list read top to bottom: time, then title, people and room. */
function listOf(
  program: Program,
  day: ScheduleDay,
  time: (item: ResolvedItem) => string,
  roomName: RoomNamer,
): TemplateResult {
  return html`<ul class="print-list">
    ${day.items.map(
      (item) =>
        html`<li><span>${time(item)}</span><span>${entry(program, item.item, roomName(item.roomId))}</span></li>`,
    )}
  </ul>`;
}

/**
 * The printed program (`print.html`): the event's title, the zone every time is in ("All times
 * America/Sao_Paulo (Brasília Time (GMT−3))"), then each day as a room grid on a landscape page
 * or as a list on portrait pages ({@link printOrientationOf}), and the items with no time yet.
 * Static HTML with no script and no elements; every text goes through Lit's escaping. Node only.
 */
export async function renderPrintPage(program: Program, options: StaticPageOptions = {}): Promise<string> {
  const lang = langOf(program, options);
  const zone = program.event.timeZone;
  const schedule = resolveSchedule(program);
  const orientation = printOrientationOf(program);
  const roomName = roomNamer(program, lang);
  const time = (item: ResolvedItem): string => formatTimeRange(item.startMs, item.endMs, { zone, locale: lang });
  const instants = schedule.days.flatMap((day) => day.items.map((item) => item.startMs));
  // Without a timed item the zone is named as it is on the event's first day (not today:
  // the page must not depend on when it was rendered).
  const firstMs = instants.length > 0 ? Math.min(...instants) : Date.parse(`${program.event.startDate}T12:00:00Z`);
  const lastMs = instants.length > 0 ? Math.max(...instants) : firstMs;
  const zoneLabel = `All times ${zone} (${describeEventZoneOver(program.event, firstMs, lastMs, lang)})`;
  const untimed = schedule.untimed;
  const body = html`<main>
    <h1>${program.event.title}</h1>
    <p class="print-zone">${zoneLabel}</p>
    ${schedule.days.map(
      (day) =>
        html`<section>
          <h2>${formatDayHeading(day.date, { locale: lang })}</h2>
          ${orientation === "landscape" ? gridOf(program, day, time, roomName) : listOf(program, day, time, roomName)}
        </section>`,
    )}
    ${
      untimed.length > 0
        ? html`<section>
            <h2>Time not announced</h2>
            <ul class="print-list">
              ${untimed.map(
                (item) =>
                  html`<li>
                    <span>${item.date ?? ""}</span><span>${entry(program, item.item, roomName(item.roomId))}</span>
                  </li>`,
              )}
            </ul>
          </section>`
        : nothing
    }
  </main>`;
  return [
    "<!doctype html>",
    `<html lang="${escapeHtml(lang)}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<title>${escapeHtml(program.event.title)} · Print</title>`,
    // The page's paper orientation; the paper size (A4, Letter) is the printer's.
    `<style>@page { size: ${orientation}; }\n${printPageStylesheet}\n${printStylesheet}</style>`,
    "</head>",
    `<body data-orientation="${orientation}">`,
    await renderBody(body),
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
