import type { ReactiveController, ReactiveControllerHost } from "lit";
import { decodeHash } from "./day-address.js";

/**
 * The one part of `<schedule-grid>` that touches the page's address: it reads the fragment,
 * replaces it (never adding a history entry: switching days or opening talks must not fill
 * the Back button) and tells the host when the visitor or a link changes it. What the
 * fragment means is worked out by the pure functions of `day-address.ts`.
 */
export class AddressController implements ReactiveController {
  private readonly onHashChange = () => this.followAddress();

  /** @param followAddress Called when the fragment changes (`hashchange`). */
  constructor(
    host: ReactiveControllerHost,
    private readonly followAddress: () => void,
  ) {
    host.addController(this);
  }

  /**
   * The page's fragment, decoded, without `#`; empty when there is none or it is malformed,
   * and on a server (Lit SSR in Node has no address: the static page shows the default day).
   */
  get hash(): string {
    return typeof location === "undefined" ? "" : decodeHash(location.hash);
  }

  /** Puts `#<hash>` in the address in place of the current one. */
  replaceHash(hash: string): void {
    history.replaceState(history.state, "", `#${hash}`);
  }

  /** Takes the fragment out of the address, keeping the path and query. */
  clearHash(): void {
    history.replaceState(history.state, "", location.pathname + location.search);
  }

  hostConnected(): void {
    window.addEventListener("hashchange", this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener("hashchange", this.onHashChange);
  }
}
