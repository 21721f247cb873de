import { readDateTimeText } from "@lectern/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";

/**
 * The time the element considers "now": pinned by the host (the `now` attribute, for demos,
 * screenshots and tests), or the real clock, re-read every 30 seconds so the now-line and
 * live highlighting move. Everything downstream receives `now` as a value.
 */
export class ClockController implements ReactiveController {
  private timer?: ReturnType<typeof setInterval>;
  private pinnedMs?: number;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly tickMs = 30_000,
  ) {
    host.addController(this);
  }

  /**
   * Pins the clock to the instant a `now` attribute names ("2026-04-27T10:00Z", with an
   * offset), or releases it when the attribute is absent or not an instant.
   */
  pinTo(now: string | undefined): void {
    const read = now ? readDateTimeText(now) : undefined;
    this.pinnedMs = read?.form === "instant" ? read.epochMs : undefined;
    this.restart();
  }

  /** True when the host pinned the clock (`now`): the same instant on a server and in the browser. */
  get isPinned(): boolean {
    return this.pinnedMs !== undefined;
  }

  /** The current instant, in epoch milliseconds. */
  get nowMs(): number {
    return this.pinnedMs ?? Date.now();
  }

  hostConnected(): void {
    this.restart();
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private restart(): void {
    clearInterval(this.timer);
    this.timer = this.pinnedMs === undefined ? setInterval(() => this.host.requestUpdate(), this.tickMs) : undefined;
  }
}
