import * as z from "zod/mini";
import { withMeta } from "./with-meta.js";
import { quoteText } from "./describe-value.js";

/**
 * Identifiers of people, rooms, tracks, sessions and items.
 *
 * They end up in URLs (`#talk-<id>`) and in `.ics` UIDs, so they are restricted to characters
 * that need no escaping there: letters, digits and `. _ : -`, starting with a letter or digit.
 */
export const idSchema = withMeta(
  z.string().check(
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, {
      error: (issue) =>
        `${quoteText(String(issue.input))} is not a usable id; use letters, digits and . _ : - (at most 128 characters, starting with a letter or digit)`,
    }),
  ),
  { description: "An identifier: letters, digits and . _ : -, starting with a letter or digit." },
);

/** An identifier of a person, room, track, session or item. */
export type Id = z.infer<typeof idSchema>;
