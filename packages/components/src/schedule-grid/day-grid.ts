import { formatDayHeading, formatTime, indexProgram, type ScheduleDay } from "@lectern/core";
import { html, nothing, type TemplateResult } from "lit";
import { sessionWebLinks } from "../shared/render-session-links.js";
import { styleProperties } from "../shared/style-properties.js";
import { cells, type CellModel } from "./cells.js";
import type { DayViewContext } from "./day-view-context.js";
import { tabIdOf } from "./day-tabs.js";
import { layoutDay, locateInRows, type GridLayout } from "./grid-layout.js";
import { gridTargets } from "./grid-targets.js";
import { renderSessionBand } from "./session-band.js";
import { collapseConcurrentSessions, sequenceSessionBands } from "./session-blocks.js";
import { renderSessionCell } from "./session-cell.js";
import { sessionsById } from "./sessions-by-id.js";
import { translatedName } from "../shared/translated-name.js";

function renderRoomHeaders(context: DayViewContext, layout: GridLayout): TemplateResult[] {
  const index = indexProgram(context.program);
  return layout.rooms.map(
    (room) =>
      html`<div
        class="room-header"
        role="heading"
        aria-level="3"
        style=${styleProperties({ "grid-column": `${room.columnStart} / span ${room.laneCount}` })}
      >
        ${room.roomId !== undefined ? translatedName(index.rooms.get(room.roomId)?.value, context.locale) : layout.rooms.length === 1 ? context.strings.allRooms : context.strings.noRoom}
      </div>`,
  );
}

function renderTimeLabels(context: DayViewContext, layout: GridLayout): TemplateResult[] {
  const { view, locale } = context;
  return layout.rowStarts
    .slice(0, -1)
    .map(
      (instant, row) =>
        html`<div class="time-label" style=${styleProperties({ "grid-row": String(row + 2) })}>
          <time datetime=${new Date(instant).toISOString()}>${formatTime(instant, { zone: view.zone, locale })}</time
          ><span class="secondary" ?hidden=${!view.secondaryZone}
            >${view.secondaryZone ? ` ${formatTime(instant, { zone: view.secondaryZone, locale })}` : ""}</span
          >
        </div>`,
    );
}

function renderNowLine(context: DayViewContext, layout: GridLayout): TemplateResult | typeof nothing {
  const dayEnd = Math.max(...layout.placements.map((placement) => placement.entry.endMs));
  const now = locateInRows(layout.rowStarts, dayEnd, context.nowMs);
  if (!now) return nothing;
  // Spans explicit lines (1 / -1 would cover only the time column: rooms are implicit columns).
  return html`<div
    class="now-line"
    aria-hidden="true"
    style=${styleProperties({ "grid-row": String(now.row + 2), "grid-column": `1 / span ${layout.columnCount + 1}`, "--_now-fraction": `${(now.fraction * 100).toFixed(2)}%` })}
  ></div>`;
}

/** How many blocks of this session were drawn before this one (0 for the first). */
function nthOf(sessionId: string, counts: Map<string, number>): number {
  const nth = counts.get(sessionId) ?? 0;
  counts.set(sessionId, nth + 1);
  return nth;
}

/**
 * A cell inside a session's band leaves room beside it for the band's header, which runs down
 * the band's side: a header on top would push the first talk below its time's row. The
 * header of a session with links has a line more (`inBands` says which: true).
 */
function insideBand(model: CellModel, inBands: ReadonlyMap<string, boolean>): CellModel {
  const linked = inBands.get(model.id);
  if (linked === undefined) return model;
  return { ...model, states: `${model.states} in-session${linked ? " linked" : ""}`.trim() };
}

/**
 * One day's grid: rooms as columns, time rows, a cell per visible item and the now-line.
 * `isPanel` when it is the selected tab's panel (not one day under "All days").
 */
export function renderDayGrid(context: DayViewContext, day: ScheduleDay, isPanel: boolean): TemplateResult {
  const layout = layoutDay(day, context.view.isVisible);
  if (layout.placements.length === 0)
    return html`<p class="note" id=${isPanel ? "day-panel" : nothing}>${context.strings.noMatches}</p>`;
  // Concurrent sessions are one cell each; arrow keys move among them and the other cells.
  const sessions = sessionsById(context.view.schedule);
  const { placements, blocks } = collapseConcurrentSessions(layout.placements, sessions);
  const bands = sequenceSessionBands(placements, sessions);
  const inBands = new Map(
    bands.flatMap((band) => band.itemIds.map((id) => [id, sessionWebLinks(band.session).length > 0] as const)),
  );
  const bandCounts = new Map<string, number>();
  const blockCounts = new Map<string, number>();
  const blockNths = blocks.map((block) => nthOf(block.session.id, blockCounts));
  const targets = gridTargets(placements, blocks, blockNths);
  const focused = context.tabStopOf(day.date, targets);
  const isTab = isPanel && context.hasTabs;
  return html`<div
    class="scroller"
    id=${isPanel ? "day-panel" : nothing}
    role=${isTab ? "tabpanel" : nothing}
    aria-labelledby=${isTab ? tabIdOf(context.selected!) : nothing}
    style=${styleProperties({ "--_rows": isPanel ? undefined : String(layout.rowStarts.length - 1) })}
  >
    ${
      isPanel
        ? // The tabs are not printed; on paper this says which day it is.
          html`<h2 class="day-heading print-only">${formatDayHeading(day.date, { locale: context.locale })}</h2>`
        : nothing
    }
    <div
      part="grid"
      class="grid"
      @keydown=${(event: KeyboardEvent) => context.onGridKeydown(event, day.date, targets)}
      @click=${context.onCellClick}
      @focusin=${(event: FocusEvent) => context.onCellFocus(event, day.date)}
    >
      <div class="corner">${context.strings.time}</div>
      ${renderRoomHeaders(context, layout)} ${renderTimeLabels(context, layout)}
      ${bands.map((band) => renderSessionBand(context, band, nthOf(band.session.id, bandCounts)))}
      ${cells(placements.map((placement) => insideBand(context.modelCell(placement.entry, placement.entry.id === focused, placement), inBands)))}
      ${blocks.map((block, index) => renderSessionCell(context, block, blockNths[index], focused))}
      ${renderNowLine(context, layout)}
    </div>
  </div>`;
}
