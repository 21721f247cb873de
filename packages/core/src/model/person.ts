import { z } from "zod";
import { extraSchema } from "./extra.js";
import { idSchema } from "./id.js";
import { lineSchema, richTextSchema } from "./text.js";
import { emailSchema, urlSchema } from "./url.js";

/** Details of a person that may be "to be announced" rather than known. */
export const announceablePersonFields = ["name", "affiliations", "biography", "photo"] as const;

/** One of {@link announceablePersonFields}. */
export type AnnounceablePersonField = (typeof announceablePersonFields)[number];

/**
 * A person: speaker, author, chair or organiser. Referenced by `id` from items, sessions and
 * the event. A person whose details are not known yet lists them in `tba` instead of writing
 * "TBA" into the fields.
 */
export const personSchema = z
  .strictObject({
    id: idSchema,
    name: lineSchema.optional().meta({ description: "Display name. Required unless \"name\" is listed in tba." }),
    givenName: lineSchema.optional(),
    familyName: lineSchema.optional(),
    affiliations: z
      .array(lineSchema)
      .optional()
      .meta({ description: "Institutions, most important first." }),
    biography: richTextSchema.optional(),
    homepage: urlSchema.optional(),
    photo: urlSchema.optional().meta({ description: "URL of a portrait photo." }),
    orcid: z
      .string()
      .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, {
        error: (issue) => `${JSON.stringify(issue.input)} is not an ORCID iD; expected 0000-0000-0000-0000`,
      })
      .optional(),
    email: emailSchema.optional(),
    tba: z
      .array(z.enum(announceablePersonFields))
      .optional()
      .meta({ description: "Details that are to be announced (not known yet)." }),
    extra: extraSchema,
  })
  .meta({ description: "A person: speaker, author, chair or organiser." });

/** A person. */
export type Person = z.infer<typeof personSchema>;
