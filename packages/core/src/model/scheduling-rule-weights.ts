import * as z from "zod/mini";
import { withMeta } from "./with-meta.js";

/**
 * How strongly a rule holds: hard (a schedule that breaks it is not a schedule) or soft with
 * a weight, the penalty per unit it is broken by (0 switches the rule off). A rule given
 * only a `weight` becomes soft; `hard: true` makes a soft rule hard.
 */
export const ruleStrengthSchema = withMeta(
  z.strictObject({
    hard: z.optional(withMeta(z.boolean(), { description: "true: must hold; false: soft, weighed by weight." })),
    weight: z.optional(
      withMeta(z.number().check(z.nonnegative({ error: "must be a weight of 0 or more" })), {
        description: "Penalty per unit broken when soft; 0 switches the rule off.",
      }),
    ),
  }),
  { description: "Hard, or soft with a weight (penalty per unit broken)." },
);

/** How strongly a rule holds, as a program writes it. */
export type RuleStrength = z.infer<typeof ruleStrengthSchema>;

/** How strongly a rule holds once the defaults are applied: `weight` counts only when soft. */
export interface ResolvedRuleStrength {
  readonly hard: boolean;
  readonly weight: number;
}

/**
 * The rule families of automatic scheduling and their defaults, chosen so that a workshop
 * organiser never has to set one: being in two places at once, availability, rooms'
 * closures, multi-part items and precedence are hard; the rest are weighed so that one
 * person standing outside a full room weighs 1 and moving a published item weighs more than
 * any reshuffle of a few seats could buy. A hard rule's weight is what its slack costs when
 * an infeasible program is explained.
 */
export const defaultRuleStrengths = {
  /** A person presents two items at once. */
  presenterClash: { hard: true, weight: 1000 },
  /** A person chairs one session while presenting in another at the same time. */
  chairClash: { hard: true, weight: 1000 },
  /** An item is placed outside its people's availability. */
  availability: { hard: true, weight: 1000 },
  /** An item is placed in a room while the room is closed. */
  roomClosed: { hard: true, weight: 1000 },
  /** Items of a group marked `apart` run at the same time. */
  apart: { hard: true, weight: 1000 },
  /** The parts of a multi-part item are not back to back in one room. */
  consecutive: { hard: true, weight: 1000 },
  /** An item does not come after the one it must follow. */
  precedence: { hard: true, weight: 1000 },
  /** Per person of expected audience beyond the room's capacity. */
  overflow: { hard: false, weight: 1 },
  /** Per extra session that a group marked `together` is spread over. */
  together: { hard: false, weight: 10 },
  /** Per change of room an attendee makes within a session to follow their preferred items. */
  hopping: { hard: false, weight: 5 },
  /** Per item moved away from its published room and start. */
  moved: { hard: false, weight: 100 },
  // The rules below weigh the track-sessions layout (scheduling.layout), where tracks fill
  // whole sessions in rooms (CoSPLib's model); each counts the program's own penalties once.
  /** Per (session, room) a track takes: its `scheduling.costs` for that session. */
  trackSession: { hard: false, weight: 1 },
  /** Per (session, room) a track takes: its `scheduling.costs` for that room. */
  trackRoom: { hard: false, weight: 1 },
  /** Per (session, room) used: the room's `scheduling.costs` in that session. */
  sessionRoom: { hard: false, weight: 1 },
  /** Per session: the `scheduling.similar` penalty of each two different tracks in different rooms. */
  similarTracks: { hard: false, weight: 1 },
  /** Per room a track uses beyond its first. */
  trackRooms: { hard: false, weight: 1 },
  /** Per room beyond the first that a track takes in one session. */
  parallelTrack: { hard: false, weight: 1 },
  /** Per track whose sessions are not one unbroken run (in the sessions' order). */
  trackGaps: { hard: false, weight: 1 },
  /** Per slot of an item: the `scheduling.presenterHours` penalty its session breaks on its presenter's clock. */
  presenterHours: { hard: false, weight: 1 },
  /** Per item not at its `scheduling.positions` place in its track, and per two such items at once. */
  position: { hard: false, weight: 1 },
  /** Per slot of an item: its `scheduling.costs` for its session. */
  itemSession: { hard: false, weight: 1 },
  /** Per slot of an item: its `scheduling.costs` for its room. */
  itemRoom: { hard: false, weight: 1 },
  /** Per two items in one session, in different rooms, whose presenters clash (or one chairs the other's track). */
  presenterSession: { hard: false, weight: 1 },
  /** Per two items in one session, in different rooms, one of whose attendees is busy with the other. */
  attendeeSession: { hard: false, weight: 1 },
  /** Per session: each two tracks there that share a chair (per room they take). */
  chairSession: { hard: false, weight: 1 },
  /** Per two items at once one of whose attendees is busy with the other. */
  attendeeClash: { hard: false, weight: 1 },
} as const satisfies Record<string, ResolvedRuleStrength>;

/** The name of a rule family. */
export type RuleName = keyof typeof defaultRuleStrengths;

/** The rule families, in the order reports list them. */
export const ruleNames = Object.keys(defaultRuleStrengths) as readonly RuleName[];

/** Overrides of the rules' defaults ({@link defaultRuleStrengths}); anything left out keeps its default. */
export const ruleStrengthsSchema = withMeta(
  z.strictObject(
    Object.fromEntries(ruleNames.map((name) => [name, z.optional(ruleStrengthSchema)])) as {
      [name in RuleName]: z.ZodMiniOptional<typeof ruleStrengthSchema>;
    },
  ),
  {
    description:
      "How strongly each rule holds. Defaults: presenterClash, chairClash, availability, roomClosed, apart, consecutive, precedence hard; overflow 1 per person; together 10 per extra session; hopping 5 per room change; moved 100 per moved item; the track-sessions rules (trackSession ... attendeeClash) weight 1.",
  },
);

/** Overrides of the rules' defaults. */
export type RuleStrengths = z.infer<typeof ruleStrengthsSchema>;

/**
 * The strength of every rule: the program's overrides over the defaults. A rule given only a
 * weight becomes soft (an organiser who weighs a rule means it to bend).
 */
export function resolveRuleStrengths(overrides: RuleStrengths | undefined): Record<RuleName, ResolvedRuleStrength> {
  const resolved = {} as Record<RuleName, ResolvedRuleStrength>;
  for (const name of ruleNames) {
    const fallback = defaultRuleStrengths[name];
    const given = overrides?.[name];
    const hard = given?.hard ?? (given?.weight === undefined ? fallback.hard : false);
    resolved[name] = { hard, weight: given?.weight ?? fallback.weight };
  }
  return resolved;
}
