import type { RowPlace } from "./csv-lines.js";

/** The kinds of file a MiniConf import reads; a papers file read among several is named by its own name. */
const fileKinds = new Set(["papers", "speakers", "sessions"]);

/** Where a row is, as a warning names it: "row 3", or "row 3 of demo.csv" when several papers files are read. */
export const rowName = (place: RowPlace): string =>
  `row ${place.line}${place.file && !fileKinds.has(place.file) ? ` of ${place.file}` : ""}`;

/** The path a problem about a row gives: its kind of file ("papers" for any of several papers files). */
export const problemFileOf = (place: RowPlace): string =>
  place.file && fileKinds.has(place.file) ? place.file : "papers";
