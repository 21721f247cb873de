import type { Id } from "../model/id.js";
import type { Program } from "../model/program.js";
import { diffEvent } from "./diff-event.js";
import { diffItem } from "./diff-items.js";
import { diffSession } from "./diff-sessions.js";
import type { ChangeTime, ProgramChange, ProgramDiff } from "./program-change.js";
import { collectProgramFacts } from "./program-facts.js";

/** Options of {@link diffPrograms}. */
export interface DiffOptions {
  /**
   * The IANA zone to write the changes' local times in. Defaults to the newer version's event
   * zone (the clock its readers plan by).
   */
  readonly zone?: string;
}

/** A subject's changes and where they sort. */
interface SortableChanges {
  readonly changes: readonly ProgramChange[];
  readonly startMs: number;
  readonly order: number;
}

/**
 * What changed from `before` to `after`, two valid versions of a program, matched by their
 * stable ids: items added, removed, cancelled or back, moved in time (resolved instants, so an
 * item moves with its session), moved room, retitled, their people, session or track changed,
 * other details; sessions added, removed, moved, renamed, rechaired; the event's title, dates,
 * zone and venue. Pure; never throws on programs from `parseProgram`.
 *
 * Ids must be stable between versions: an item or session is the same one only when its id
 * is. One whose id changed is reported as removed plus added (no guessing by title and people:
 * two talks by one speaker, or a retitled talk, would be matched wrongly, and a wrong "moved"
 * is worse than an honest removed+added pair).
 */
export function diffPrograms(before: Program, after: Program, options: DiffOptions = {}): ProgramDiff {
  const zone = options.zone ?? after.event.timeZone;
  // Old times on the old clock: when the event's zone changed, that is what readers knew.
  const previousZone = options.zone ?? before.event.timeZone;
  const old = collectProgramFacts(before, previousZone);
  const now = collectProgramFacts(after, zone);

  const sessions: SortableChanges[] = [];
  const items: SortableChanges[] = [];
  const collect = <Facts extends { index: number; time?: ChangeTime }>(
    into: SortableChanges[],
    oldFacts: ReadonlyMap<Id, Facts>,
    newFacts: ReadonlyMap<Id, Facts>,
    diff: (id: Id, before: Facts | undefined, after: Facts | undefined) => readonly ProgramChange[],
  ) => {
    for (const [id, facts] of newFacts) {
      const changes = diff(id, oldFacts.get(id), facts);
      if (changes.length > 0) into.push({ changes, startMs: sortTime(facts.time), order: facts.index });
    }
    // Removed ones sort by their old time, after everything at the same moment.
    for (const [id, facts] of oldFacts) {
      if (!newFacts.has(id))
        into.push({
          changes: diff(id, facts, undefined),
          startMs: sortTime(facts.time),
          order: newFacts.size + facts.index,
        });
    }
  };
  collect(sessions, old.sessions, now.sessions, diffSession);
  collect(items, old.items, now.items, diffItem);

  const bySortKey = (a: SortableChanges, b: SortableChanges) => a.startMs - b.startMs || a.order - b.order;
  return {
    eventTitle: after.event.title,
    zone,
    ...(previousZone === zone ? {} : { previousZone }),
    changes: [
      ...diffEvent(before.event, after.event),
      ...[...sessions, ...items].sort(bySortKey).flatMap((entry) => entry.changes),
    ],
  };
}

/** Items without a time sort after all timed ones. */
const sortTime = (time: ChangeTime | undefined): number => time?.startMs ?? Number.MAX_SAFE_INTEGER;
