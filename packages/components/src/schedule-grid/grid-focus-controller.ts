import type { ReactiveControllerHost } from "lit";
import { isGridKey, logicalKey, moveFocus, moveTab } from "./grid-navigation.js";
import { targetKeyOf, type GridTarget } from "./grid-targets.js";

/** How the focus controller finds its way around the host; functions, so it holds no DOM. */
export interface GridFocusOptions {
  /** True when the host lays out right to left (its computed `direction`): arrows swap. */
  readonly isRtl: () => boolean;
  /** The focusable element of a cell (an item's link, a session's button) by its key, once drawn. */
  readonly findCellLink: (key: string) => HTMLElement | null | undefined;
  /** The tab of a choice of day, once drawn. */
  readonly findTab: (choice: string) => HTMLElement | null | undefined;
}

/**
 * Keyboard focus in `<schedule-grid>`: one tab stop per day grid (a roving tabindex, kept per
 * day so that under "All days" each day's grid has its own), moved by the arrow keys, Home
 * and End between cells (`moveFocus`: item cells and concurrent session cells alike), and the arrow keys between day tabs. On a
 * right-to-left page the left and right arrows swap (`logicalKey`). Driven by the host's
 * event listeners, it needs none of the host's lifecycle and only asks the host to update.
 */
export class GridFocusController {
  private focusedIds: ReadonlyMap<string, string> = new Map();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: GridFocusOptions,
  ) {}

  /** The key of the cell of a day's grid that Tab reaches: the one last focused, else the first. */
  tabStopOf(date: string, targets: readonly GridTarget[]): string | undefined {
    const remembered = this.focusedIds.get(date);
    return targets.some((target) => target.key === remembered) ? remembered : targets[0]?.key;
  }

  /** Makes the focused cell its day grid's tab stop (in a list every item is one). */
  onFocusIn(event: FocusEvent, date: string): void {
    const key = targetKeyOf(event.target as Element);
    if (key !== undefined) this.remember(date, key);
  }

  /**
   * Moves focus between the cells of a day's grid: from an item's link, or from anything of a
   * session cell that takes the focus (its button, its items' and its own links), as from that
   * cell. A sequence session band's links are Tab stops outside this order, as the stars are.
   */
  onGridKeydown(event: KeyboardEvent, date: string, targets: readonly GridTarget[]): void {
    const target = event.target as Element;
    if (!isGridKey(event.key) || !(target.classList.contains("open") || target.matches(".session-cell :is(button, a)")))
      return;
    // The remembered key first: two keys pressed before focus moves both count.
    const here = this.focusedIds.get(date) ?? targetKeyOf(target);
    const current = targets.findIndex((cell) => cell.key === here);
    const next = moveFocus(targets, Math.max(0, current), logicalKey(event.key, this.options.isRtl()));
    event.preventDefault();
    const key = targets[next]!.key;
    this.remember(date, key);
    void this.host.updateComplete.then(() => this.options.findCellLink(key)?.focus());
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

  private remember(date: string, key: string): void {
    if (this.focusedIds.get(date) === key) return;
    this.focusedIds = new Map(this.focusedIds).set(date, key);
    this.host.requestUpdate();
  }
}
