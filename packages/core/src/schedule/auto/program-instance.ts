import type { Id } from "../../model/id.js";

/** A place an item may go: one room from `startMs` to `endMs` (exclusive). */
export interface ProgramSlot {
  readonly room: Id;
  readonly startMs: number;
  readonly endMs: number;
  /** The session the slot belongs to, if it came from one. */
  readonly session?: Id;
}

/** An item the scheduler places. */
export interface MovableItem {
  readonly id: Id;
  /** Its index in `program.items`. */
  readonly index: number;
  readonly minutes: number;
  /** Who presents it: speakers and presenting authors (all authors when none is marked). */
  readonly people: readonly Id[];
  /** Expected audience (0 when the program gives none). */
  readonly demand: number;
  /** Where it is now (or was published), to keep close to. */
  readonly current?: { readonly room: Id; readonly startMs: number };
  /** Indices of the slots it may go in (long enough, its people there, the room open). */
  readonly allowedSlots: readonly number[];
}

/** The program read as a scheduling problem. */
export interface ProgramInstance {
  readonly slots: readonly ProgramSlot[];
  readonly items: readonly MovableItem[];
  /** Seats of each room by id; rooms without a capacity are unbounded. */
  readonly capacities: ReadonlyMap<Id, number>;
  /** Groups of item indices that must not overlap in time, with what they are, for explanations. */
  readonly clashGroups: readonly {
    readonly items: readonly number[];
    readonly reason: string;
    /** The rule family the group comes from, whose strength decides whether it holds. */
    readonly rule: "presenterClash" | "apart";
  }[];
  /**
   * Orders that must hold (`scheduling.precedence`): `before` ends by the time `after` starts.
   * Each side is a movable item's index, or a fixed instant in ms (an item that does not move).
   */
  readonly precedence: readonly {
    readonly before: { readonly item: number } | { readonly endMs: number };
    readonly after: { readonly item: number } | { readonly startMs: number };
  }[];
  /** Multi-part items (`scheduling.consecutive`) whose parts all move: indices in order. */
  readonly consecutive: readonly (readonly number[])[];
  /** Why items have no slot at all, by item index: nothing could place them. */
  readonly unplaceable: ReadonlyMap<number, string>;
}
