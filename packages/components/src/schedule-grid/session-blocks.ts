import type { Id, ResolvedItem, ResolvedSession } from "@lectern/core";
import type { GridPlacement } from "./grid-layout.js";

/** A concurrent session drawn as one cell of the grid, over the rows and lanes of its items. */
export interface SessionBlock {
  readonly session: ResolvedSession;
  /** Its visible items, in the session's (board) order. */
  readonly entries: readonly ResolvedItem[];
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly columnStart: number;
  readonly columnEnd: number;
}

/**
 * Takes the items of concurrent sessions (a poster session) out of a day's placements and
 * gives each session, per room, one block: a poster hall is one cell that lists its posters,
 * not a hundred slivers side by side. Other placements are returned as they were.
 */
export function collapseConcurrentSessions(
  placements: readonly GridPlacement[],
  sessions: ReadonlyMap<Id, ResolvedSession>,
): { placements: GridPlacement[]; blocks: SessionBlock[] } {
  const kept: GridPlacement[] = [];
  const byKey = new Map<string, { session: ResolvedSession; members: GridPlacement[] }>();
  for (const placement of placements) {
    const session = placement.entry.sessionId === undefined ? undefined : sessions.get(placement.entry.sessionId);
    if (session?.mode !== "concurrent" || placement.entry.isPlenary) {
      kept.push(placement);
      continue;
    }
    const key = `${session.id}\u0000${placement.entry.roomId ?? ""}`;
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { session, members: [] }));
    group.members.push(placement);
  }
  const blocks = [...byKey.values()].map(({ session, members }) => {
    const order = new Map(session.itemIds.map((id, position) => [id, position]));
    const entries = members.map((member) => member.entry);
    entries.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
    return {
      session,
      entries,
      rowStart: Math.min(...members.map((member) => member.rowStart)),
      rowEnd: Math.max(...members.map((member) => member.rowEnd)),
      columnStart: Math.min(...members.map((member) => member.columnStart)),
      columnEnd: Math.max(...members.map((member) => member.columnEnd)),
    };
  });
  return { placements: kept, blocks };
}

/** A sequence session's frame in the grid: the rows and room columns its visible items take. */
export interface SessionBand {
  readonly session: ResolvedSession;
  readonly rowStart: number;
  readonly rowEnd: number;
  readonly columnStart: number;
  readonly columnEnd: number;
  /** The items inside the band: their cells leave room beside them for the band's header. */
  readonly itemIds: readonly Id[];
}

/**
 * The band of each sequence session (orals) over its items' cells, per room; plenary items
 * (drawn across every room) are not part of a band.
 */
export function sequenceSessionBands(
  placements: readonly GridPlacement[],
  sessions: ReadonlyMap<Id, ResolvedSession>,
): SessionBand[] {
  const byKey = new Map<string, { session: ResolvedSession; members: GridPlacement[] }>();
  for (const placement of placements) {
    const session = placement.entry.sessionId === undefined ? undefined : sessions.get(placement.entry.sessionId);
    if (session?.mode !== "sequence" || placement.entry.isPlenary) continue;
    const key = `${session.id}\u0000${placement.entry.roomId ?? ""}`;
    let group = byKey.get(key);
    if (!group) byKey.set(key, (group = { session, members: [] }));
    group.members.push(placement);
  }
  return [...byKey.values()].map(({ session, members }) => ({
    session,
    rowStart: Math.min(...members.map((member) => member.rowStart)),
    rowEnd: Math.max(...members.map((member) => member.rowEnd)),
    columnStart: Math.min(...members.map((member) => member.columnStart)),
    columnEnd: Math.max(...members.map((member) => member.columnEnd)),
    itemIds: members.map((member) => member.entry.id),
  }));
}
