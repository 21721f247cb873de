import { isServer, type ReactiveController, type ReactiveControllerHost } from "lit";
import { viewerTimeZone } from "./resolve-locale.js";

/**
 * The instant a server-rendered page is drawn at: before any event, so nothing is live, no
 * now-line is drawn and the first day is shown. A static page is built once and read for days;
 * the build's clock would be wrong by the time anyone reads it.
 */
const timelessMs = 0;

/**
 * Makes an element's first render in the browser the one a server made (Lit SSR, in
 * `renderProgramPage`), so that hydration adopts the server's markup: Lit checks that each
 * part holds the template it expects and throws otherwise, and it keeps the server's texts and
 * attributes without comparing them. So while `matchesServer` is true (on the server, and in
 * the browser until the first update of an element that came with a declarative shadow root)
 * the element renders only what a server knows: no visitor's zone (the event's instead), no
 * clock, and (the host's part) no saved favourites, no remembered choice, no address. Then
 * `onHydrated` runs and the element renders again with the visitor's own: only what differs
 * changes, like any other update.
 */
export class ServerMarkupController implements ReactiveController {
  /** True while the element renders what a server would (see the class). */
  matchesServer: boolean;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly onHydrated?: () => void,
  ) {
    // An element a server rendered has its shadow root before it is upgraded.
    this.matchesServer = isServer || host.shadowRoot !== null;
    host.addController(this);
  }

  /** The visitor's zone (`explicit`, else the browser's), or the event's while matching the server. */
  viewerZone(explicit: string | undefined, eventZone: string): string {
    return explicit ?? (this.matchesServer ? eventZone : viewerTimeZone());
  }

  /** The clock's instant, or a time before any event while matching a server's unpinned clock. */
  nowMs(clock: { readonly nowMs: number; readonly isPinned: boolean }): number {
    return this.matchesServer && !clock.isPinned ? timelessMs : clock.nowMs;
  }

  hostUpdated(): void {
    if (isServer || !this.matchesServer) return;
    this.matchesServer = false;
    this.onHydrated?.();
    this.host.requestUpdate();
  }
}
