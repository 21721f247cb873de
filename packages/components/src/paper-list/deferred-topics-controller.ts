import { isServer, type ReactiveController, type ReactiveControllerHost } from "lit";

/**
 * Holds `<paper-list>`'s topic tree back until the first page of papers of a new digest has
 * been painted, when the browser is next idle. Counting the tree and drawing it (hundreds of checkboxes for a conference's
 * tracks, sessions and keywords) took a fifth of the time before a 2,000-paper program's first
 * cards showed; a visitor reads the cards first, and the tree arrives one frame later in the
 * panel beside them (its fieldset is `aria-busy` until then), so nothing in the list moves.
 * On a server, and in an element a server drew (whose first update must match that markup to
 * hydrate), the tree is drawn at once.
 */
export class DeferredTopicsController implements ReactiveController {
  private readonly drawAtOnce: boolean;
  /** The digest whose tree may be drawn. */
  private shownFor?: object;
  /** The digest whose tree waits for the next frame. */
  private pendingFor?: object;
  private waiting: Promise<void> = Promise.resolve();

  constructor(private readonly host: ReactiveControllerHost & Element) {
    this.drawAtOnce = isServer || host.shadowRoot !== null;
    host.addController(this);
  }

  /** Nothing to do on connect; present for the controller contract. */
  hostConnected(): void {}

  /**
   * Whether this update draws the topic tree of `digest`; when it does not yet, an update that
   * does is asked for once the current one has been painted.
   */
  isShown(digest: object): boolean {
    if (this.drawAtOnce || this.shownFor === digest) return true;
    if (this.pendingFor !== digest) this.waitForPaint(digest);
    return false;
  }

  /** Resolves once no tree waits for a frame (the update that draws it has been asked for). */
  get settled(): Promise<void> {
    return this.waiting;
  }

  private waitForPaint(digest: object): void {
    this.pendingFor = digest;
    this.waiting = new Promise((resolve) => {
      let done = false;
      const show = () => {
        if (done) return;
        done = true;
        if (this.pendingFor === digest) this.shownFor = digest;
        this.host.requestUpdate();
        resolve();
      };
      // Once the frame that paints the first page is done and the browser is idle; where there
      // is no idle callback (Safari), in a task after that frame. A hidden tab paints no frames
      // and may never be idle: it waits 250 ms at most.
      if (typeof requestIdleCallback === "function") requestIdleCallback(show, { timeout: 250 });
      else requestAnimationFrame(() => setTimeout(show, 0));
      setTimeout(show, 250);
    });
  }
}
