/** When an entry or a block runs: instants with their offsets, either one possibly unknown. */
export interface IndicoTimes {
  /** The start, as an instant with an offset; `undefined` when the file gives none that can be read. */
  readonly start?: string;
  /** The end (exclusive), likewise. */
  readonly end?: string;
}

/**
 * An Indico poster block read as a concurrent session. `span` is the block's time when both
 * its start and its end can be read; a concurrent session with a start needs an end, so a
 * block with only one of them keeps neither (`partial`), and its posters keep their own times.
 */
export interface IndicoPosterBlock {
  /** The whole block, when both ends are known: what every poster in it runs. */
  readonly span?: { readonly start: string; readonly end: string };
  /** Only one of the block's start and end could be read; both are left out of the session. */
  readonly partial: boolean;
}

/**
 * Reads a poster block's times (a session whose `isPoster` is true: Indico's serializer writes
 * the session type's "Poster" switch there, on the block in the timetable export and on the
 * session in the event export).
 */
export function readPosterBlock(block: IndicoTimes): IndicoPosterBlock {
  const { start, end } = block;
  if (start !== undefined && end !== undefined) return { span: { start, end }, partial: false };
  return { partial: start !== undefined || end !== undefined };
}

/**
 * When an entry of a poster block runs. Indico's timetable export gives each poster the whole
 * block's time (its `start_dt_display` is the block's start), which Lectern says by giving the
 * poster no time of its own: it runs the whole concurrent session. The event export gives a
 * contribution its own slot inside the session; a slot inside the block is kept. A time that
 * cannot be read, or that lies outside the block (`outside`: Indico never writes one), is
 * left out, and the entry runs the whole block. (One that ends before it starts is kept, so the
 * program's own check names it.)
 */
export function timeInPosterBlock(
  span: NonNullable<IndicoPosterBlock["span"]>,
  own: IndicoTimes,
): IndicoTimes & { readonly outside: boolean } {
  // Instants with offsets: compared as moments, since a block and its entries may name different zones.
  const startMs = own.start === undefined ? Number.NaN : Date.parse(own.start);
  const endMs = own.end === undefined ? Number.NaN : Date.parse(own.end);
  if (Number.isNaN(startMs) || Number.isNaN(endMs)) return { outside: false };
  const blockStartMs = Date.parse(span.start);
  const blockEndMs = Date.parse(span.end);
  if (startMs < blockStartMs || endMs > blockEndMs) return { outside: true };
  if (startMs === blockStartMs && endMs === blockEndMs) return { outside: false };
  return { start: own.start, end: own.end, outside: false };
}
