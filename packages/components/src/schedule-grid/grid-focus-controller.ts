import type { Id } from "@lectern/core";
import type { ReactiveControllerHost } from "lit";
import { isGridKey, logicalKey, moveFocus, moveTab } from "./grid-navigation.js";
import type { GridPlacement } from "./grid-layout.js";

/** How the focus controller finds its way around the host; functions, so it holds no DOM. */
export interface GridFocusOptions {
  /** True when the host lays out right to left (its computed `direction`): arrows swap. */
  readonly isRtl: () => boolean;
  /** The focusable link of an item's cell, once drawn. */
  readonly findCellLink: (id: Id) => HTMLElement | null | undefined;
  /** The tab of a choice of day, once drawn. */
  readonly findTab: (choice: string) => HTMLElement | null | undefined;
}

/**
 * Keyboard focus in `<schedule-grid>`: one tab stop per day grid (a roving tabindex, kept per
 * day so that under "All days" each day's grid has its own), moved by the arrow keys, Home
 * and End between cells (`moveFocus`), and the arrow keys between day tabs. On a
 * right-to-left page the left and right arrows swap (`logicalKey`). Driven by the host's
 * event listeners, it needs none of the host's lifecycle and only asks the host to update.
 */
export class GridFocusController {
  private focusedIds: ReadonlyMap<string, Id> = new Map();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GridFocusOptions,
  ) {}

  /** The item of a day's grid that Tab reaches: the one last focused, else the first. */
  tabStopOf(date: string, placements: readonly GridPlacement[]): Id | undefined {
    const remembered = this.focusedIds.get(date);
    return placements.some((placement) => placement.entry.id === remembered) ? remembered : placements[0]?.entry.id;
  }

  /** Makes the focused cell its day grid's tab stop (in a list every item is one). */
  onFocusIn(event: FocusEvent, date: string): void {
    const id = (event.target as Element).closest<HTMLElement>(".open")?.parentElement?.dataset["itemId"];
    if (id !== undefined) this.remember(date, id);
  }

  /** Moves focus between the cells of a day's grid. */
  onGridKeydown(event: KeyboardEvent, date: string, placements: readonly GridPlacement[]): void {
    if (!isGridKey(event.key) || !(event.target as Element).classList.contains("open")) return;
    const current = placements.findIndex((placement) => placement.entry.id === this.focusedIds.get(date));
    const next = moveFocus(placements, Math.max(0, current), logicalKey(event.key, this.options.isRtl()));
    event.preventDefault();
    const id = placements[next]!.entry.id;
    this.remember(date, id);
    void this.host.updateComplete.then(() => this.options.findCellLink(id)?.focus());
  }

  /** Moves between day tabs, selecting the one reached (`select`) and focusing it. */
  onTabKeydown(
    event: KeyboardEvent,
    choices: readonly string[],
    selected: string | undefined,
    select: (choice: string) => void,
  ): void {
    if (!isGridKey(event.key)) return;
    const next = moveTab(choices.indexOf(selected ?? ""), choices.length, logicalKey(event.key, this.options.isRtl()));
    if (next === undefined) return;
    event.preventDefault();
    const choice = choices[next]!;
    select(choice);
    void this.host.updateComplete.then(() => this.options.findTab(choice)?.focus());
  }

  private remember(date: string, id: Id): void {
    if (this.focusedIds.get(date) === id) return;
    this.focusedIds = new Map(this.focusedIds).set(date, id);
    this.host.requestUpdate();
  }
}
