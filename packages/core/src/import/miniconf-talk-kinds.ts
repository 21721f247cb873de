import { problemAt, type ProgramProblem } from "../parse/problem.js";
import type { RowPlace } from "./csv-lines.js";

/** A session as the MiniConf importer has built it: enough to tell its items' kind and place it. */
export interface SessionOfPapers {
  readonly id: string;
  readonly title: string;
  readonly mode?: "sequence" | "concurrent";
  readonly items: readonly string[];
}

/**
 * Makes the papers of sessions of talks (oral sessions; see isOralSession) contributed talks,
 * instead of the posters MiniConf papers are by default; papers in poster and Q&A sessions stay
 * posters. Invited talks from the speakers file keep their kind. A session of talks whose file
 * gives the talks no times of their own stays concurrent (each talk across the whole session,
 * not an invented slot), which is warned about at the session's line.
 */
export function markTalkSessions(
  sessions: readonly SessionOfPapers[],
  talkSessions: ReadonlySet<string>,
  itemsById: ReadonlyMap<string, Record<string, unknown>>,
  placeOf: (session: SessionOfPapers) => RowPlace,
): ProgramProblem[] {
  const warnings: ProgramProblem[] = [];
  for (const session of sessions) {
    if (!talkSessions.has(session.id)) continue;
    let talks = 0;
    for (const id of session.items) {
      const item = itemsById.get(id);
      if (item?.kind !== "poster") continue;
      item.kind = "contributed-talk";
      talks += 1;
    }
    if (talks === 0 || session.mode !== "concurrent") continue;
    const place = placeOf(session);
    warnings.push({
      ...problemAt(
        ["sessions"],
        `session "${session.title}" is a session of talks, but its ${talks} talks have no times of their own; each is shown across the whole session (mode "concurrent") rather than at an invented time`,
      ),
      line: place.line,
      column: 1,
    });
  }
  return warnings;
}
