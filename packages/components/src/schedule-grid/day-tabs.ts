import { formatDayHeading, type ScheduleDay } from "@lectern/core";
import { html, type TemplateResult } from "lit";
import { everyDay, tabChoices } from "./day-address.js";
import type { ScheduleGridStrings } from "./schedule-grid.strings.js";

/** What the day tabs show and whom they tell about the visitor's choice. */
export interface DayTabsContext {
  readonly strings: ScheduleGridStrings;
  readonly locale: string;
  readonly days: readonly ScheduleDay[];
  /** The selected choice: a date, or `everyDay`. */
  readonly selected?: string;
  readonly onSelect: (choice: string) => void;
  readonly onKeydown: (event: KeyboardEvent) => void;
}

/** The id of a choice's tab, which its panel is labelled by. */
export function tabIdOf(choice: string): string {
  return `tab-${choice}`;
}

/**
 * A tab per day and one for every day, one under another: an ARIA tablist whose one tab
 * stop is the selected tab; the arrow keys move between tabs (handled by the host).
 */
export function renderDayTabs(context: DayTabsContext): TemplateResult {
  const { strings, selected } = context;
  return html`<div part="tabs" role="tablist" aria-label=${strings.days} @keydown=${context.onKeydown}>
    ${tabChoices(context.days).map(
      (choice) =>
        html`<button
          type="button"
          role="tab"
          id=${tabIdOf(choice)}
          aria-selected=${choice === selected ? "true" : "false"}
          aria-controls="day-panel"
          tabindex=${choice === selected ? 0 : -1}
          @click=${() => context.onSelect(choice)}
        >
          ${choice === everyDay ? strings.allDays : formatDayHeading(choice, { locale: context.locale, style: "short" })}
        </button>`,
    )}
  </div>`;
}
