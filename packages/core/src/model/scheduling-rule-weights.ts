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
} as const satisfies Record<string, ResolvedRuleStrength>;

/** The name of a rule family. */
export type RuleName = keyof typeof defaultRuleStrengths;

/** The rule families, in the order reports list them. */
export const ruleNames = Object.keys(defaultRuleStrengths) as readonly RuleName[];

/** Overrides of the rules' defaults ({@link defaultRuleStrengths}); anything left out keeps its default. */
export const ruleStrengthsSchema = withMeta(
  z.strictObject({
    presenterClash: z.optional(ruleStrengthSchema),
    chairClash: z.optional(ruleStrengthSchema),
    availability: z.optional(ruleStrengthSchema),
    roomClosed: z.optional(ruleStrengthSchema),
    apart: z.optional(ruleStrengthSchema),
    consecutive: z.optional(ruleStrengthSchema),
    precedence: z.optional(ruleStrengthSchema),
    overflow: z.optional(ruleStrengthSchema),
    together: z.optional(ruleStrengthSchema),
    hopping: z.optional(ruleStrengthSchema),
    moved: z.optional(ruleStrengthSchema),
  }),
  {
    description:
      "How strongly each rule holds. Defaults: presenterClash, chairClash, availability, roomClosed, apart, consecutive, precedence hard; overflow 1 per person; together 10 per extra session; hopping 5 per room change; moved 100 per moved item.",
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
