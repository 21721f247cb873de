/**
 * How the items of a session use its time. `sequence` (the default): items follow one another.
 * `concurrent` (a poster session, a Q&A block): every item runs the whole session unless it
 * gives its own times inside it.
 */
export const sessionModes = ["sequence", "concurrent"] as const;

/** One of {@link sessionModes}. */
export type SessionMode = (typeof sessionModes)[number];
