import type { Id, Program } from "@lectern/core";

/** The localStorage key of a program's favourites: one set per event and first day. */
export function favouritesKey(program: Program): string {
  return `lectern:favourites:${program.event.acronym ?? program.event.title}:${program.event.startDate}`;
}

/**
 * Reads a visitor's favourites (item ids) for a program. Storage can be unavailable (private
 * windows, blocked cookies) or hold garbage: both read as no favourites, never as an error.
 */
export function readFavourites(storage: Storage | undefined, program: Program): Set<Id> {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(favouritesKey(program)) ?? "[]");
    return new Set(Array.isArray(stored) ? stored.filter((id): id is string => typeof id === "string") : []);
  } catch {
    return new Set();
  }
}

/** Saves favourites; a full or blocked storage keeps them for this page view only. */
export function writeFavourites(storage: Storage | undefined, program: Program, favourites: ReadonlySet<Id>): void {
  try {
    storage?.setItem(favouritesKey(program), JSON.stringify([...favourites]));
  } catch {
    // Nothing to do: the set still lives in the element for this visit.
  }
}

/** The browser's localStorage, or `undefined` where touching it throws (sandboxed frames). */
export function localStorageOrNothing(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
