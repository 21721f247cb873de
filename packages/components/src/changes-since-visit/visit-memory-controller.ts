import type { Id, Program } from "@lectern/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { FavouritesChangeEvent } from "../schedule-grid/favourites-change-event.js";
import { localStorageOrNothing, readFavourites } from "../schedule-grid/favourites-store.js";
import {
  changedSinceLastVisit,
  factsOf,
  readLastSeen,
  seenAfterVisit,
  writeLastSeen,
  type ChangedFavourite,
  type SeenFacts,
} from "./last-visit.js";

/**
 * What the visitor saw of their favourites last time, kept in localStorage beside the
 * favourites the grid keeps there: read when a program is shown, the changes since worked
 * out, and the facts saved again (favourites not seen yet recorded; a change stays listed
 * until {@link markSeen}). Follows the grid's `favourites-change` on the page.
 *
 * Storage that is unavailable or throws (Safari's private mode, blocked storage) is never
 * written: there is nothing to compare with, so nothing is listed, and what an earlier visit
 * saved stays as it was. A write that fails (a full storage) keeps the list for this visit.
 */
export class VisitMemoryController implements ReactiveController {
  /** The favourites changed since the last visit, in the favourites' order; empty when none or unknown. */
  changed: readonly ChangedFavourite[] = [];
  /** The current facts of the shown program's items, by id. */
  current: ReadonlyMap<Id, SeenFacts> = new Map();
  private program?: Program;
  private favourites: readonly Id[] = [];
  private seen?: ReadonlyMap<Id, SeenFacts>;
  private readonly storage = localStorageOrNothing();
  private readonly onFavouritesChange = (event: FavouritesChangeEvent) => this.follow(event.favourites);

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener(FavouritesChangeEvent.eventName, this.onFavouritesChange);
  }

  hostDisconnected(): void {
    document.removeEventListener(FavouritesChangeEvent.eventName, this.onFavouritesChange);
  }

  /** Shows a newly loaded program (the same one again does nothing). */
  show(program: Program | undefined): void {
    if (program === this.program) return;
    this.program = program;
    this.seen = program ? readLastSeen(this.storage, program) : undefined;
    this.current = program ? factsOf(program) : new Map();
    this.favourites = program && this.seen ? [...readFavourites(this.storage, program)] : [];
    this.refresh();
  }

  /** Takes the listed changes as seen: the current facts are saved, and the list empties. */
  markSeen(): void {
    if (!this.seen) return;
    this.seen = new Map();
    this.refresh();
  }

  /** The grid's favourites changed: list only what is still a favourite, and record the new ones. */
  private follow(favourites: readonly Id[]): void {
    if (!this.seen) return;
    this.favourites = favourites;
    this.refresh();
  }

  private refresh(): void {
    const { program, seen } = this;
    this.changed = program && seen ? changedSinceLastVisit(this.favourites, seen, this.current) : [];
    if (program && seen) {
      this.seen = seenAfterVisit(this.favourites, seen, this.current);
      writeLastSeen(this.storage, program, this.seen);
    }
    this.host.requestUpdate();
  }
}
