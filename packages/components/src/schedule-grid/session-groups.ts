import type { Id, ResolvedItem, ResolvedSession, UntimedItem } from "@lectern/core";

/** A run of consecutive list entries of one session, or of entries in no session. */
export interface SessionGroup<T> {
  /** The session, or `undefined` for entries in none. */
  readonly session?: ResolvedSession;
  readonly entries: readonly T[];
}

/**
 * Splits a day's entries (in time order) into runs by session, as a printed program groups
 * talks under "Orals I". A session whose entries are interleaved with others' (parallel
 * rooms in a list) gets one group per run, so time order is never broken.
 */
export function groupBySession<T extends ResolvedItem | UntimedItem>(
  entries: readonly T[],
  sessions: ReadonlyMap<Id, ResolvedSession>,
): SessionGroup<T>[] {
  const groups: { session?: ResolvedSession; entries: T[] }[] = [];
  for (const entry of entries) {
    const session = entry.sessionId === undefined ? undefined : sessions.get(entry.sessionId);
    const last = groups.at(-1);
    if (last && last.session === session) last.entries.push(entry);
    else groups.push({ session, entries: [entry] });
  }
  return groups;
}
