import type { Id, ResolvedItem, ScheduleDay } from "@lectern/core";

/** A room's block of columns in the grid (one column per lane). */
export interface GridRoomColumn {
  /** `undefined` for items with no room. */
  readonly roomId?: Id;
  /** First grid column line of the room (the time column is line 1). */
  readonly columnStart: number;
  readonly laneCount: number;
}

/** Where one item sits in the CSS grid (lines are 1-based; ends are exclusive). */
export interface GridPlacement {
  readonly entry: ResolvedItem;
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly columnStart: number;
  readonly columnEnd: number;
}

/** The grid of one day. Row line 1 is the room header row; time rows start at line 2. */
export interface GridLayout {
  /** Instants at which rows begin; row `i` (line `i + 2`) runs from `rowStarts[i]` to the next. */
  readonly rowStarts: readonly number[];
  readonly rooms: readonly GridRoomColumn[];
  readonly placements: readonly GridPlacement[];
  /** Grid columns after the time column. */
  readonly columnCount: number;
}

/**
 * Lays a day out as a grid whose rows are the distinct start and end times of its items, not
 * proportional to time: a 5-minute talk gets a row as readable as an hour's (pretalx does the
 * same). Rooms are columns in program order, each split into lanes for items that overlap in
 * it; plenary items (breaks, keynotes for everyone) span every room. Only visible items count, so
 * filtered-out items leave no empty rows or columns.
 */
export function layoutDay(day: ScheduleDay, isVisible: (entry: ResolvedItem) => boolean): GridLayout {
  const visibleItems = day.items.filter(isVisible);
  const boundaries = new Set<number>();
  for (const entry of visibleItems) {
    boundaries.add(entry.startMs);
    boundaries.add(Math.max(entry.endMs, entry.startMs));
  }
  const rowStarts = [...boundaries].sort((a, b) => a - b);
  const rowLine = new Map(rowStarts.map((instant, index) => [instant, index + 2]));
  // A zero-length item (or one ending before it starts) still gets one row.
  const rowEndOf = (entry: ResolvedItem) =>
    Math.max(rowLine.get(Math.max(entry.endMs, entry.startMs))!, rowLine.get(entry.startMs)! + 1);

  const rooms: GridRoomColumn[] = [];
  let nextColumn = 2;
  for (const column of day.rooms) {
    const items = column.items.filter(isVisible);
    if (items.length === 0) continue;
    const laneCount = Math.max(1, ...items.map((entry) => entry.lane + 1));
    rooms.push({ roomId: column.roomId, columnStart: nextColumn, laneCount });
    nextColumn += laneCount;
  }
  const columnCount = Math.max(1, nextColumn - 2);
  const roomById = new Map(rooms.map((room) => [room.roomId, room]));

  const placements: GridPlacement[] = visibleItems.map((entry) => {
    const rowStart = rowLine.get(entry.startMs)!;
    const rowEnd = rowEndOf(entry);
    if (entry.isPlenary) return { entry, rowStart, rowEnd, columnStart: 2, columnEnd: 2 + columnCount };
    const room = roomById.get(entry.roomId)!;
    // An item that overlaps nothing uses its room's full width.
    if (entry.laneCount === 1)
      return { entry, rowStart, rowEnd, columnStart: room.columnStart, columnEnd: room.columnStart + room.laneCount };
    return {
      entry,
      rowStart,
      rowEnd,
      columnStart: room.columnStart + entry.lane,
      columnEnd: room.columnStart + entry.lane + 1,
    };
  });
  return { rowStarts, rooms, placements, columnCount };
}

/** The row (index into `rowStarts`) that contains an instant, and how far through it, 0..1. */
export function locateInRows(
  rowStarts: readonly number[],
  rowEndMs: number,
  atMs: number,
): { row: number; fraction: number } | undefined {
  if (rowStarts.length === 0 || atMs < rowStarts[0]! || atMs >= rowEndMs) return undefined;
  let row = 0;
  while (row + 1 < rowStarts.length && rowStarts[row + 1]! <= atMs) row += 1;
  const start = rowStarts[row]!;
  const end = row + 1 < rowStarts.length ? rowStarts[row + 1]! : rowEndMs;
  return { row, fraction: end > start ? (atMs - start) / (end - start) : 0 };
}
