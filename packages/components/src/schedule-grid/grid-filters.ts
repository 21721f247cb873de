import type { Id, ItemFilter, ItemKind } from "@lectern/core";

/** The visitor's filters, as the toolbar shows them chosen. */
export interface GridFilters {
  readonly query: string;
  readonly kinds: ReadonlySet<ItemKind>;
  readonly tracks: ReadonlySet<Id>;
  readonly rooms: ReadonlySet<Id>;
  readonly favouritesOnly: boolean;
}

/** No filter set: everything shows. */
export const noFilters: GridFilters = {
  query: "",
  kinds: new Set(),
  tracks: new Set(),
  rooms: new Set(),
  favouritesOnly: false,
};

/** True when any filter is set (the toolbar then says how many items match). */
export function isFiltered(filters: GridFilters): boolean {
  return (
    filters.query !== "" ||
    filters.kinds.size > 0 ||
    filters.tracks.size > 0 ||
    filters.rooms.size > 0 ||
    filters.favouritesOnly
  );
}

/** Core's item filter for the visitor's filters; `favourites` count only under "Only my favourites". */
export function itemFilterOf(filters: GridFilters, favourites: ReadonlySet<Id>): ItemFilter {
  return {
    kinds: [...filters.kinds],
    tracks: [...filters.tracks],
    rooms: [...filters.rooms],
    query: filters.query,
    onlyIds: filters.favouritesOnly ? favourites : undefined,
  };
}
