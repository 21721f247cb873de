import { timeZoneModes, type TimeZoneMode } from "@lectern/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { localStorageOrNothing } from "./favourites-store.js";

const timeZoneModeKey = "lectern:time-zone-mode";

/**
 * The visitor's choice of clock (event, viewer or both), remembered in localStorage across
 * pages and visits; it wins over the element's `time-zone` default. Storage that is blocked
 * or full keeps the choice for this page view only.
 */
export class RememberedModeController implements ReactiveController {
  /** The visitor's choice, if they made one here or on an earlier visit. */
  chosen?: TimeZoneMode;
  private readonly storage = localStorageOrNothing();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The mode to show: the visitor's choice, else `fallback` when it is a mode, else `event`. */
  modeOr(fallback: string): TimeZoneMode {
    return (
      this.chosen ?? ((timeZoneModes as readonly string[]).includes(fallback) ? (fallback as TimeZoneMode) : "event")
    );
  }

  /** Shows and remembers the visitor's choice. */
  choose(mode: TimeZoneMode): void {
    this.chosen = mode;
    this.host.requestUpdate();
    try {
      this.storage?.setItem(timeZoneModeKey, mode);
    } catch {
      // Remembered for this visit only.
    }
  }

  hostConnected(): void {
    const remembered = this.storage?.getItem(timeZoneModeKey);
    if (remembered && (timeZoneModes as readonly string[]).includes(remembered))
      this.chosen = remembered as TimeZoneMode;
  }
}
