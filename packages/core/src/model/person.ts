import * as z from "zod/mini";
import { extraSchema } from "./extra.js";
import { idSchema } from "./id.js";
import { linkSchema } from "./link.js";
import { lineSchema, richTextSchema } from "./text.js";
import { emailSchema, urlSchema } from "./url.js";
import { withMeta } from "./with-meta.js";
import { quoteText } from "./describe-value.js";

/** Details of a person that may be "to be announced" rather than known. */
export const announceablePersonFields = ["name", "affiliations", "biography", "photo"] as const;

/** One of {@link announceablePersonFields}. */
export type AnnounceablePersonField = (typeof announceablePersonFields)[number];

/**
 * A person: speaker, author, chair or organiser. Referenced by `id` from items, sessions and
 * the event. A person whose details are not known yet lists them in `tba` instead of writing
 * "TBA" into the fields. People are identified by `id`, never by name: two may share a name.
 */
export const personSchema = withMeta(
  z.strictObject({
    id: idSchema,
    name: z.optional(withMeta(lineSchema, { description: 'Display name. Required unless "name" is listed in tba.' })),
    givenName: z.optional(lineSchema),
    familyName: z.optional(lineSchema),
    affiliations: z.optional(withMeta(z.array(lineSchema), { description: "Institutions, most important first." })),
    biography: z.optional(richTextSchema),
    homepage: z.optional(urlSchema),
    photo: z.optional(withMeta(urlSchema, { description: "URL of a portrait photo." })),
    orcid: z.optional(
      z.string().check(
        z.regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, {
          error: (issue) => `${quoteText(String(issue.input))} is not an ORCID iD; expected 0000-0000-0000-0000`,
        }),
      ),
    ),
    email: z.optional(emailSchema),
    links: z.optional(
      withMeta(z.array(linkSchema), { description: "Homepage, ORCID profile, socials (GitHub, Mastodon, ...)." }),
    ),
    tba: z.optional(
      withMeta(z.array(z.enum(announceablePersonFields)), {
        description: "Details that are to be announced (not known yet).",
      }),
    ),
    extra: extraSchema,
  }),
  { description: "A person: speaker, author, chair or organiser." },
);

/** A person. */
export type Person = z.infer<typeof personSchema>;
