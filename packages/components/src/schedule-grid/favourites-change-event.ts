import type { Id } from "@lectern/core";

/** Fired when the visitor adds or removes a favourite. */
export class FavouritesChangeEvent extends Event {
  static readonly eventName = "favourites-change";
  constructor(readonly favourites: readonly Id[]) {
    super(FavouritesChangeEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "favourites-change": FavouritesChangeEvent;
  }
}
